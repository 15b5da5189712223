import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { MatchReadsRepository } from '../matching/match-reads.repository';
import { MatchReviewRepository } from '../match-review/match-review.repository';
import { MatchLiveResolver } from './match-live.resolver';
import { MatchLiveService } from './match-live.service';

/** GraphQL subscriptions to live match events (published by LiveEventsModule's MatchLivePublisher). */
@Module({
  imports: [AuthModule],
  providers: [MatchReadsRepository, MatchReviewRepository, MatchLiveService, MatchLiveResolver],
})
export class MatchLiveModule {}
