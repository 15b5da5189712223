import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Req } from '../../common/graphql/request.decorator';
import { IdArg } from '../../common/graphql/uuid.pipe';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { Role } from '../auth/role.enum';
import { Organization } from '../organizations/models/organization.model';
import { OrganizationsService } from '../organizations/organizations.service';
import { Region } from '../regions/models/region.model';
import { RegionsService } from '../regions/regions.service';
import { CreateNeedInput, NeedsArgs, UpdateNeedInput } from './dto/need.inputs';
import { Need, NeedConnection } from './models/need.model';
import { NeedsService } from './needs.service';

@Resolver(() => Need)
export class NeedsResolver {
  constructor(
    private readonly service: NeedsService,
    private readonly organizations: OrganizationsService,
    private readonly regions: RegionsService,
  ) {}

  @Query(() => NeedConnection, { description: 'The needs you may see, filtered and sorted.' })
  needs(@Args() args: NeedsArgs, @CurrentUser() me: Principal) {
    return this.service.list(args, me);
  }

  @Query(() => Need, { description: 'NOT_FOUND also when the need exists but is hidden from you.' })
  need(@IdArg() id: string, @CurrentUser() me: Principal, @Req() req: Request) {
    return this.service.get(id, me, req);
  }

  @ResolveField(() => Organization)
  company(@Parent() need: Need, @Req() req: Request) {
    return this.organizations.load(req, need.companyId);
  }

  @ResolveField(() => Region, { nullable: true })
  region(@Parent() need: Need, @Req() req: Request) {
    return this.regions.load(req, need.regionId);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR, Role.COMPANY)
  @Mutation(() => Need)
  createNeed(@Args('input') input: CreateNeedInput, @CurrentUser() me: Principal) {
    return this.service.create(input, me);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR, Role.COMPANY)
  @Mutation(() => Need)
  updateNeed(@IdArg() id: string, @Args('input') input: UpdateNeedInput, @CurrentUser() me: Principal) {
    return this.service.update(id, input, me);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR, Role.COMPANY)
  @Mutation(() => Boolean)
  deleteNeed(@IdArg() id: string, @CurrentUser() me: Principal) {
    return this.service.delete(id, me);
  }
}
