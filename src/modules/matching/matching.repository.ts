import { Injectable, Logger, Optional } from '@nestjs/common';
import { Neo4jService } from '../../infra/neo4j/neo4j.service';
import { int, toJs } from '../../infra/neo4j/neo4j-values';
import { MatchTargetKind } from './engine/match-target-kind';
import { DocumentFields } from './analysis/text-analyzer';
import { IntroductionPath, NetworkFacts, Suggestion } from './engine/network-boost';
import { MatchLivePublisher } from '../matches/live/match-live.publisher';
import { NotificationPublisher } from '../notifications/notification.publisher';
import { NotificationRef, writeNewSuggestionsNotifications } from '../notifications/notification-writes';
import * as Q from './matching.queries';

/** A text as the matcher reads it, with the version (updatedAt, full precision) it was read at. */
export interface VersionedText extends DocumentFields {
  id: string;
  updatedAt: string;
  /** False for needs that are solved or withdrawn: they get no suggestions. */
  active: boolean;
}

export type WriteOutcome = 'written' | 'changed' | 'gone';

/** How many texts a worker reads at a time when it loads its index (allTexts). */
export const TEXTS_PAGE = 5_000;
const pairKey = (needId: string, targetId: string) => `${needId}|${targetId}`;

/** Every Cypher query of the matching engine's workers (the API reads stored matches in matches/reads/match-reads.repository.ts). */
@Injectable()
export class MatchingRepository {
  private readonly logger = new Logger(MatchingRepository.name);
  /** Match writes the driver had to run again (deadlocks and other transient errors), since start. */
  rerunWrites = 0;

  constructor(
    private readonly neo4j: Neo4jService,
    /** Tells GraphQL subscribers (matchSuggested) of new suggestions; absent where nobody listens. */
    @Optional() private readonly live?: MatchLivePublisher,
    /** Announces the NEW_SUGGESTIONS notifications a write made (notificationAdded). */
    @Optional() private readonly notificationsAdded?: NotificationPublisher,
  ) {}

  async serverTime(): Promise<string> {
    const result = await this.neo4j.readOne(Q.SERVER_TIME);
    return result.records[0].get('now') as string;
  }

  /** Every text of a kind, page by page (the worker's first load). */
  async *allTexts(kind: MatchTargetKind | 'NEED'): AsyncGenerator<VersionedText[]> {
    let afterId: string | null = null;
    for (;;) {
      const result = await this.neo4j.readOne(Q.textsPage(kind), { afterId, limit: int(TEXTS_PAGE) });
      const rows: VersionedText[] = result.records.map((r) => toText(r.toObject()));
      if (rows.length === 0) return;
      yield rows;
      if (rows.length < TEXTS_PAGE) return;
      afterId = rows[rows.length - 1].id;
    }
  }

  /**
   * The server's clock, and every text (with its kind and version) edited at or after `since`,
   * except the versions named in `known` (Q.knownKey): the caller holds those already.
   */
  async changesSince(
    since: string,
    known: readonly string[] = [],
  ): Promise<{ now: string; changed: (VersionedText & { kind: MatchTargetKind | 'NEED' })[] }> {
    const result = await this.neo4j.readOne(Q.CHANGES_SINCE, { since, known });
    const row = result.records[0];
    const changed = (row.get('changed') as Record<string, unknown>[]).map((c) => ({
      ...toText(c),
      kind: c.kind as MatchTargetKind | 'NEED',
    }));
    return { now: row.get('now') as string, changed };
  }

  /** The texts of a kind with these ids (no query for no ids). */
  async textsOf(kind: MatchTargetKind | 'NEED', ids: string[]): Promise<VersionedText[]> {
    if (ids.length === 0) return [];
    const result = await this.neo4j.readOne(Q.textsOf(kind), { ids });
    return result.records.map((r) => toText(r.toObject()));
  }

  /** The version (updatedAt) of every text of a kind, by id. */
  async allVersions(kind: MatchTargetKind | 'NEED'): Promise<Map<string, string>> {
    const result = await this.neo4j.readOne(Q.allVersions(kind));
    return new Map(result.records.map((r) => [r.get('id') as string, r.get('updatedAt') as string]));
  }

  /** A need's text, or null when the need (or its company) is gone. */
  async needText(id: string): Promise<VersionedText | null> {
    const result = await this.neo4j.readOne(Q.NEED_TEXT, { id });
    const row = result.records[0]?.toObject();
    return row ? toText(row) : null;
  }

  /**
   * The region of the need's company, and the network facts of the candidates that still exist,
   * for each kind (a missing candidate has no entry), read in one statement. Null when the need
   * is gone.
   */
  async networkFacts(
    needId: string,
    targetIds: Map<MatchTargetKind, string[]>,
  ): Promise<{ regionId: string | null; byKind: Map<MatchTargetKind, Map<string, NetworkFacts>> } | null> {
    const wanted = [...targetIds].filter(([, ids]) => ids.length > 0);
    const byKind = new Map<MatchTargetKind, Map<string, NetworkFacts>>(wanted.map(([kind]) => [kind, new Map()]));
    const params: Record<string, unknown> = { needId };
    for (const [kind, ids] of wanted) params[Q.networkParam(kind)] = ids;
    const result = await this.neo4j.readOne(Q.networkFacts(wanted.map(([kind]) => kind)), params);
    if (result.records.length === 0) return null;
    for (const record of result.records) {
      const row = toJs(record.toObject()) as {
        kind: MatchTargetKind | null;
        targetId: string | null;
        regionIds: string[] | null;
        pathNodes: IntroductionPath['nodes'] | null;
        pathRelations: string[] | null;
      };
      if (!row.kind || !row.targetId) continue;
      byKind.get(row.kind)!.set(row.targetId, {
        regionIds: [...new Set(row.regionIds ?? [])],
        path: row.pathNodes && row.pathRelations ? { nodes: row.pathNodes, relations: row.pathRelations } : null,
      });
    }
    return { regionId: (result.records[0].get('needRegionId') as string | null) ?? null, byKind };
  }

  /**
   * Stores a need's suggestions in one transaction, if the need still has the version they were
   * computed from: 'changed' means it was edited meanwhile (compute again), 'gone' that it was deleted.
   * Recomputing rewrites score, explanation and path, never status or notes.
   */
  async writeNeedMatches(
    needId: string,
    version: string,
    suggestions: Suggestion[],
    engineVersion: string,
  ): Promise<WriteOutcome> {
    let created: string[] = [];
    let notifications: NotificationRef[] = [];
    let attempt = 0;
    const outcome = await this.neo4j.write(async (tx): Promise<WriteOutcome> => {
      // The function re-runs on a transient error: only the committed run's ids and notifications count.
      created = [];
      notifications = [];
      if (++attempt > 1) {
        this.rerunWrites++;
        this.logger.warn(
          `Matches of need ${needId}: write re-run (attempt ${attempt}) after a transient error such as a deadlock`,
        );
      }
      const lock = await tx.run(Q.LOCK_NEED, { needId });
      if (lock.records.length === 0) return 'gone';
      if (lock.records[0].get('version') !== version) return 'changed';
      const present = lock.records[0].get('present') as { kind: MatchTargetKind; targetId: string }[];
      const written = await tx.run(Q.WRITE_MATCHES, {
        needId,
        version,
        engineVersion,
        keptKeys: suggestions.map((s) => pairKey(needId, s.targetId)),
        ...writeParams(present, suggestions, needId),
      });
      created = written.records[0].get('createdIds') as string[];
      // One notification per run of the need, with the count, not one per suggestion.
      notifications = await writeNewSuggestionsNotifications(tx, needId, created.length);
      return 'written';
    });
    // After the commit, so a subscriber never hears of a match that a rollback took back.
    if (outcome === 'written' && created.length > 0) {
      await this.live?.suggested(created);
      await this.notificationsAdded?.added(notifications);
    }
    return outcome;
  }

  async markTargetMatched(kind: MatchTargetKind, id: string, version: string): Promise<void> {
    await this.neo4j.write((tx) => tx.run(Q.markTargetMatched(kind), { id, version }));
  }

  async needsMatchedTo(targetId: string): Promise<string[]> {
    const result = await this.neo4j.readOne(Q.NEEDS_MATCHED_TO, { id: targetId });
    return result.records[0].get('needIds') as string[];
  }

  /** Removes or marks stale the matches whose need or target is gone (all of them when both ids are null). */
  async cleanOrphans(needId: string | null, targetId: string | null): Promise<{ kept: number; deleted: number }> {
    const result = await this.neo4j.write((tx) => tx.run(Q.CLEAN_ORPHANS, { needId, targetId }));
    const row = toJs(result.records[0]?.toObject() ?? { kept: 0, deleted: 0 }) as {
      kept: number | null;
      deleted: number | null;
    };
    return { kept: row.kept ?? 0, deleted: row.deleted ?? 0 };
  }

  async outOfDate(kind: MatchTargetKind | 'NEED', limit: number): Promise<string[]> {
    const result = await this.neo4j.readOne(Q.outOfDate(kind), { limit: int(limit) });
    return result.records.map((r) => r.get('id') as string);
  }

  async needsNearNodes(nodeIds: readonly string[], limit: number): Promise<string[]> {
    const result = await this.neo4j.readOne(Q.NEEDS_NEAR_NODES, { nodeIds, limit: int(limit) });
    return result.records.map((r) => r.get('id') as string);
  }

  async activeNeedIds(): Promise<string[]> {
    const result = await this.neo4j.readOne(Q.ACTIVE_NEED_IDS);
    return result.records.map((r) => r.get('id') as string);
  }
}

/**
 * Per kind: the targets to lock (every target this write links or unlinks, sorted by id: see
 * Q.WRITE_MATCHES) and the rows to upsert.
 */
function writeParams(
  present: { kind: MatchTargetKind; targetId: string }[],
  suggestions: Suggestion[],
  needId: string,
): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const kind of Q.LOCK_ORDER) {
    const locks = new Set<string>();
    for (const match of present) if (match.kind === kind) locks.add(match.targetId);
    const mine = suggestions.filter((s) => s.kind === kind);
    for (const s of mine) locks.add(s.targetId);
    params[Q.writeParam(kind, 'Locks')] = [...locks].sort();
    params[Q.writeParam(kind, 'Rows')] = mine.map((s) => ({
      pairKey: pairKey(needId, s.targetId),
      targetId: s.targetId,
      score: s.score,
      lexicalScore: s.lexicalScore,
      regionBoost: s.regionBoost,
      pathBoost: s.pathBoost,
      explanation: JSON.stringify(s.explanation),
      path: s.path ? JSON.stringify(s.path) : null,
    }));
  }
  return params;
}

function toText(row: Record<string, unknown>): VersionedText {
  return {
    id: row.id as string,
    updatedAt: row.updatedAt as string,
    title: (row.title as string | null) ?? '',
    keywords: (row.keywords as string[] | null) ?? [],
    body: (row.body as string | null) ?? '',
    active: row.active !== false,
  };
}
