import { Inject, Injectable, Logger } from '@nestjs/common';
import { EquipmentUseNotifyPayload, JobName, QueueName } from '../../infra/queue/queue.constants';
import { QueueRegistry } from '../../infra/queue/queue.module';

/**
 * Enqueues one notification job per use request event, after the event's transaction committed.
 * The job id comes from the event, so a retried request never notifies twice while the job is kept.
 */
@Injectable()
export class EquipmentUseNotificationProducer {
  private readonly logger = new Logger(EquipmentUseNotificationProducer.name);

  constructor(@Inject(QueueRegistry) private readonly queues: QueueRegistry) {}

  /** Never fails the caller: the event is recorded whatever happens to its notification. */
  async notify(eventId: string): Promise<void> {
    try {
      await this.queues
        .get(QueueName.Notifications)
        .add(JobName.EquipmentUseNotify, { eventId } satisfies EquipmentUseNotifyPayload, {
          jobId: `equipment-use-notify-${eventId}`,
        });
    } catch (error) {
      this.logger.warn(
        `Could not enqueue the notification of use request event ${eventId}: ${(error as Error).message}`,
      );
    }
  }
}
