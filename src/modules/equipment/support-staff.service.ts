import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { EntityReads } from '../../common/graphql/entity-reads';
import { loaderForMany } from '../../common/graphql/request-loaders';
import { assertCoversRegion } from '../auth/access-policy';
import { Principal } from '../auth/principal';
import { OrganizationsService } from '../organizations/organizations.service';
import { CreateSupportStaffInput, SupportStaffMembersArgs, UpdateSupportStaffInput } from './dto/support-staff.inputs';
import { SupportStaff } from './models/support-staff.model';
import { SupportStaffNotFoundError } from './equipment.exception';
import { SupportStaffRepository } from './support-staff.repository';

/**
 * Technical support staff are readable by every signed-in user, like the equipment they run.
 * Admins write any; coordinators write people working at an organization in a region they cover.
 */
@Injectable()
export class SupportStaffService extends EntityReads<SupportStaff, SupportStaffMembersArgs> {
  constructor(
    private readonly staff: SupportStaffRepository,
    private readonly organizations: OrganizationsService,
  ) {
    super(staff, 'supportStaff', SupportStaffNotFoundError);
  }

  /** Batched by request: the staff supporting one equipment, for lists of equipment. */
  ofEquipment(req: Request, equipmentId: string): Promise<SupportStaff[]> {
    return loaderForMany(req, 'equipmentSupportStaff', (ids) => this.staff.staffOf(ids)).load(equipmentId);
  }

  async create(input: CreateSupportStaffInput, me: Principal): Promise<SupportStaff> {
    const organization = await this.organizations.mustFind(input.organizationId, 'organizationId');
    assertCoversRegion(me, organization.regionId, 'support staff');
    return this.staff.create(input, me.userId);
  }

  async update(id: string, input: UpdateSupportStaffInput, me: Principal): Promise<SupportStaff> {
    assertCoversRegion(me, (await this.mustFind(id)).regionId, 'support staff');
    return this.staff.update(id, input);
  }

  async delete(id: string, me: Principal): Promise<boolean> {
    assertCoversRegion(me, (await this.mustFind(id)).regionId, 'support staff');
    await this.staff.delete(id);
    return true;
  }
}
