import { Module } from '@nestjs/common';
import { MatchingJobsModule } from '../matching/matching-jobs.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ResearchersModule } from '../researchers/researchers.module';
import { SeedsRepositoryModule } from './seeds-repository.module';
import { SeedsResolver } from './seeds.resolver';
import { SeedsService } from './seeds.service';

@Module({
  imports: [SeedsRepositoryModule, OrganizationsModule, ResearchersModule, MatchingJobsModule],
  providers: [SeedsService, SeedsResolver],
  exports: [SeedsService],
})
export class SeedsModule {}
