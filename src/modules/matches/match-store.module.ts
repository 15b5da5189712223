import { Module } from '@nestjs/common';
import { MatchPipelineRepository } from './reads/match-pipeline.repository';
import { MatchReadsRepository } from './reads/match-reads.repository';
import { MatchReviewRepository } from './review/match-review.repository';

/**
 * The stored Match's repositories, provided here only: every module that reads or moves matches
 * (the API's matches module, the workers' review jobs, equipment use) imports this module, so a
 * process has one instance of each (the region lists MatchReadsRepository keeps are one per process).
 */
@Module({
  providers: [MatchReadsRepository, MatchPipelineRepository, MatchReviewRepository],
  exports: [MatchReadsRepository, MatchPipelineRepository, MatchReviewRepository],
})
export class MatchStoreModule {}
