import { Module } from '@nestjs/common';
import { MatchingJobsModule } from '../matching/matching-jobs.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { RegionsModule } from '../regions/regions.module';
import { EquipmentRepository } from './equipment.repository';
import { EquipmentResolver } from './equipment.resolver';
import { EquipmentService } from './equipment.service';
import { SupportStaffRepository } from './support-staff.repository';
import { SupportStaffResolver } from './support-staff.resolver';
import { SupportStaffService } from './support-staff.service';

@Module({
  imports: [OrganizationsModule, RegionsModule, MatchingJobsModule],
  providers: [
    EquipmentRepository,
    EquipmentService,
    EquipmentResolver,
    SupportStaffRepository,
    SupportStaffService,
    SupportStaffResolver,
  ],
  exports: [EquipmentService, SupportStaffService],
})
export class EquipmentModule {}
