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
import {
  CoordinatorsArgs,
  CreateCoordinatorInput,
  RecordAcquaintanceArgs,
  UpdateCoordinatorInput,
} from './dto/coordinator.inputs';
import { Acquaintance, Coordinator, CoordinatorConnection } from './models/coordinator.model';
import { CoordinatorsService } from './coordinators.service';

@Resolver(() => Coordinator)
export class CoordinatorsResolver extends EntityQueries(Coordinator, CoordinatorConnection, CoordinatorsArgs, {
  list: 'coordinators',
  listDescription: 'Coordinators, filtered and sorted, one page at a time.',
  one: 'coordinator',
}) {
  constructor(
    protected readonly service: CoordinatorsService,
    private readonly organizations: OrganizationsService,
    private readonly regionsService: RegionsService,
  ) {
    super();
  }

  @ResolveField(() => Organization, { nullable: true, description: 'The coordinating organization it works for.' })
  organization(@Parent() coordinator: Coordinator, @Req() req: Request) {
    return this.organizations.load(req, coordinator.organizationId);
  }

  @ResolveField(() => [Region], { description: 'The regions it covers.' })
  regions(@Parent() coordinator: Coordinator, @Req() req: Request) {
    return this.regionsService.loadAll(req, coordinator.regionIds);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @ResolveField(() => [Acquaintance], {
    nullable: true,
    description: 'Researchers and contacts it knows. ADMIN and COORDINATOR users only; others get FORBIDDEN.',
  })
  acquaintances(@Parent() coordinator: Coordinator, @Req() req: Request) {
    return this.service.acquaintances(req, coordinator.id);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Coordinator)
  createCoordinator(@Args('input') input: CreateCoordinatorInput, @CurrentUser() me: Principal) {
    return this.service.create(input, me);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Coordinator, {
    description: 'Admins update any coordinator; a coordinator updates its own, except its regions.',
  })
  updateCoordinator(@IdArg() id: string, @Args('input') input: UpdateCoordinatorInput, @CurrentUser() me: Principal) {
    return this.service.update(id, input, me);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean, {
    description:
      'Deletes the coordinator with all its links: regions covered, acquaintances, seeds collected, needs surveyed, and the ACTS_AS link of any user acting as it.',
  })
  deleteCoordinator(@IdArg() id: string) {
    return this.service.delete(id);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Acquaintance, {
    description:
      'Records that a coordinator knows a researcher or contact (again: replaces the note, keeps since). A coordinator records its own only.',
  })
  recordAcquaintance(@Args() args: RecordAcquaintanceArgs, @CurrentUser() me: Principal) {
    return this.service.recordAcquaintance(args, me);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Boolean, {
    description: 'False when the coordinator did not know the person. A coordinator forgets its own only.',
  })
  forgetAcquaintance(
    @IdArg('coordinatorId') coordinatorId: string,
    @IdArg('personId') personId: string,
    @CurrentUser() me: Principal,
  ) {
    return this.service.forgetAcquaintance(coordinatorId, personId, me);
  }
}
