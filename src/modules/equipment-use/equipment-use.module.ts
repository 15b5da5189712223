import { Module } from '@nestjs/common';
import { MatchStoreModule } from '../matches/match-store.module';
import { EquipmentUseNotificationProducer } from './equipment-use-notification.producer';
import { EquipmentUseStoreModule } from './equipment-use-store.module';
import { EquipmentUseResolver } from './equipment-use.resolver';
import { EquipmentUseService } from './equipment-use.service';

/**
 * Equipment use requests. A request may follow a match: it is read with the matches' visibility
 * rules (MatchReadsRepository) and its company checked with MatchReviewRepository.context.
 */
@Module({
  imports: [EquipmentUseStoreModule, MatchStoreModule],
  providers: [EquipmentUseNotificationProducer, EquipmentUseService, EquipmentUseResolver],
})
export class EquipmentUseModule {}
