import { Module } from '@nestjs/common';
import { MatchingJobsModule } from '../matching/matching-jobs.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { RegionsModule } from '../regions/regions.module';
import { NeedsRepository } from './needs.repository';
import { NeedsResolver } from './needs.resolver';
import { NeedsService } from './needs.service';

@Module({
  imports: [OrganizationsModule, RegionsModule, MatchingJobsModule],
  providers: [NeedsRepository, NeedsService, NeedsResolver],
  exports: [NeedsService],
})
export class NeedsModule {}
