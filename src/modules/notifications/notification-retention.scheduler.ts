import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JobName, NotificationPrunePayload, QueueName } from '../../infra/queue/queue.constants';
import { QueueRegistry } from '../../infra/queue/queue.module';

/** Retention is measured in days: an hourly check deletes a notification at most an hour late. */
export const PRUNE_EVERY_MS = 3_600_000;

/**
 * Registers the hourly retention job in the workers. upsertJobScheduler is idempotent under a fixed
 * scheduler id, so any number of workers may register it at boot.
 */
@Injectable()
export class NotificationRetentionScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(NotificationRetentionScheduler.name);

  constructor(@Inject(QueueRegistry) private readonly queues: QueueRegistry) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queues
      .get(QueueName.Notifications)
      .upsertJobScheduler(
        'notification-prune',
        { every: PRUNE_EVERY_MS },
        { name: JobName.NotificationPrune, data: {} satisfies NotificationPrunePayload },
      );
    this.logger.log(`Notification retention scheduled every ${PRUNE_EVERY_MS} ms`);
  }
}
