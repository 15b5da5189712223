import { Module } from '@nestjs/common';
import { MatchReadsRepository } from '../matching/match-reads.repository';
import { MatchReviewRepository } from '../match-review/match-review.repository';
import { EquipmentUseNotificationProducer } from './equipment-use-notification.producer';
import { EquipmentUseRepository } from './equipment-use.repository';
import { EquipmentUseResolver } from './equipment-use.resolver';
import { EquipmentUseService } from './equipment-use.service';

/**
 * Equipment use requests. Matches are read with the matching module's visibility rules
 * (MatchReadsRepository) and their company with the review workflow's MatchReviewRepository; both
 * need only Neo4jService, so they are provided here as MatchReviewModule does.
 */
@Module({
  providers: [MatchReadsRepository, MatchReviewRepository, EquipmentUseRepository, EquipmentUseNotificationProducer, EquipmentUseService, EquipmentUseResolver],
})
export class EquipmentUseModule {}
