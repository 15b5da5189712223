import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Req } from '../../common/graphql/request.decorator';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { Role } from '../auth/role.enum';
import {
  ChangeEquipmentUseStatusArgs,
  EquipmentUseRequestsArgs,
  RequestEquipmentUseInput,
} from './dto/equipment-use.inputs';
import { EquipmentUseService } from './equipment-use.service';
import { EquipmentUseEvent, EquipmentUseRequest, EquipmentUseRequestConnection } from './models/equipment-use.model';

const ACTORS = [Role.ADMIN, Role.COORDINATOR, Role.COMPANY, Role.SUPPORT_STAFF];

@Resolver(() => EquipmentUseRequest)
export class EquipmentUseResolver {
  constructor(private readonly service: EquipmentUseService) {}

  @Roles(Role.COMPANY)
  @Mutation(() => EquipmentUseRequest, {
    description: 'A company asks to use a piece of equipment, optionally following an equipment match shared with it.',
  })
  requestEquipmentUse(@Args('input') input: RequestEquipmentUseInput, @CurrentUser() me: Principal) {
    return this.service.request(input, me);
  }

  @Roles(...ACTORS)
  @Mutation(() => EquipmentUseRequest, {
    description:
      "Moves a use request: the host side (the equipment's support staff, the host region's coordinators, admins) approves, proposes a time or refuses; the company accepts or declines a proposed time, or cancels. BAD_USER_INPUT names the current and requested status when the move is not allowed; FORBIDDEN when it is the other side's; CONFLICT when someone moved it first.",
  })
  changeEquipmentUseStatus(@Args() args: ChangeEquipmentUseStatusArgs, @CurrentUser() me: Principal) {
    return this.service.changeStatus(args, me);
  }

  @Roles(...ACTORS)
  @Query(() => EquipmentUseRequest, { description: 'One use request you may see (NOT_FOUND otherwise).' })
  equipmentUseRequest(@Args('id', { type: () => ID }) id: string, @CurrentUser() me: Principal) {
    return this.service.get(id, me);
  }

  @Roles(...ACTORS)
  @Query(() => EquipmentUseRequestConnection, {
    description:
      "Use requests you may see: a company's own; a support person's equipment's; a coordinator's regions'; an admin's all. Newest first by default.",
  })
  equipmentUseRequests(@Args() args: EquipmentUseRequestsArgs, @CurrentUser() me: Principal) {
    return this.service.list(args, me);
  }

  @ResolveField(() => [EquipmentUseEvent], { description: 'What happened to the request, oldest first.' })
  history(@Parent() request: EquipmentUseRequest, @Req() req: Request) {
    return this.service.history(req, request);
  }
}
