import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Req } from '../../common/graphql/request.decorator';
import { IdArg } from '../../common/graphql/uuid.pipe';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { Role } from '../auth/role.enum';
import { Organization } from '../organizations/models/organization.model';
import { OrganizationsService } from '../organizations/organizations.service';
import { Researcher } from '../researchers/models/researcher.model';
import { ResearchersService } from '../researchers/researchers.service';
import { CreateSeedInput, SeedsArgs, UpdateSeedInput } from './dto/seed.inputs';
import { Seed, SeedConnection } from './models/seed.model';
import { SeedsService } from './seeds.service';

@Resolver(() => Seed)
export class SeedsResolver {
  constructor(
    private readonly service: SeedsService,
    private readonly organizations: OrganizationsService,
    private readonly researchers: ResearchersService,
  ) {}

  @Query(() => SeedConnection, { description: 'The seeds you may see, filtered and sorted.' })
  seeds(@Args() args: SeedsArgs, @CurrentUser() me: Principal) {
    return this.service.list(args, me);
  }

  @Query(() => Seed, { description: 'NOT_FOUND also when the seed exists but is hidden from you.' })
  seed(@IdArg() id: string, @CurrentUser() me: Principal, @Req() req: Request) {
    return this.service.get(id, me, req);
  }

  @ResolveField(() => [Organization])
  holderOrganizations(@Parent() seed: Seed, @Req() req: Request) {
    return this.organizations.loadAll(req, seed.holderOrganizationIds);
  }

  @ResolveField(() => [Researcher])
  holderResearchers(@Parent() seed: Seed, @Req() req: Request) {
    return this.researchers.loadAll(req, seed.holderResearcherIds);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Seed)
  createSeed(@Args('input') input: CreateSeedInput, @CurrentUser() me: Principal) {
    return this.service.create(input, me);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Seed)
  updateSeed(@IdArg() id: string, @Args('input') input: UpdateSeedInput, @CurrentUser() me: Principal) {
    return this.service.update(id, input, me);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Boolean)
  deleteSeed(@IdArg() id: string, @CurrentUser() me: Principal) {
    return this.service.delete(id, me);
  }
}
