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
import {
  AddConsortiumMemberArgs,
  ConsortiumsArgs,
  CreateConsortiumInput,
  UpdateConsortiumInput,
} from './dto/consortium.inputs';
import { Consortium, ConsortiumConnection, ConsortiumMember } from './models/consortium.model';
import { ConsortiumsService } from './consortiums.service';

@Resolver(() => Consortium)
export class ConsortiumsResolver extends EntityQueries(Consortium, ConsortiumConnection, ConsortiumsArgs, {
  list: 'consortiums',
  listDescription: 'Consortiums, filtered and sorted, one page at a time.',
  one: 'consortium',
}) {
  constructor(
    protected readonly service: ConsortiumsService,
    private readonly regions: RegionsService,
  ) {
    super();
  }

  @ResolveField(() => Region, { nullable: true })
  region(@Parent() consortium: Consortium, @Req() req: Request) {
    return this.regions.load(req, consortium.regionId);
  }

  @ResolveField(() => [ConsortiumMember], { description: 'Member organizations and researchers, by name.' })
  members(@Parent() consortium: Consortium, @Req() req: Request) {
    return this.service.members(req, consortium.id);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Consortium, { description: 'Admins, or a coordinator in a region it covers.' })
  createConsortium(@Args('input') input: CreateConsortiumInput, @CurrentUser() me: Principal) {
    return this.service.create(input, me);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR, Role.CONSORTIUM_MANAGER)
  @Mutation(() => Consortium, {
    description: "Admins; the region's coordinators; the consortium's managers (who cannot move it to another region).",
  })
  updateConsortium(@IdArg() id: string, @Args('input') input: UpdateConsortiumInput, @CurrentUser() me: Principal) {
    return this.service.update(id, input, me);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Boolean, {
    description:
      "Deletes the consortium with all its links: its members' MEMBER_OF and its managers' MANAGES (those users then manage nothing).",
  })
  deleteConsortium(@IdArg() id: string, @CurrentUser() me: Principal) {
    return this.service.delete(id, me);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR, Role.CONSORTIUM_MANAGER)
  @Mutation(() => ConsortiumMember, {
    description: 'Adds an organization or researcher as a member; when it already is one, changes its role.',
  })
  addConsortiumMember(@Args() args: AddConsortiumMemberArgs, @CurrentUser() me: Principal) {
    return this.service.addMember(args, me);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR, Role.CONSORTIUM_MANAGER)
  @Mutation(() => Boolean, { description: 'False when it was not a member.' })
  removeConsortiumMember(
    @IdArg('consortiumId') consortiumId: string,
    @IdArg('memberId') memberId: string,
    @CurrentUser() me: Principal,
  ) {
    return this.service.removeMember(consortiumId, memberId, me);
  }
}
