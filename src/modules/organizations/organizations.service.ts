import { Injectable } from '@nestjs/common';
import { EntityReads } from '../../common/graphql/entity-reads';
import { assertCoversRegion } from '../auth/access-policy';
import { ForbiddenError } from '../auth/auth.exception';
import { isAdmin, Principal } from '../auth/principal';
import { Role } from '../auth/role.enum';
import { CreateOrganizationInput, OrganizationsArgs, UpdateOrganizationInput } from './dto/organization.inputs';
import { Organization } from './models/organization.model';
import { OrganizationNotFoundError } from './organizations.exception';
import { OrganizationsRepository } from './organizations.repository';

/**
 * The organization directory is readable by every signed-in user. Admins write anything;
 * coordinators write in the regions they cover; a company user edits its own company's profile.
 */
@Injectable()
export class OrganizationsService extends EntityReads<Organization, OrganizationsArgs> {
  constructor(private readonly organizations: OrganizationsRepository) {
    super(organizations, 'organization', OrganizationNotFoundError);
  }

  create(input: CreateOrganizationInput, me: Principal) {
    assertCoversRegion(me, input.regionId, 'organizations');
    return this.organizations.create(input, me.userId);
  }

  async update(id: string, input: UpdateOrganizationInput, me: Principal) {
    const current = await this.mustFind(id);
    const ownCompany = me.role === Role.COMPANY && me.companyId === id;
    if (ownCompany) {
      if (input.regionId !== undefined && input.regionId !== current.regionId) {
        throw new ForbiddenError("A company cannot move itself to another region; ask the region's coordinator");
      }
    } else {
      assertCoversRegion(me, current.regionId, 'organizations');
      if (input.regionId !== undefined && !isAdmin(me)) assertCoversRegion(me, input.regionId, 'organizations');
    }
    return this.organizations.update(id, input);
  }

  async delete(id: string, me: Principal): Promise<boolean> {
    const current = await this.mustFind(id);
    assertCoversRegion(me, current.regionId, 'organizations');
    await this.organizations.delete(id);
    return true;
  }
}
