import { Module } from '@nestjs/common';
import { NotificationDeliveryModule } from '../match-review/notification-delivery.module';
import { EquipmentUseNotificationService } from './equipment-use-notification.service';
import { EquipmentUseRepository } from './equipment-use.repository';

/** The workers' side of equipment use requests: their notifications (no GraphQL). */
@Module({
  imports: [NotificationDeliveryModule],
  providers: [EquipmentUseRepository, EquipmentUseNotificationService],
  exports: [EquipmentUseNotificationService],
})
export class EquipmentUseWorkerModule {}
