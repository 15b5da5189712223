import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { RegionsModule } from '../regions/regions.module';
import { HrProgramsRepository } from './hr-programs.repository';
import { HrProgramsResolver } from './hr-programs.resolver';
import { HrProgramsService } from './hr-programs.service';

@Module({
  imports: [OrganizationsModule, RegionsModule],
  providers: [HrProgramsRepository, HrProgramsService, HrProgramsResolver],
  exports: [HrProgramsService],
})
export class HrProgramsModule {}
