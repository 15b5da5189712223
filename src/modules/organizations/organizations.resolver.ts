import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { EntityQueries } from '../../common/graphql/entity-queries';
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
export class OrganizationsResolver extends EntityQueries(Organization, OrganizationConnection, OrganizationsArgs, {
  list: 'organizations',
  one: 'organization',
}) {
  constructor(
    protected readonly service: OrganizationsService,
    private readonly regions: RegionsService,
  ) {
    super();
  }

  @ResolveField(() => Region, { nullable: true })
  region(@Parent() organization: Organization, @Req() req: Request) {
    return this.regions.load(req, organization.regionId);
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
