import { Module } from '@nestjs/common';
import { MatchingJobsModule } from '../matching/matching-jobs.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ResearchersRepository } from './researchers.repository';
import { ResearchersResolver } from './researchers.resolver';
import { ResearchersService } from './researchers.service';

@Module({
  imports: [OrganizationsModule, MatchingJobsModule],
  providers: [ResearchersRepository, ResearchersService, ResearchersResolver],
  exports: [ResearchersService],
})
export class ResearchersModule {}
