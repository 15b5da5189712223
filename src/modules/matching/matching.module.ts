import { Module } from '@nestjs/common';
import { NeedsModule } from '../needs/needs.module';
import { MatchingJobsModule } from './matching-jobs.module';
import { MatchingResolver } from './matching.resolver';

/** The API's side of matching: requesting recomputation and watching the matching queue. Stored matches are read in MatchesModule. */
@Module({
  imports: [MatchingJobsModule, NeedsModule],
  providers: [MatchingResolver],
})
export class MatchingModule {}
