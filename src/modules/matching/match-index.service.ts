import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { MATCH_TARGET_KINDS, MatchTargetKind } from './engine/match-target-kind';
import { AnalyzedDocument, TextAnalyzer } from './analysis/text-analyzer';
import { MatchEngine } from './engine/match-engine';
import { MatchingRepository, VersionedText } from './matching.repository';
import { knownKey } from './matching.queries';

type Kind = MatchTargetKind | 'NEED';
const KINDS: readonly Kind[] = [...MATCH_TARGET_KINDS, 'NEED'];

/** How far back each incremental sync looks, so a transaction that committed late is not missed. */
const OVERLAP_MS = 2_000;
/**
 * How often a sync also starts a comparison of every id and version with the graph: it drops what
 * was deleted and re-reads what the incremental syncs missed (a transaction that committed more
 * than OVERLAP_MS after its updatedAt was taken, on a loaded machine). It runs beside the jobs, not
 * in their way: it reads every id of every kind (10,000 seeds: about a second on a loaded 2-core
 * machine), and no job should wait that long for its sync.
 */
export const FULL_CHECK_MS = 30_000;
const YIELD_EVERY = 200;
/**
 * How many of the latest needs taken in keep their analysis: a need's matchNeed job usually runs
 * moments after the sync that took the need in, and need not analyse its text again.
 */
export const ANALYSES_KEPT = 1_000;

/**
 * The worker's copy of every matchable text, kept in step with the graph. The graph is the truth:
 * each job first syncs (texts edited since the last sync, by a range scan of updatedAt), so any
 * number of workers on any number of machines compute from the same texts. A deletion, and an edit
 * the range scan missed, reach the index by the periodic full check; until then a deleted target is
 * only a candidate that the network query does not find, and is never suggested, and a matchNeed job
 * whose need the index holds at an old version finds out when it writes, and reads it from the graph.
 */
@Injectable()
export class MatchIndexService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(MatchIndexService.name);
  private engine?: MatchEngine;
  private readonly seen = new Map<Kind, Map<string, string>>(KINDS.map((k) => [k, new Map()]));
  /** Every need's text as last synced, open or not: a matchNeed job reads its need from here. */
  private readonly needs = new Map<string, VersionedText>();
  /**
   * The versions taken in whose updatedAt is inside the sync's overlap (kind:id to version): each
   * sync names them, so the graph does not send those texts again.
   */
  private readonly recent = new Map<string, { kind: Kind; id: string; updatedAt: string }>();
  /** The analyses of the needs taken in last (at most ANALYSES_KEPT, oldest dropped first), by id. */
  private readonly analyses = new Map<string, { updatedAt: string; doc: AnalyzedDocument }>();
  private watermark: string | null = null;
  private lastFullCheck = 0;
  /** The full check running, if one is. */
  private checking?: Promise<void>;
  /** What was taken in while the full check runs (KIND:id): newer than the ids it read, never forgotten by it. */
  private takenDuringCheck?: Set<string>;
  private running?: Promise<void>;
  private queued?: Promise<void>;

  constructor(private readonly repository: MatchingRepository) {}

  /** The engine, up to date with every write committed before this call. */
  async current(): Promise<MatchEngine> {
    await this.sync();
    return this.engine!;
  }

  /**
   * Single-flight with one follower: a caller arriving while a sync runs waits for the next one,
   * which starts after its arrival and so sees everything committed before it.
   */
  sync(): Promise<void> {
    if (!this.running) {
      this.running = this.syncOnce().finally(() => (this.running = undefined));
      return this.running;
    }
    const next = () => {
      this.queued = undefined;
      return this.sync();
    };
    this.queued ??= this.running.then(next, next);
    return this.queued;
  }

  private async syncOnce(): Promise<void> {
    if (!this.engine) {
      await this.load();
      return;
    }
    // One statement for every text edited since the last sync, but for those held already.
    const { now, changed } = await this.repository.changesSince(this.watermark!, this.knownSince(this.watermark!));
    const fresh = new Map<Kind, VersionedText[]>();
    for (const text of changed) {
      if (this.seen.get(text.kind)!.get(text.id) === text.updatedAt) continue;
      fresh.set(text.kind, [...(fresh.get(text.kind) ?? []), text]);
    }
    for (const [kind, texts] of fresh) await this.apply(kind, texts);
    const watermark = Date.parse(now) - OVERLAP_MS;
    if (Date.now() - this.lastFullCheck > FULL_CHECK_MS && !this.checking) {
      this.fullCheck(watermark).catch((error: Error) =>
        this.logger.warn(
          `Full check failed (${error.message}); the next sync after ${FULL_CHECK_MS / 1000} s tries again`,
        ),
      );
    }
    this.watermark = new Date(watermark).toISOString();
  }

  /** The versions held whose updatedAt is at or after `since`; older ones leave `recent`. */
  private knownSince(since: string): string[] {
    const from = Date.parse(since);
    const known: string[] = [];
    for (const [key, text] of this.recent) {
      if (Date.parse(text.updatedAt) < from) this.recent.delete(key);
      else known.push(knownKey(text.kind, text.id, text.updatedAt));
    }
    return known;
  }

  /** The first load: every text of every kind, page by page. */
  private async load(): Promise<void> {
    const started = Date.now();
    const now = await this.repository.serverTime();
    this.engine = new MatchEngine(await TextAnalyzer.create());
    try {
      for (const kind of KINDS) {
        for await (const page of this.repository.allTexts(kind)) await this.apply(kind, page);
      }
    } catch (error) {
      // A first load cut short (Neo4j lost mid-way) must not leave a partial index behind: with no
      // watermark, the incremental syncs never filled it, and every need was matched against an
      // empty index, i.e. with no suggestions (fault tests). The next job loads from scratch.
      this.engine = undefined;
      for (const seen of this.seen.values()) seen.clear();
      this.recent.clear();
      this.needs.clear();
      this.analyses.clear();
      throw error;
    }
    this.lastFullCheck = Date.now();
    this.watermark = new Date(Date.parse(now) - OVERLAP_MS).toISOString();
    this.logger.log(
      `Index loaded in ${Date.now() - started} ms: ${KINDS.map((k) => `${this.engine!.size(k)} ${k.toLowerCase()}`).join(', ')}`,
    );
  }

  /**
   * A need's text as of the last sync (call current() first), or undefined when the index does not
   * hold it: deleted, or not synced (the caller then asks the graph).
   */
  needText(id: string): VersionedText | undefined {
    return this.needs.get(id);
  }

  /** The analysis of this version of a need, if the index took it in lately; else undefined. */
  needAnalysis(id: string, updatedAt: string): AnalyzedDocument | undefined {
    const kept = this.analyses.get(id);
    return kept?.updatedAt === updatedAt ? kept.doc : undefined;
  }

  /**
   * Compares every id and version of every kind with the graph: forgets what the graph no longer
   * has, and re-reads the texts whose version differs from the one held (edits that the incremental
   * syncs missed, see FULL_CHECK_MS). Versions at or after `before` (ms; the next sync's watermark)
   * are left to that sync: they are new, not missed.
   */
  async fullCheck(before = Number.POSITIVE_INFINITY): Promise<void> {
    // One check at a time: a caller arriving while one runs waits for it, then runs its own.
    while (this.checking) await this.checking.catch(() => undefined);
    this.checking = this.checkOnce(before).finally(() => (this.checking = undefined));
    return this.checking;
  }

  /** A full check still running at shutdown ends before the driver it reads through is closed. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.checking?.catch(() => undefined);
  }

  private async checkOnce(before: number): Promise<void> {
    this.lastFullCheck = Date.now();
    const taken = (this.takenDuringCheck = new Set());
    try {
      for (const kind of KINDS) {
        const versions = await this.repository.allVersions(kind);
        if (!this.engine) return; // a first load failed meanwhile and dropped the index
        const seen = this.seen.get(kind)!;
        // A text taken in by a sync since the check began may be newer than the ids it read.
        for (const id of [...seen.keys()]) if (!versions.has(id) && !taken.has(`${kind}:${id}`)) this.forget(kind, id);
        const missed = [...versions]
          .filter(([id, version]) => seen.get(id) !== version && Date.parse(version) < before)
          .map(([id]) => id);
        if (missed.length === 0) continue;
        await this.apply(kind, await this.repository.textsOf(kind, missed));
        this.logger.warn(
          `Full check: re-read ${missed.length} ${kind.toLowerCase()} text(s) that the incremental sync had not seen`,
        );
      }
    } finally {
      this.takenDuringCheck = undefined;
    }
  }

  /** Takes in a text just read from the graph (newer than the index's copy). */
  async refresh(kind: Kind, text: VersionedText): Promise<void> {
    if (!this.engine) return;
    await this.apply(kind, [text]);
  }

  forget(kind: Kind, id: string): void {
    this.seen.get(kind)!.delete(id);
    this.recent.delete(`${kind}:${id}`);
    if (kind === 'NEED') {
      this.needs.delete(id);
      this.analyses.delete(id);
      this.engine?.removeNeed(id);
    } else this.engine?.removeTarget(kind, id);
  }

  private keepAnalysis(text: VersionedText, doc: AnalyzedDocument): void {
    this.analyses.set(text.id, { updatedAt: text.updatedAt, doc });
    if (this.analyses.size > ANALYSES_KEPT) this.analyses.delete(this.analyses.keys().next().value!);
  }

  /**
   * Analyses and indexes texts, yielding to the event loop every few hundred: a first load of 100k
   * texts takes minutes of CPU, and a loop blocked that long loses BullMQ's job locks (PITFALLS.md).
   */
  private async apply(kind: Kind, texts: VersionedText[]): Promise<void> {
    const engine = this.engine!;
    const seen = this.seen.get(kind)!;
    for (const [i, text] of texts.entries()) {
      if (i > 0 && i % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
      seen.set(text.id, text.updatedAt);
      this.takenDuringCheck?.add(`${kind}:${text.id}`);
      // The first load sets no watermark until it ends; what it took in inside the overlap is only
      // sent once more by the first sync, and skipped here as seen.
      if (this.watermark !== null && Date.parse(text.updatedAt) >= Date.parse(this.watermark)) {
        this.recent.set(`${kind}:${text.id}`, { kind, id: text.id, updatedAt: text.updatedAt });
      }
      if (kind === 'NEED') {
        this.needs.set(text.id, text);
        this.analyses.delete(text.id);
        if (text.active) this.keepAnalysis(text, engine.upsertNeed(text.id, text));
        else engine.removeNeed(text.id);
      } else {
        engine.upsertTarget(kind, text.id, text);
      }
    }
  }
}
