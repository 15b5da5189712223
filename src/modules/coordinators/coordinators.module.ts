import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { RegionsModule } from '../regions/regions.module';
import { CoordinatorsRepository } from './coordinators.repository';
import { CoordinatorsResolver } from './coordinators.resolver';
import { CoordinatorsService } from './coordinators.service';

@Module({
  imports: [RegionsModule, OrganizationsModule],
  providers: [CoordinatorsRepository, CoordinatorsService, CoordinatorsResolver],
  exports: [CoordinatorsService],
})
export class CoordinatorsModule {}
