import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module';
import { AppConfig } from '../../config/app-config';
import { MatchCleanupPayload } from '../../infra/queue/queue.constants';
import { MATCH_TARGET_KINDS, MatchTargetKind } from './engine/match-target-kind';
import { ENGINE_VERSION, MatchEngine } from './engine/match-engine';
import { applyNetworkBoosts, Suggestion } from './engine/network-boost';
import { MatchIndexService } from './match-index.service';
import { MatchingProducer } from './matching.producer';
import { MatchingRepository, VersionedText } from './matching.repository';

/** How many needs a changed target sends back to be matched, besides those it already matches. */
const AFFECTED_NEEDS = 200;
/** Passes over a need that keeps being edited while it is matched, before the job gives up and retries. */
const MAX_PASSES = 5;
const RECONCILE_BATCH = 10_000;
/** How many needs one network change re-matches at most (a hub's acquaintance can reach a whole region). */
const NETWORK_NEEDS = 10_000;

/** Milliseconds spent in each stage of one matchNeed job (summed over its passes). */
export interface MatchNeedTimings {
  /** Reading the need and bringing the worker's index up to date with the graph. */
  readMs: number;
  /** Analysing the need's text and ranking every kind of target in the index. */
  rankMs: number;
  /** Regions and introduction paths of the candidates (graph queries). */
  networkMs: number;
  /** The write transaction. */
  writeMs: number;
}

export type MatchNeedOutcome =
  | { outcome: 'written'; needId: string; suggestions: number; passes: number; timings: MatchNeedTimings }
  | { outcome: 'skipped'; reason: string };

/** The matcher's work, one method per job; every method is idempotent (jobs run at least once). */
@Injectable()
export class MatchingService {
  private readonly logger = new Logger(MatchingService.name);

  constructor(
    private readonly index: MatchIndexService,
    private readonly repository: MatchingRepository,
    private readonly producer: MatchingProducer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Recomputes one need's suggestions from its latest text and stores them. */
  async matchNeed(needId: string): Promise<MatchNeedOutcome> {
    const timings: MatchNeedTimings = { readMs: 0, rankMs: 0, networkMs: 0, writeMs: 0 };
    for (let pass = 1; pass <= MAX_PASSES; pass++) {
      let t = performance.now();
      const engine = await this.index.current();
      // On the first pass, the need as the index holds it, synced just now: its version is checked
      // again when the matches are written. After a 'changed' write (the need was edited meanwhile,
      // or the index holds an old version, missed by its sync), and for a need the index lacks, the
      // need is read from the graph, and is gone if not there.
      const held = pass === 1 ? this.index.needText(needId) : undefined;
      const need = held ?? (await this.needFromGraph(needId));
      timings.readMs += performance.now() - t;
      const suggestions = need?.active ? await this.suggest(needId, need, engine, timings) : [];
      if (!need || suggestions === 'gone') return this.needGone(needId, 'the need no longer exists');
      t = performance.now();
      const written = await this.repository.writeNeedMatches(needId, need.updatedAt, suggestions, ENGINE_VERSION);
      timings.writeMs += performance.now() - t;
      if (written === 'written') {
        for (const stage of Object.keys(timings) as (keyof MatchNeedTimings)[])
          timings[stage] = Math.round(timings[stage] * 10) / 10;
        return { outcome: 'written', needId, suggestions: suggestions.length, passes: pass, timings };
      }
      if (written === 'gone') return this.needGone(needId, 'the need was deleted while it was matched');
      // 'changed': edited while we computed; the edit's own job is deduplicated into this one, so go again.
    }
    throw new Error(`Need ${needId} changed during each of ${MAX_PASSES} passes; retrying later`);
  }

  /** The need's latest text, read from the graph and taken into the index; null when it is gone. */
  private async needFromGraph(needId: string): Promise<VersionedText | null> {
    const need = await this.repository.needText(needId);
    if (need) await this.index.refresh('NEED', need);
    return need;
  }

  /** A deleted need leaves the index, and its matches go (or stay as stale where acted on). */
  private async needGone(needId: string, reason: string): Promise<MatchNeedOutcome> {
    this.index.forget('NEED', needId);
    await this.repository.cleanOrphans(needId, null);
    return { outcome: 'skipped', reason };
  }

  /** The need's suggestions of every kind, or 'gone' when the graph no longer has the need. */
  private async suggest(
    needId: string,
    need: VersionedText,
    engine: MatchEngine,
    timings: MatchNeedTimings,
  ): Promise<Suggestion[] | 'gone'> {
    let t = performance.now();
    // The sync that took the need in analysed it already, in most cases moments ago.
    const analyzed = this.index.needAnalysis(needId, need.updatedAt) ?? engine.analyzer.analyze(need);
    if (analyzed.terms.size === 0) {
      this.logger.log(`Need ${needId} has no analysable text (empty, emoji or an unsupported script); no suggestions`);
      return [];
    }
    const { topK, minScore, regionBoost, pathBoost } = this.config.matching;
    // A wider lexical window than topK, so the network boosts can reorder and a target deleted a
    // moment ago (still in the index, not in the graph) does not leave a gap.
    const window = topK * 2 + 10;
    const suggestions: Suggestion[] = [];
    const ranked = MATCH_TARGET_KINDS.map((kind) => ({
      kind,
      candidates: engine.rank(analyzed, kind, window, minScore),
    }));
    timings.rankMs += performance.now() - t;
    if (ranked.every(({ candidates }) => candidates.length === 0)) return [];
    t = performance.now();
    const network = await this.repository.networkFacts(
      needId,
      new Map(ranked.map(({ kind, candidates }) => [kind, candidates.map((c) => c.targetId)])),
    );
    if (!network) return 'gone';
    for (const { kind, candidates } of ranked) {
      if (candidates.length === 0) continue;
      const facts = network.byKind.get(kind) ?? new Map();
      for (const candidate of candidates)
        if (!facts.has(candidate.targetId)) this.index.forget(kind, candidate.targetId);
      suggestions.push(...applyNetworkBoosts(candidates, facts, network.regionId, { regionBoost, pathBoost }, topK));
    }
    timings.networkMs += performance.now() - t;
    return suggestions;
  }

  /** A target was created or changed: re-match the needs it may now rank for, and those it ranked for. */
  async targetChanged(
    kind: MatchTargetKind,
    targetId: string,
  ): Promise<{ needs: number } | { outcome: 'skipped'; reason: string }> {
    const engine = await this.index.current();
    const [text] = await this.repository.textsOf(kind, [targetId]);
    if (!text) {
      await this.cleanup(kind, targetId);
      return { outcome: 'skipped', reason: `the ${kind.toLowerCase()} no longer exists` };
    }
    const affected = new Set([
      ...engine.needsAffectedBy(text, AFFECTED_NEEDS),
      ...(await this.repository.needsMatchedTo(targetId)),
    ]);
    await this.producer.matchNeeds([...affected]);
    await this.repository.markTargetMatched(kind, targetId, text.updatedAt);
    return { needs: affected.size };
  }

  /** A need or target was deleted: its untouched matches go, acted-on ones stay as stale. */
  async cleanup(
    kind: MatchCleanupPayload['kind'],
    id: string,
  ): Promise<{ kept: number; deleted: number; needs: number }> {
    this.index.forget(kind, id);
    if (kind === 'NEED') return { ...(await this.repository.cleanOrphans(id, null)), needs: 0 };
    // The needs it was suggested to get a free slot in their top k: fill it.
    const needs = await this.repository.needsMatchedTo(id);
    const result = await this.repository.cleanOrphans(null, id);
    await this.producer.matchNeeds(needs);
    return { ...result, needs: needs.length };
  }

  /**
   * A link that introduction paths run through was added or removed: re-match the open needs whose
   * paths it may change (their regions' boosts are unaffected), at most NETWORK_NEEDS of them.
   */
  async networkChanged(nodeIds: readonly string[]): Promise<{ needs: number }> {
    const needs = await this.repository.needsNearNodes(nodeIds, NETWORK_NEEDS);
    if (needs.length === NETWORK_NEEDS) {
      this.logger.warn(
        `Network change around ${nodeIds.join(', ')} reaches ${NETWORK_NEEDS} or more needs; re-matching the first ${NETWORK_NEEDS}`,
      );
    }
    await this.producer.matchNeeds(needs);
    return { needs: needs.length };
  }

  /** Enqueues every open need; the jobs spread over all workers. */
  async rebuild(): Promise<{ needs: number }> {
    const ids = await this.repository.activeNeedIds();
    await this.producer.matchNeeds(ids);
    this.logger.log(`Rebuild: enqueued ${ids.length} needs`);
    return { needs: ids.length };
  }

  /** Finds what was edited after it was matched (an edit made while Redis was down) and enqueues it again. */
  async reconcile(): Promise<{ needs: number; targets: number; orphansKept: number; orphansDeleted: number }> {
    const needs = await this.repository.outOfDate('NEED', RECONCILE_BATCH);
    await this.producer.matchNeeds(needs);
    let targets = 0;
    for (const kind of MATCH_TARGET_KINDS) {
      const ids = await this.repository.outOfDate(kind, RECONCILE_BATCH);
      await this.producer.targetsChanged(kind, ids);
      targets += ids.length;
    }
    const orphans = await this.repository.cleanOrphans(null, null);
    if (needs.length + targets + orphans.kept + orphans.deleted > 0) {
      this.logger.log(
        `Reconcile: ${needs.length} needs and ${targets} targets out of date re-enqueued; orphan matches ${orphans.deleted} deleted, ${orphans.kept} kept as stale`,
      );
    }
    return { needs: needs.length, targets, orphansKept: orphans.kept, orphansDeleted: orphans.deleted };
  }
}
