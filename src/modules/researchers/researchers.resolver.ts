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
import { CreateResearcherInput, ResearchersArgs, UpdateResearcherInput } from './dto/researcher.inputs';
import { Researcher, ResearcherConnection } from './models/researcher.model';
import { ResearchersService } from './researchers.service';

@Resolver(() => Researcher)
export class ResearchersResolver extends EntityQueries(Researcher, ResearcherConnection, ResearchersArgs, {
  list: 'researchers',
  one: 'researcher',
}) {
  constructor(
    protected readonly service: ResearchersService,
    private readonly organizations: OrganizationsService,
  ) {
    super();
  }

  @ResolveField(() => [Organization])
  affiliations(@Parent() researcher: Researcher, @Req() req: Request) {
    return this.organizations.loadAll(req, researcher.affiliationIds);
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
