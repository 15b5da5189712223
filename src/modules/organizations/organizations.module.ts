import { Module } from '@nestjs/common';
import { RegionsModule } from '../regions/regions.module';
import { OrganizationsRepository } from './organizations.repository';
import { OrganizationsResolver } from './organizations.resolver';
import { OrganizationsService } from './organizations.service';

@Module({
  imports: [RegionsModule],
  providers: [OrganizationsRepository, OrganizationsService, OrganizationsResolver],
  exports: [OrganizationsService],
})
export class OrganizationsModule {}
