import { Inject, Injectable, Logger } from '@nestjs/common';
import { JobName, MatchNotifyPayload, QueueName } from '../../../infra/queue/queue.constants';
import { QueueRegistry } from '../../../infra/queue/queue.module';

/**
 * Enqueues one notification job per match event, after the event's transaction committed. The job
 * id is derived from the event, so a retried request never notifies twice while the job is kept.
 */
@Injectable()
export class MatchNotificationProducer {
  private readonly logger = new Logger(MatchNotificationProducer.name);

  constructor(@Inject(QueueRegistry) private readonly queues: QueueRegistry) {}

  /** Never fails the caller: the event is recorded whatever happens to its notification. */
  async notify(eventIds: string[]): Promise<void> {
    if (eventIds.length === 0) return;
    try {
      await this.queues.get(QueueName.Notifications).addBulk(
        eventIds.map((eventId) => ({
          name: JobName.MatchNotify,
          data: { eventId } satisfies MatchNotifyPayload,
          opts: { jobId: `match-notify-${eventId}` },
        })),
      );
    } catch (error) {
      this.logger.warn(`Could not enqueue notifications for ${eventIds.join(', ')}: ${(error as Error).message}`);
    }
  }
}
