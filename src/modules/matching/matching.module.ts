import { Module } from '@nestjs/common';
import { EquipmentModule } from '../equipment/equipment.module';
import { NeedsModule } from '../needs/needs.module';
import { ResearchersModule } from '../researchers/researchers.module';
import { SeedsModule } from '../seeds/seeds.module';
import { MatchListFreshnessPlugin } from './match-list-freshness.plugin';
import { MatchReadsRepository } from './match-reads.repository';
import { MatchingJobsModule } from './matching-jobs.module';
import { MatchingResolver } from './matching.resolver';

/** The API's side of matching: reading stored matches, and requesting recomputation. */
@Module({
  imports: [MatchingJobsModule, NeedsModule, SeedsModule, ResearchersModule, EquipmentModule],
  providers: [MatchReadsRepository, MatchingResolver, MatchListFreshnessPlugin],
})
export class MatchingModule {}
