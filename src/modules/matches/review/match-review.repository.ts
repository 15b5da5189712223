import { Injectable } from '@nestjs/common';
import { ManagedTransaction } from 'neo4j-driver';
import { decodeCursor, encodeCursor } from '../../../common/graphql/pagination';
import { Neo4jService } from '../../../infra/neo4j/neo4j.service';
import { int, toJs } from '../../../infra/neo4j/neo4j-values';
import { toConnection } from '../../../infra/neo4j/keyset-page';
import { visibilityParams } from '../../auth/visibility';
import { Principal } from '../../auth/principal';
import { Match, MatchStatus, SHARED_STATUSES } from '../models/match.model';
import { toMatch } from '../match-row';
import { MatchNotFoundError } from '../matches.exception';
import { AnswerSettledError, MatchChangedError, ReviewCoordinatorNotFoundError } from './match-review.exception';
import { answerChangeable, FOLLOW_UP_STATUSES } from './match-review.rules';
import { AgreementKind, DeclineReason, MatchEvent } from '../models/match-review.model';
import { NotificationRef, WrittenEvent, writeMatchEventNotifications } from '../../notifications/notification-writes';
import * as Q from './match-review.queries';

export interface MatchContext {
  status: MatchStatus;
  needId: string | null;
  companyId: string | null;
  regionId: string | null;
}

/** A match as its write lock reads it. */
interface LockedMatch {
  status: MatchStatus;
  companyAnswerSettled: boolean;
}

export interface Actor {
  userId: string;
  byName: string;
}

export interface StatusChange {
  matchId: string;
  expected: MatchStatus;
  to: MatchStatus;
  note: string | null;
  declineReason: DeclineReason | null;
  agreementKind: AgreementKind | null;
}

export interface NotificationContext {
  event: MatchEvent;
  matchId: string;
  needTitle: string;
  notified: boolean;
  coordinators: { id: string; email: string }[];
  companyUsers: { id: string; email: string }[];
}

export interface KpiCounts {
  seedsCollected: number;
  needsSurveyed: number;
  matchesSuggested: number;
  matchesReviewed: number;
  matchesShared: number;
  matchesIntroduced: number;
  matchesAgreed: number;
  hrProgramParticipants: number;
  equipmentUseRequested: number;
  equipmentUseApproved: number;
  introductions: { suggestedAt: Date; introducedAt: Date }[];
}

const num = (v: unknown) => toJs(v) as number;

@Injectable()
export class MatchReviewRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async context(matchId: string): Promise<MatchContext | null> {
    const result = await this.neo4j.readOne(Q.MATCH_CONTEXT, { id: matchId });
    return result.records.length ? (toJs(result.records[0].toObject()) as MatchContext) : null;
  }

  /**
   * Moves the match from `expected` to `to` and records the event, in one transaction. CONFLICT
   * (and nothing written) when the status is no longer `expected` by the time the lock is held.
   */
  async changeStatus(change: StatusChange, actor: Actor): Promise<WrittenEvent> {
    return (await this.changeStatuses([change], actor))[0];
  }

  /**
   * changeStatus for several matches in one transaction: every move is written with its
   * notifications, or none (CONFLICT naming the first match found moved). Returns the written events
   * in the order of `changes`.
   */
  async changeStatuses(changes: StatusChange[], actor: Actor): Promise<WrittenEvent[]> {
    return this.neo4j.write(async (tx) => {
      // Locks taken in one order, so two batches sharing matches wait for each other instead of deadlocking.
      for (const id of changes.map((c) => c.matchId).sort()) {
        const change = changes.find((c) => c.matchId === id)!;
        await this.lock(tx, id, (locked) => locked.status === change.expected, change.expected);
      }
      const events: WrittenEvent[] = [];
      for (const change of changes) {
        const written = await tx.run(Q.CHANGE_STATUS, {
          id: change.matchId,
          expected: change.expected,
          to: change.to,
          note: change.note,
          reason: change.declineReason,
          agreementKind: change.agreementKind,
          ...actor,
        });
        if (written.records.length === 0) throw new MatchChangedError(change.matchId, change.expected, null);
        events.push(await withNotifications(tx, written.records[0].get('eventId') as string));
      }
      return events;
    });
  }

  async annotate(matchId: string, note: string, actor: Actor): Promise<string> {
    return this.neo4j.write(async (tx) => {
      await this.lock(tx, matchId, () => true, null);
      return (await tx.run(Q.ANNOTATE, { id: matchId, note, ...actor })).records[0].get('eventId') as string;
    });
  }

  /**
   * CONFLICT when, before the answer landed, the match left the shared statuses (declined, stalled)
   * or the coordinator acted on an earlier answer (answerChangeable).
   */
  async answer(matchId: string, interested: boolean, note: string | null, actor: Actor): Promise<WrittenEvent> {
    return this.neo4j.write(async (tx) => {
      const locked = await this.lock(tx, matchId, (row) => SHARED_STATUSES.includes(row.status), MatchStatus.SHARED);
      if (!answerChangeable(locked)) throw new AnswerSettledError(matchId, locked.status);
      const written = await tx.run(Q.ANSWER, {
        id: matchId,
        interested,
        note,
        sharedStatuses: SHARED_STATUSES,
        ...actor,
      });
      return withNotifications(tx, written.records[0].get('eventId') as string);
    });
  }

  /** Takes the match's write lock, then checks its status as it is now. */
  private async lock(
    tx: ManagedTransaction,
    matchId: string,
    ok: (locked: LockedMatch) => boolean,
    expected: MatchStatus | null,
  ): Promise<LockedMatch> {
    const result = await tx.run(Q.LOCK_MATCH, { id: matchId });
    if (result.records.length === 0) throw new MatchNotFoundError(matchId);
    const locked = result.records[0].toObject() as LockedMatch;
    if (!ok(locked)) throw new MatchChangedError(matchId, expected ?? locked.status, locked.status);
    return locked;
  }

  async historyOf(matchIds: readonly string[]): Promise<{ parentId: string; item: MatchEvent }[]> {
    const result = await this.neo4j.readOne(Q.HISTORY, { ids: matchIds });
    return result.records.map((r) => ({ parentId: r.get('parentId') as string, item: toEvent(r.get('item')) }));
  }

  async assignedCoordinators(matchIds: readonly string[]): Promise<{ id: string; coordinatorId: string }[]> {
    const result = await this.neo4j.readOne(Q.ASSIGNED_COORDINATORS, { ids: matchIds });
    return result.records.map((r) => ({ id: r.get('id') as string, coordinatorId: r.get('coordinatorId') as string }));
  }

  async matchRegions(matchIds: readonly string[]): Promise<{ id: string; regionId: string | null }[]> {
    const result = await this.neo4j.readOne(Q.MATCH_REGIONS, { ids: matchIds });
    return result.records.map((r) => ({
      id: r.get('id') as string,
      regionId: (r.get('regionId') as string | null) ?? null,
    }));
  }

  async coordinatorRegions(coordinatorId: string): Promise<string[]> {
    const result = await this.neo4j.readOne(Q.COORDINATOR_REGIONS, { id: coordinatorId });
    if (result.records.length === 0) throw new ReviewCoordinatorNotFoundError(coordinatorId);
    return result.records[0].get('regionIds') as string[];
  }

  async assign(label: 'Match' | 'Need', targetId: string, coordinatorId: string, userId: string): Promise<boolean> {
    const result = await this.neo4j.write((tx) => tx.run(Q.assignTo(label), { targetId, coordinatorId, userId }));
    return result.records.length > 0;
  }

  async inbox(regionIds: string[] | null, first: number, after: string | undefined, viewer: Principal) {
    const position = decodeCursor(after);
    const [afterScore, afterCreatedAt] = position ? splitInboxCursor(position.value) : [null, null];
    const params = {
      regionIds,
      ...visibilityParams(viewer),
      afterScore,
      afterCreatedAt,
      afterId: position?.id ?? null,
      limitPlusOne: int(first + 1),
    };
    return this.neo4j.read(async (tx) => {
      const rows = await tx.run(
        `${Q.INBOX_SCOPE} AND ${Q.INBOX_AFTER} RETURN m {.*, createdAtKey: toString(m.createdAt)} AS m ${Q.INBOX_ORDER} LIMIT $limitPlusOne`,
        params,
      );
      const total = await tx.run(`${Q.INBOX_SCOPE} RETURN count(m) AS total`, params);
      return toConnection(
        rows.records.map((r) => toMatch(r.get('m'))) as (Match & { createdAtKey: string } & Record<string, unknown>)[],
        first,
        num(total.records[0].get('total')),
        // createdAt at the database's full precision (nanoseconds): a JS Date would cut it to
        // milliseconds, and the last row of a page would come again on the next.
        (m) => encodeCursor({ value: JSON.stringify([m.score, m.createdAtKey]), id: m.id }),
      );
    });
  }

  /**
   * Flags as STALLED, with a system event dated `now`, every match in a follow-up status whose
   * last event (or creation) is at or before `cutoff`. Candidates are locked, then re-checked.
   */
  async flagStalled(
    now: Date,
    cutoff: Date,
    note: string,
  ): Promise<{ flagged: { matchId: string; eventId: string; from: MatchStatus }[]; notifications: NotificationRef[] }> {
    const params = { statuses: FOLLOW_UP_STATUSES, cutoff: cutoff.toISOString(), now: now.toISOString(), note };
    return this.neo4j.write(async (tx) => {
      const candidates = await tx.run(Q.STALLED_CANDIDATES, params);
      const ids = candidates.records.map((r) => r.get('id') as string);
      if (ids.length === 0) return { flagged: [], notifications: [] };
      const flagged = (await tx.run(Q.FLAG_STALLED, { ...params, ids })).records.map((r) => ({
        matchId: r.get('id') as string,
        eventId: r.get('eventId') as string,
        from: r.get('from') as MatchStatus,
      }));
      return {
        flagged,
        notifications: await writeMatchEventNotifications(
          tx,
          flagged.map((f) => f.eventId),
        ),
      };
    });
  }

  async notificationContext(eventId: string): Promise<NotificationContext | null> {
    const result = await this.neo4j.readOne(Q.NOTIFICATION_CONTEXT, { eventId });
    if (result.records.length === 0) return null;
    const row = toJs(result.records[0].toObject()) as Omit<NotificationContext, 'event'> & { event: unknown };
    return { ...row, event: toEvent(result.records[0].get('event')) };
  }

  async markNotified(eventId: string, recipients: string[]): Promise<void> {
    await this.neo4j.write((tx) => tx.run(Q.MARK_NOTIFIED, { eventId, recipients }));
  }

  async regionExists(regionId: string): Promise<boolean> {
    const result = await this.neo4j.readOne(Q.REGION_EXISTS, { regionId });
    return num(result.records[0].get('n')) > 0;
  }

  async kpis(regionId: string, from: Date, to: Date): Promise<KpiCounts> {
    const params = { regionId, from: from.toISOString(), to: to.toISOString() };
    return this.neo4j.read(async (tx) => {
      const count = async (query: string) => num((await tx.run(query, params)).records[0].get('n'));
      const equipmentUse = toJs((await tx.run(Q.KPI_EQUIPMENT_USE, params)).records[0].toObject()) as Record<
        string,
        number
      >;
      const moves = toJs((await tx.run(Q.KPI_MOVES, params)).records[0].toObject()) as Record<string, number>;
      const introductions = (await tx.run(Q.KPI_INTRODUCTIONS, params)).records.map(
        (r) => toJs(r.toObject()) as { suggestedAt: Date; introducedAt: Date },
      );
      return {
        seedsCollected: await count(Q.KPI_SEEDS),
        needsSurveyed: await count(Q.KPI_NEEDS),
        matchesSuggested: await count(Q.KPI_SUGGESTED),
        matchesReviewed: moves.reviewed,
        matchesShared: moves.shared,
        matchesIntroduced: moves.introduced,
        matchesAgreed: moves.agreed,
        hrProgramParticipants: await count(Q.KPI_HR),
        equipmentUseRequested: equipmentUse.requested,
        equipmentUseApproved: equipmentUse.approved,
        introductions,
      };
    });
  }
}

/** Neo4j's toString of a datetime, which is what the cursor carries (only this reaches Cypher's datetime()). */
export const DATETIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,9})?)?(Z|[+-]\d\d:\d\d)$/;

function splitInboxCursor(value: string): [number, string] {
  try {
    const parsed: unknown = JSON.parse(value);
    if (
      Array.isArray(parsed) &&
      typeof parsed[0] === 'number' &&
      typeof parsed[1] === 'string' &&
      DATETIME.test(parsed[1])
    ) {
      return [parsed[0], parsed[1]];
    }
  } catch {
    // fall through
  }
  // A cursor of another list (e.g. matchesForNeed) decodes but does not fit here.
  return decodeCursor('!') as never;
}

async function withNotifications(tx: ManagedTransaction, eventId: string): Promise<WrittenEvent> {
  return { eventId, notifications: await writeMatchEventNotifications(tx, [eventId]) };
}

function toEvent(raw: unknown): MatchEvent {
  const row = toJs(raw) as Record<string, unknown>;
  return {
    id: row.id as string,
    at: row.at as Date,
    kind: row.kind as MatchEvent['kind'],
    byUserId: row.byUserId as string,
    byName: row.byName as string,
    from: row.from as MatchStatus,
    to: row.to as MatchStatus,
    note: (row.note as string | undefined) ?? null,
    reason: (row.reason as DeclineReason | undefined) ?? null,
    agreementKind: (row.agreementKind as AgreementKind | undefined) ?? null,
    interested: (row.interested as boolean | undefined) ?? null,
  };
}
