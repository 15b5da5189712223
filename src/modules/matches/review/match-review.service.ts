import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { loaderFor, loaderForMany } from '../../../common/graphql/request-loaders';
import { assertCoversRegion, coversRegion } from '../../auth/access-policy';
import { ForbiddenError } from '../../auth/auth.exception';
import { isAdmin, Principal } from '../../auth/principal';
import { Role } from '../../auth/role.enum';
import { MatchReadsRepository } from '../reads/match-reads.repository';
import { Match, MatchStatus, SHARED_STATUSES } from '../models/match.model';
import { NeedsService } from '../../needs/needs.service';
import { RegionNotFoundError } from '../../regions/regions.exception';
import {
  AnnotateMatchArgs,
  AnswerMatchArgs,
  AssignMatchArgs,
  AssignNeedArgs,
  ChangeMatchStatusArgs,
  ChangeMatchStatusesArgs,
  MoveArgs,
  ProgramKpisArgs,
} from './dto/match-review.inputs';
import {
  AnswerSettledError,
  BulkMoveRefusedError,
  CoordinatorOutsideRegionError,
  PeriodError,
  ReviewNeedNotFoundError,
  TransitionRefusedError,
} from './match-review.exception';
import { MatchNotFoundError } from '../matches.exception';
import { MatchContext, MatchReviewRepository, StatusChange } from './match-review.repository';
import { answerChangeable, canUndo, daysBetween, median, transitionProblem, TRANSITIONS } from './match-review.rules';
import { MatchStalledService } from './match-stalled.service';
import { MatchNotificationProducer } from './match-notification.producer';
import { MatchLivePublisher } from '../live/match-live.publisher';
import { NotificationPublisher } from '../../notifications/notification.publisher';
import { MatchEvent, MatchEventKind, ProgramKpis } from '../models/match-review.model';
import { AppError } from '../../../common/errors/app-error';

/** Coordinators' working notes stay theirs: other roles see only the steps the company took part in. */
const seesWholeHistory = (me: Principal) => me.role === Role.ADMIN || me.role === Role.COORDINATOR;

const KPI_COLUMNS: (keyof ProgramKpis)[] = [
  'regionId',
  'from',
  'to',
  'seedsCollected',
  'needsSurveyed',
  'matchesSuggested',
  'matchesReviewed',
  'matchesShared',
  'matchesIntroduced',
  'matchesAgreed',
  'medianDaysToIntroduction',
  'hrProgramParticipants',
  'equipmentUseRequested',
  'equipmentUseApproved',
];

@Injectable()
export class MatchReviewService {
  constructor(
    private readonly repository: MatchReviewRepository,
    private readonly reads: MatchReadsRepository,
    private readonly needs: NeedsService,
    private readonly stalled: MatchStalledService,
    private readonly notifications: MatchNotificationProducer,
    private readonly live: MatchLivePublisher,
    private readonly notificationsAdded: NotificationPublisher,
  ) {}

  async changeStatus(args: ChangeMatchStatusArgs, me: Principal): Promise<Match> {
    const { moves, refused } = await this.planMoves([args.matchId], args, me);
    // The one match's own error, as it is.
    if (refused.length) throw refused[0].error;
    await this.applyMoves(moves, me);
    return this.reread(args.matchId, me);
  }

  /**
   * Moves several matches to one status, with one note, reason or agreement kind, all or nothing:
   * each match is checked as changeMatchStatus checks it, and when any may not move nothing is
   * written and the error names each that may not, and why.
   */
  async changeStatuses(args: ChangeMatchStatusesArgs, me: Principal): Promise<Match[]> {
    const { moves, refused } = await this.planMoves(args.matchIds, args, me);
    if (refused.length) throw new BulkMoveRefusedError(refused);
    await this.applyMoves(moves, me);
    const moved = new Map((await this.reads.findVisibleMany(args.matchIds, me)).map((m) => [m.id, m]));
    return args.matchIds.map((id) => {
      const match = moved.get(id);
      if (!match) throw new MatchNotFoundError(id);
      return match;
    });
  }

  /**
   * What moving each match to `move.to` would write, checked as the caller sees the matches now:
   * NOT_FOUND for a match hidden from them, FORBIDDEN outside their regions, BAD_USER_INPUT for a
   * move the workflow refuses. One read of the matches and one of their regions, whatever the count.
   */
  private async planMoves(matchIds: readonly string[], move: MoveArgs, me: Principal) {
    const visible = new Map((await this.reads.findVisibleMany(matchIds, me)).map((m) => [m.id, m]));
    const regions = new Map((await this.repository.matchRegions(matchIds)).map((r) => [r.id, r.regionId]));
    const moves: StatusChange[] = [];
    const refused: { index: number; matchId: string; error: AppError }[] = [];
    matchIds.forEach((matchId, index) => {
      try {
        const match = visible.get(matchId);
        if (!match || !regions.has(matchId)) throw new MatchNotFoundError(matchId);
        assertCoversRegion(me, regions.get(matchId), 'matches');
        const problem = transitionProblem({ from: match.status, ...move });
        if (problem) throw new TransitionRefusedError(problem, match.status, move.to);
        moves.push({
          matchId,
          expected: match.status,
          to: move.to,
          note: move.note ?? null,
          declineReason: move.declineReason ?? null,
          agreementKind: move.agreementKind ?? null,
        });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        refused.push({ index, matchId, error });
      }
    });
    return { moves, refused };
  }

  /** Writes the moves in one transaction, then notifies each event and publishes each change live. */
  private async applyMoves(moves: StatusChange[], me: Principal): Promise<void> {
    const events = await this.repository.changeStatuses(moves, actor(me));
    // After the commit, so a retried transaction never enqueues (its work may run more than once).
    await this.notifications.notify(events.map((e) => e.eventId));
    await this.notificationsAdded.added(events.flatMap((e) => e.notifications));
    await this.live.statusChanged(moves.map((m) => ({ matchId: m.matchId, from: m.expected, to: m.to })));
  }

  async annotate(args: AnnotateMatchArgs, me: Principal): Promise<Match> {
    const { context } = await this.mustSee(args.matchId, me);
    assertCoversRegion(me, context.regionId, 'matches');
    await this.notifications.notify([await this.repository.annotate(args.matchId, args.note, actor(me))]);
    return this.reread(args.matchId, me);
  }

  async answer(args: AnswerMatchArgs, me: Principal): Promise<Match> {
    // A company sees its matches only once shared, so an unshared one is NOT_FOUND here.
    const { match, context } = await this.mustSee(args.matchId, me);
    if (me.role !== Role.COMPANY || !me.companyId || me.companyId !== context.companyId) {
      throw new ForbiddenError("Only the need's company answers a match");
    }
    if (!answerChangeable(match)) throw new AnswerSettledError(args.matchId, match.status);
    const { eventId, notifications } = await this.repository.answer(
      args.matchId,
      args.interested,
      args.note ?? null,
      actor(me),
    );
    await this.notifications.notify([eventId]);
    await this.notificationsAdded.added(notifications);
    return this.reread(args.matchId, me);
  }

  async assignMatch(args: AssignMatchArgs, me: Principal): Promise<Match> {
    const { context } = await this.mustSee(args.matchId, me);
    assertCoversRegion(me, context.regionId, 'matches');
    await this.assertCoordinatorCovers(args.coordinatorId, context.regionId);
    if (!(await this.repository.assign('Match', args.matchId, args.coordinatorId, me.userId))) {
      throw new MatchNotFoundError(args.matchId);
    }
    return this.reread(args.matchId, me);
  }

  async assignNeed(args: AssignNeedArgs, me: Principal): Promise<boolean> {
    const need = await this.needs.get(args.needId, me).catch((error: unknown) => {
      if (error instanceof AppError && error.details?.field === 'id') throw new ReviewNeedNotFoundError(args.needId);
      throw error;
    });
    assertCoversRegion(me, need.regionId, 'needs');
    await this.assertCoordinatorCovers(args.coordinatorId, need.regionId);
    if (!(await this.repository.assign('Need', args.needId, args.coordinatorId, me.userId))) {
      throw new ReviewNeedNotFoundError(args.needId);
    }
    return true;
  }

  inbox(first: number, after: string | undefined, me: Principal) {
    return this.repository.inbox(isAdmin(me) ? null : me.coordinatorRegionIds, first, after, me);
  }

  async history(req: Request, match: Match, me: Principal): Promise<MatchEvent[]> {
    const events = await loaderForMany(req, 'matchHistory', (ids) => this.repository.historyOf(ids)).load(match.id);
    if (seesWholeHistory(me)) return events;
    return events
      .filter(
        (e) => e.kind === MatchEventKind.ANSWER || (e.kind === MatchEventKind.STATUS && SHARED_STATUSES.includes(e.to)),
      )
      .map((e) => (e.kind === MatchEventKind.ANSWER ? e : { ...e, note: null, byName: 'Coordinator' }));
  }

  async assignedCoordinatorId(req: Request, match: Match): Promise<string | null> {
    const loader = loaderFor(req, 'matchAssignee', async (ids) =>
      (await this.repository.assignedCoordinators(ids)).map((row) => ({
        id: row.id,
        coordinatorId: row.coordinatorId,
      })),
    );
    return (await loader.load(match.id))?.coordinatorId ?? null;
  }

  /**
   * The statuses `me` may move the match to now with changeMatchStatus: the workflow's next steps
   * from its status, for admins and the coordinators who cover its need's region; none for anyone
   * else. The same rules changeStatus enforces, so a client shows only moves that can succeed.
   */
  async nextStatuses(req: Request, match: Match, me: Principal): Promise<MatchStatus[]> {
    const next = TRANSITIONS[match.status] ?? [];
    if (next.length === 0 || !(isAdmin(me) || me.role === Role.COORDINATOR)) return [];
    if (isAdmin(me)) return [...next];
    const loader = loaderFor(req, 'matchRegion', (ids) => this.repository.matchRegions(ids));
    const regionId = (await loader.load(match.id))?.regionId ?? null;
    return coversRegion(me, regionId) ? [...next] : [];
  }

  /** Of nextStatuses, those the caller could move back from to the current status (an undo). */
  async undoableStatuses(req: Request, match: Match, me: Principal): Promise<MatchStatus[]> {
    return (await this.nextStatuses(req, match, me)).filter((to) => canUndo(match.status, to));
  }

  flagStalled(now: Date): Promise<string[]> {
    return this.stalled.flagStalled(now);
  }

  async kpis(args: ProgramKpisArgs, me: Principal): Promise<ProgramKpis> {
    if (args.to.getTime() <= args.from.getTime()) throw new PeriodError();
    const allowed =
      coversRegion(me, args.regionId) ||
      (me.role === Role.CONSORTIUM_MANAGER && me.managerRegionIds.includes(args.regionId));
    if (!allowed)
      throw new ForbiddenError("Program KPIs are for admins and the region's coordinators and consortium managers");
    if (!(await this.repository.regionExists(args.regionId))) {
      throw new RegionNotFoundError(args.regionId, 'regionId');
    }
    const { introductions, ...counts } = await this.repository.kpis(args.regionId, args.from, args.to);
    const days = median(introductions.map((i) => daysBetween(new Date(i.suggestedAt), new Date(i.introducedAt))));
    return {
      regionId: args.regionId,
      from: args.from,
      to: args.to,
      ...counts,
      medianDaysToIntroduction: days === null ? null : Math.round(days * 10) / 10,
    };
  }

  async kpisCsv(args: ProgramKpisArgs, me: Principal): Promise<string> {
    const kpis = await this.kpis(args, me);
    const cell = (v: string | number | Date | null | undefined) =>
      v instanceof Date ? v.toISOString() : v === null || v === undefined ? '' : String(v);
    return `${KPI_COLUMNS.join(',')}\n${KPI_COLUMNS.map((c) => cell(kpis[c])).join(',')}\n`;
  }

  /** The match as the viewer sees it (NOT_FOUND when hidden), with the region its need belongs to. */
  private async mustSee(matchId: string, me: Principal): Promise<{ match: Match; context: MatchContext }> {
    const match = await this.reads.findVisible(matchId, me);
    const context = match ? await this.repository.context(matchId) : null;
    if (!match || !context) throw new MatchNotFoundError(matchId);
    return { match, context };
  }

  private async reread(matchId: string, me: Principal): Promise<Match> {
    const match = await this.reads.findVisible(matchId, me);
    if (!match) throw new MatchNotFoundError(matchId);
    return match;
  }

  private async assertCoordinatorCovers(coordinatorId: string, regionId: string | null): Promise<void> {
    const regions = await this.repository.coordinatorRegions(coordinatorId);
    if (!regionId || !regions.includes(regionId)) throw new CoordinatorOutsideRegionError();
  }
}

const actor = (me: Principal) => ({ userId: me.userId, byName: me.displayName });
