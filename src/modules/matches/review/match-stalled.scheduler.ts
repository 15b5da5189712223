import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JobName, MatchStalledPayload, QueueName } from '../../../infra/queue/queue.constants';
import { QueueRegistry } from '../../../infra/queue/queue.module';

/** Stalled is measured in days: an hourly check flags a match at most an hour late. */
export const STALLED_CHECK_EVERY_MS = 3_600_000;

/**
 * Registers the hourly stalled detection in the workers. upsertJobScheduler is idempotent under a
 * fixed scheduler id, so any number of workers may register it at boot.
 */
@Injectable()
export class MatchStalledScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(MatchStalledScheduler.name);

  constructor(@Inject(QueueRegistry) private readonly queues: QueueRegistry) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queues
      .get(QueueName.Matching)
      .upsertJobScheduler(
        'match-stalled',
        { every: STALLED_CHECK_EVERY_MS },
        { name: JobName.MatchStalled, data: {} satisfies MatchStalledPayload },
      );
    this.logger.log(`Stalled detection scheduled every ${STALLED_CHECK_EVERY_MS} ms`);
  }
}
