import { Module } from '@nestjs/common';
import { MatchingJobsModule } from '../matching/matching-jobs.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ResearchersModule } from '../researchers/researchers.module';
import { SeedsRepository } from './seeds.repository';
import { SeedsResolver } from './seeds.resolver';
import { SeedsService } from './seeds.service';

@Module({
  imports: [OrganizationsModule, ResearchersModule, MatchingJobsModule],
  providers: [SeedsRepository, SeedsService, SeedsResolver],
  exports: [SeedsService],
})
export class SeedsModule {}
