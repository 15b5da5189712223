import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { EquipmentUseNotificationService } from './equipment-use-notification.service';
import { EquipmentUseRepository } from './equipment-use.repository';

/** The workers' side of equipment use requests: their notifications (no GraphQL). */
@Module({
  imports: [NotificationsModule],
  providers: [EquipmentUseRepository, EquipmentUseNotificationService],
  exports: [EquipmentUseNotificationService],
})
export class EquipmentUseWorkerModule {}
