import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Req } from '../../common/graphql/request.decorator';
import { IdArg } from '../../common/graphql/uuid.pipe';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { Role } from '../auth/role.enum';
import { Region } from '../regions/models/region.model';
import { RegionsService } from '../regions/regions.service';
import { CreateOrganizationInput, OrganizationsArgs, UpdateOrganizationInput } from './dto/organization.inputs';
import { Organization, OrganizationConnection } from './models/organization.model';
import { OrganizationsService } from './organizations.service';

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(
    private readonly service: OrganizationsService,
    private readonly regions: RegionsService,
  ) {}

  @Query(() => OrganizationConnection)
  organizations(@Args() args: OrganizationsArgs) {
    return this.service.list(args);
  }

  @Query(() => Organization)
  organization(@IdArg() id: string, @Req() req: Request) {
    return this.service.get(req, id);
  }

  @ResolveField(() => Region, { nullable: true })
  region(@Parent() organization: Organization, @Req() req: Request) {
    return organization.regionId ? this.regions.load(req, organization.regionId) : null;
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Organization)
  createOrganization(@Args('input') input: CreateOrganizationInput, @CurrentUser() me: Principal) {
    return this.service.create(input, me);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR, Role.COMPANY)
  @Mutation(() => Organization)
  updateOrganization(@IdArg() id: string, @Args('input') input: UpdateOrganizationInput, @CurrentUser() me: Principal) {
    return this.service.update(id, input, me);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Boolean, { description: 'Refused with CONFLICT while anything still refers to it.' })
  deleteOrganization(@IdArg() id: string, @CurrentUser() me: Principal) {
    return this.service.delete(id, me);
  }
}
