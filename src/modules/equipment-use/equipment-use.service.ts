import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { loaderForMany } from '../../common/graphql/request-loaders';
import { coversRegion } from '../auth/access-policy';
import { ForbiddenError } from '../auth/auth.exception';
import { Principal } from '../auth/principal';
import { Role } from '../auth/role.enum';
import { EquipmentNotFoundError } from '../equipment/equipment.exception';
import { MatchReadsRepository } from '../matches/reads/match-reads.repository';
import { MatchKind } from '../matches/models/match.model';
import { MatchNotFoundError } from '../matches/matches.exception';
import { MatchReviewRepository } from '../matches/review/match-review.repository';
import {
  ChangeEquipmentUseStatusArgs,
  EquipmentUseRequestsArgs,
  RequestEquipmentUseInput,
} from './dto/equipment-use.inputs';
import {
  UseMatchMismatchError,
  UsePeriodError,
  UseRequestNotFoundError,
  UseSideForbiddenError,
  UseTransitionRefusedError,
} from './equipment-use.exception';
import { EquipmentUseNotificationProducer } from './equipment-use-notification.producer';
import { NotificationPublisher } from '../notifications/notification.publisher';
import { EquipmentUseRepository } from './equipment-use.repository';
import { sideOf, UseSide, useTransitionProblem } from './equipment-use.rules';
import { EquipmentUseEvent, EquipmentUseRequest } from './models/equipment-use.model';

/**
 * Equipment use requests: a company asks, the host side answers. The host side is the equipment's
 * support staff (SUPPORT_STAFF users linked to a SupportStaff who SUPPORTS it), the coordinators of
 * the host's region, and admins. A request the viewer may not see is NOT_FOUND, never FORBIDDEN.
 */
@Injectable()
export class EquipmentUseService {
  constructor(
    private readonly repository: EquipmentUseRepository,
    private readonly matches: MatchReadsRepository,
    private readonly matchContexts: MatchReviewRepository,
    private readonly notifications: EquipmentUseNotificationProducer,
    private readonly notificationsAdded: NotificationPublisher,
  ) {}

  async request(input: RequestEquipmentUseInput, me: Principal): Promise<EquipmentUseRequest> {
    if (me.role !== Role.COMPANY || !me.companyId) throw new ForbiddenError('Only company users request equipment use');
    if (input.wishedTo.getTime() <= input.wishedFrom.getTime())
      throw new UsePeriodError('wishedTo must be after wishedFrom');
    if (input.wishedTo.getTime() <= Date.now()) throw new UsePeriodError('wishedTo must be in the future');
    if (input.matchId) {
      // The company sees its needs' matches once shared: any other match is NOT_FOUND, as in match(id).
      const match = await this.matches.findVisible(input.matchId, me);
      if (!match) throw new MatchNotFoundError(input.matchId);
      if (match.kind !== MatchKind.EQUIPMENT || match.targetId !== input.equipmentId) {
        throw new UseMatchMismatchError(`Match ${input.matchId} is not a match with equipment ${input.equipmentId}`);
      }
      // Companies may see other companies' PUBLIC needs' shared matches; a request follows one's own.
      if ((await this.matchContexts.context(input.matchId))?.companyId !== me.companyId) {
        throw new UseMatchMismatchError(`Match ${input.matchId} is not for one of your company's needs`);
      }
    }
    const created = await this.repository.create(
      {
        equipmentId: input.equipmentId,
        companyId: me.companyId,
        matchId: input.matchId ?? null,
        purpose: input.purpose,
        wishedFrom: input.wishedFrom,
        wishedTo: input.wishedTo,
      },
      actor(me),
    );
    if (!created) throw new EquipmentNotFoundError(input.equipmentId, 'equipmentId');
    await this.notifications.notify(created.eventId);
    await this.notificationsAdded.added(created.notifications);
    return this.mustSee(created.id, me);
  }

  async changeStatus(args: ChangeEquipmentUseStatusArgs, me: Principal): Promise<EquipmentUseRequest> {
    const request = await this.mustSee(args.requestId, me);
    const problem = useTransitionProblem({ from: request.status, ...args });
    if (problem) throw new UseTransitionRefusedError(problem, request.status, args.to);
    const side = sideOf(request.status, args.to)!;
    if (!(await this.actsFor(side, request, me))) throw new UseSideForbiddenError(side, request.status, args.to);
    const { eventId, notifications } = await this.repository.changeStatus(
      {
        requestId: request.id,
        expected: request.status,
        to: args.to,
        note: args.note ?? null,
        proposedFrom: args.proposedFrom ?? null,
        proposedTo: args.proposedTo ?? null,
        refusalReason: args.refusalReason ?? null,
      },
      actor(me),
    );
    await this.notifications.notify(eventId);
    await this.notificationsAdded.added(notifications);
    return this.mustSee(request.id, me);
  }

  get(id: string, me: Principal): Promise<EquipmentUseRequest> {
    return this.mustSee(id, me, 'id');
  }

  list(args: EquipmentUseRequestsArgs, me: Principal) {
    return this.repository.list(args, me);
  }

  history(req: Request, request: EquipmentUseRequest): Promise<EquipmentUseEvent[]> {
    return loaderForMany(req, 'equipmentUseHistory', (ids) => this.repository.historyOf(ids)).load(request.id);
  }

  private async actsFor(side: UseSide, request: EquipmentUseRequest, me: Principal): Promise<boolean> {
    if (side === UseSide.COMPANY) return me.role === Role.COMPANY && me.companyId === request.companyId;
    if (coversRegion(me, request.regionId)) return true;
    return (
      me.role === Role.SUPPORT_STAFF &&
      !!me.supportStaffId &&
      this.repository.staffSupports(me.supportStaffId, request.equipmentId)
    );
  }

  private async mustSee(id: string, me: Principal, field = 'requestId'): Promise<EquipmentUseRequest> {
    const request = await this.repository.findVisible(id, me);
    if (!request) throw new UseRequestNotFoundError(id, field);
    return request;
  }
}

const actor = (me: Principal) => ({ userId: me.userId, byName: me.displayName });
