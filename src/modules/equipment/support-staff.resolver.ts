import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { EntityQueries } from '../../common/graphql/entity-queries';
import { Req } from '../../common/graphql/request.decorator';
import { IdArg } from '../../common/graphql/uuid.pipe';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { Role } from '../auth/role.enum';
import { Organization } from '../organizations/models/organization.model';
import { OrganizationsService } from '../organizations/organizations.service';
import { CreateSupportStaffInput, SupportStaffMembersArgs, UpdateSupportStaffInput } from './dto/support-staff.inputs';
import { Equipment } from './models/equipment.model';
import { SupportStaff, SupportStaffConnection } from './models/support-staff.model';
import { EquipmentService } from './equipment.service';
import { SupportStaffService } from './support-staff.service';

@Resolver(() => SupportStaff)
export class SupportStaffResolver extends EntityQueries(SupportStaff, SupportStaffConnection, SupportStaffMembersArgs, {
  list: 'supportStaffMembers',
  listDescription: 'Technical support staff, filtered and sorted, one page at a time.',
  one: 'supportStaff',
}) {
  constructor(
    protected readonly service: SupportStaffService,
    private readonly equipmentService: EquipmentService,
    private readonly organizations: OrganizationsService,
  ) {
    super();
  }

  @ResolveField(() => Organization, { nullable: true })
  organization(@Parent() person: SupportStaff, @Req() req: Request) {
    return this.organizations.load(req, person.organizationId);
  }

  @ResolveField(() => [Equipment], { description: 'Equipment the person supports, by name.' })
  equipment(@Parent() person: SupportStaff, @Req() req: Request) {
    return this.equipmentService.ofStaff(req, person.id);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => SupportStaff, { description: "Admins, or a coordinator of the organization's region." })
  createSupportStaff(@Args('input') input: CreateSupportStaffInput, @CurrentUser() me: Principal) {
    return this.service.create(input, me);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => SupportStaff, { description: "Admins, or a coordinator of the organization's region." })
  updateSupportStaff(@IdArg() id: string, @Args('input') input: UpdateSupportStaffInput, @CurrentUser() me: Principal) {
    return this.service.update(id, input, me);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Boolean, { description: 'Deletes the person with all their links (WORKS_AT, SUPPORTS, enrolments).' })
  deleteSupportStaff(@IdArg() id: string, @CurrentUser() me: Principal) {
    return this.service.delete(id, me);
  }
}
