import { Module } from '@nestjs/common';
import { NotificationRetentionScheduler } from './notification-retention.scheduler';
import { NotificationRetentionService } from './notification-retention.service';
import { NotificationStoreModule } from './notification-store.module';

/** The workers' side of in-app notifications: deleting those past NOTIFICATION_RETENTION_DAYS, hourly. */
@Module({
  imports: [NotificationStoreModule],
  providers: [NotificationRetentionService, NotificationRetentionScheduler],
  exports: [NotificationRetentionService],
})
export class NotificationRetentionModule {}
