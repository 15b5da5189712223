import { Module } from '@nestjs/common';
import { MatchReadsRepository } from '../matching/match-reads.repository';
import { NeedsModule } from '../needs/needs.module';
import { MatchNotificationProducer } from './match-notification.producer';
import { MatchReviewRepository } from './match-review.repository';
import { MatchReviewResolver } from './match-review.resolver';
import { MatchReviewService } from './match-review.service';
import { MatchStalledService } from './match-stalled.service';

/**
 * The coordinators' workflow on stored matches. It reads matches with the matching module's
 * MatchReadsRepository (the same visibility rules; it only needs Neo4jService and the config, so
 * it is provided here rather than exported from MatchingModule; the region lists it keeps are one
 * per process) and never touches the engine's writes.
 */
@Module({
  imports: [NeedsModule],
  providers: [
    MatchReadsRepository,
    MatchReviewRepository,
    MatchNotificationProducer,
    MatchStalledService,
    MatchReviewService,
    MatchReviewResolver,
  ],
  exports: [MatchReviewService],
})
export class MatchReviewModule {}
