import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Req } from '../../common/graphql/request.decorator';
import { IdArg } from '../../common/graphql/uuid.pipe';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { Role } from '../auth/role.enum';
import { Organization } from '../organizations/models/organization.model';
import { OrganizationsService } from '../organizations/organizations.service';
import { CreateResearcherInput, ResearchersArgs, UpdateResearcherInput } from './dto/researcher.inputs';
import { Researcher, ResearcherConnection } from './models/researcher.model';
import { ResearchersService } from './researchers.service';

@Resolver(() => Researcher)
export class ResearchersResolver {
  constructor(
    private readonly service: ResearchersService,
    private readonly organizations: OrganizationsService,
  ) {}

  @Query(() => ResearcherConnection)
  researchers(@Args() args: ResearchersArgs) {
    return this.service.list(args);
  }

  @Query(() => Researcher)
  researcher(@IdArg() id: string, @Req() req: Request) {
    return this.service.get(req, id);
  }

  @ResolveField(() => [Organization])
  async affiliations(@Parent() researcher: Researcher, @Req() req: Request) {
    const organizations = await Promise.all(researcher.affiliationIds.map((id) => this.organizations.load(req, id)));
    return organizations.filter((o): o is Organization => o !== null);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Researcher)
  createResearcher(@Args('input') input: CreateResearcherInput, @CurrentUser() me: Principal) {
    return this.service.create(input, me);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Researcher)
  updateResearcher(@IdArg() id: string, @Args('input') input: UpdateResearcherInput, @CurrentUser() me: Principal) {
    return this.service.update(id, input, me);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Researcher, { description: 'Adds an affiliation; affiliating twice changes nothing.' })
  affiliateResearcher(
    @IdArg('researcherId') researcherId: string,
    @IdArg('organizationId') organizationId: string,
    @CurrentUser() me: Principal,
  ) {
    return this.service.affiliate(researcherId, organizationId, me);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Researcher, { description: 'Removes an affiliation; a researcher keeps at least one.' })
  removeResearcherAffiliation(
    @IdArg('researcherId') researcherId: string,
    @IdArg('organizationId') organizationId: string,
    @CurrentUser() me: Principal,
  ) {
    return this.service.unaffiliate(researcherId, organizationId, me);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Boolean)
  deleteResearcher(@IdArg() id: string, @CurrentUser() me: Principal) {
    return this.service.delete(id, me);
  }
}
