import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { EquipmentUseNotificationService } from './equipment-use-notification.service';
import { EquipmentUseStoreModule } from './equipment-use-store.module';

/** The workers' side of equipment use requests: their notifications (no GraphQL). */
@Module({
  imports: [EquipmentUseStoreModule, NotificationsModule],
  providers: [EquipmentUseNotificationService],
  exports: [EquipmentUseNotificationService],
})
export class EquipmentUseWorkerModule {}
