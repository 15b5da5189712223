import { Module } from '@nestjs/common';
import { MatchingJobsModule } from '../matching/matching-jobs.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { RegionsModule } from '../regions/regions.module';
import { NeedsRepositoryModule } from './needs-repository.module';
import { NeedsResolver } from './needs.resolver';
import { NeedsService } from './needs.service';

@Module({
  imports: [NeedsRepositoryModule, OrganizationsModule, RegionsModule, MatchingJobsModule],
  providers: [NeedsService, NeedsResolver],
  exports: [NeedsService],
})
export class NeedsModule {}
