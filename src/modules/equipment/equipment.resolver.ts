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
import { Region } from '../regions/models/region.model';
import { RegionsService } from '../regions/regions.service';
import { CreateEquipmentInput, EquipmentsArgs, UpdateEquipmentInput } from './dto/equipment.inputs';
import { Equipment, EquipmentConnection } from './models/equipment.model';
import { SupportStaff } from './models/support-staff.model';
import { EquipmentService } from './equipment.service';
import { SupportStaffService } from './support-staff.service';

@Resolver(() => Equipment)
export class EquipmentResolver extends EntityQueries(Equipment, EquipmentConnection, EquipmentsArgs, {
  list: 'equipments',
  listDescription: 'Shared research equipment, filtered and sorted, one page at a time.',
  one: 'equipment',
}) {
  constructor(
    protected readonly service: EquipmentService,
    private readonly staff: SupportStaffService,
    private readonly organizations: OrganizationsService,
    private readonly regions: RegionsService,
  ) {
    super();
  }

  @ResolveField(() => Organization, { nullable: true, description: 'The hosting university or research institute.' })
  host(@Parent() equipment: Equipment, @Req() req: Request) {
    return this.organizations.load(req, equipment.hostId);
  }

  @ResolveField(() => Region, { nullable: true, description: "The host's region." })
  region(@Parent() equipment: Equipment, @Req() req: Request) {
    return this.regions.load(req, equipment.regionId);
  }

  @ResolveField(() => [SupportStaff], { description: 'Technical staff who run it, by name.' })
  supportStaff(@Parent() equipment: Equipment, @Req() req: Request) {
    return this.staff.ofEquipment(req, equipment.id);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Equipment, { description: "Admins, or a coordinator of the host's region." })
  createEquipment(@Args('input') input: CreateEquipmentInput, @CurrentUser() me: Principal) {
    return this.service.create(input, me);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Equipment, { description: "Admins, or a coordinator of the host's region." })
  updateEquipment(@IdArg() id: string, @Args('input') input: UpdateEquipmentInput, @CurrentUser() me: Principal) {
    return this.service.update(id, input, me);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Boolean, { description: "Deletes the equipment and its staff's SUPPORTS links; the staff stay." })
  deleteEquipment(@IdArg() id: string, @CurrentUser() me: Principal) {
    return this.service.delete(id, me);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Equipment, {
    description: 'Links a support person working at the host to the equipment; assigning twice changes nothing.',
  })
  assignSupportStaff(
    @IdArg('equipmentId') equipmentId: string,
    @IdArg('staffId') staffId: string,
    @CurrentUser() me: Principal,
  ) {
    return this.service.assignStaff(equipmentId, staffId, me);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Boolean, { description: 'False when the person did not support that equipment.' })
  unassignSupportStaff(
    @IdArg('equipmentId') equipmentId: string,
    @IdArg('staffId') staffId: string,
    @CurrentUser() me: Principal,
  ) {
    return this.service.unassignStaff(equipmentId, staffId, me);
  }
}
