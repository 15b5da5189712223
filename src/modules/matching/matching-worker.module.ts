import { Module } from '@nestjs/common';
import { MatchIndexService } from './match-index.service';
import { MatchingJobsModule } from './matching-jobs.module';
import { MatchingRepository } from './matching.repository';
import { MatchingService } from './matching.service';

/** The workers' side of matching: the in-memory index and the computation (no HTTP, no GraphQL). */
@Module({
  imports: [MatchingJobsModule],
  providers: [MatchingRepository, MatchIndexService, MatchingService],
  exports: [MatchingService, MatchingJobsModule],
})
export class MatchingWorkerModule {}
