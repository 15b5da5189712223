import { Injectable } from '@nestjs/common';
import { JobProcessor } from '../../src/infra/queue/job-processor';
import { JobName } from '../../src/infra/queue/queue.constants';
import { NotificationRetentionService } from '../../src/modules/notifications/notification-retention.service';

/** The scheduled retention: deletes in-app notifications past NOTIFICATION_RETENTION_DAYS as of the time it runs. */
@Injectable()
export class NotificationPruneProcessor implements JobProcessor {
  readonly jobName = JobName.NotificationPrune;
  constructor(private readonly retention: NotificationRetentionService) {}

  handle() {
    return this.retention.prune(new Date());
  }
}

export const NOTIFICATION_PROCESSORS = [NotificationPruneProcessor];
