import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { EquipmentModule } from '../equipment/equipment.module';
import { NeedsModule } from '../needs/needs.module';
import { ResearchersModule } from '../researchers/researchers.module';
import { SeedsModule } from '../seeds/seeds.module';
import { MatchLiveResolver } from './live/match-live.resolver';
import { MatchLiveService } from './live/match-live.service';
import { MatchStoreModule } from './match-store.module';
import { MatchListFreshnessPlugin } from './reads/match-list-freshness.plugin';
import { MatchPipelineResolver } from './reads/match-pipeline.resolver';
import { MatchPipelineService } from './reads/match-pipeline.service';
import { MatchesResolver } from './reads/matches.resolver';
import { NeedMatchesResolver } from './reads/need-matches.resolver';
import { MatchNotificationProducer } from './review/match-notification.producer';
import { MatchReviewResolver } from './review/match-review.resolver';
import { MatchReviewService } from './review/match-review.service';
import { MatchStalledService } from './review/match-stalled.service';

/**
 * The API's side of stored matches: reading them (with their need and target), the coordinators'
 * review workflow and its history, and live events as GraphQL subscriptions. The matcher's writes
 * are the matching module's; the repositories are MatchStoreModule's.
 */
@Module({
  imports: [MatchStoreModule, AuthModule, NeedsModule, SeedsModule, ResearchersModule, EquipmentModule],
  providers: [
    MatchesResolver,
    MatchListFreshnessPlugin,
    MatchPipelineService,
    MatchPipelineResolver,
    NeedMatchesResolver,
    MatchNotificationProducer,
    MatchStalledService,
    MatchReviewService,
    MatchReviewResolver,
    MatchLiveService,
    MatchLiveResolver,
  ],
})
export class MatchesModule {}
