import { MATCH_TARGET_KINDS, MatchTargetKind } from './match-target-kind';
import { AnalyzedDocument, DocumentFields, TextAnalyzer } from '../analysis/text-analyzer';
import { Bm25Index, queryWeights } from '../scoring/bm25-index';
import { explain } from './explanation';
import { LexicalCandidate } from './network-boost';

/** Bumped whenever analysis or scoring changes, so stored matches say which engine computed them. */
export const ENGINE_VERSION = 'lexical-bm25f-2';

/**
 * The in-memory side of matching: one inverted index per target kind (seeds, equipment,
 * researcher profiles) and one over needs, which answers "which needs might this changed seed
 * matter to". Pure: it holds no connection; MatchIndexService keeps it in step with the graph.
 */
export class MatchEngine {
  private readonly targets = new Map<MatchTargetKind, Bm25Index>(
    MATCH_TARGET_KINDS.map((kind) => [kind, new Bm25Index()]),
  );
  private readonly needs = new Bm25Index();

  constructor(readonly analyzer: TextAnalyzer) {}

  /** Documents indexed (texts with at least one term). */
  size(kind: MatchTargetKind | 'NEED'): number {
    return kind === 'NEED' ? this.needs.size : this.index(kind).size;
  }

  upsertTarget(kind: MatchTargetKind, id: string, fields: DocumentFields): void {
    const doc = this.analyzer.analyze(fields);
    if (doc.terms.size === 0) this.index(kind).remove(id);
    else this.index(kind).upsert(id, doc);
  }

  removeTarget(kind: MatchTargetKind, id: string): void {
    this.index(kind).remove(id);
  }

  /** Indexes a need's text, and returns its analysis (a job matching the need can reuse it). */
  upsertNeed(id: string, fields: DocumentFields): AnalyzedDocument {
    const doc = this.analyzer.analyze(fields);
    if (doc.terms.size === 0) this.needs.remove(id);
    else this.needs.upsert(id, doc);
    return doc;
  }

  removeNeed(id: string): void {
    this.needs.remove(id);
  }

  /** A need's lexical candidates of one kind, best first, each explained in the need's words. */
  rank(need: AnalyzedDocument, kind: MatchTargetKind, k: number, minScore: number): LexicalCandidate[] {
    // Repeated query words saturate (BM25's k3), as bench:quality measures the ranking.
    return this.index(kind)
      .search(queryWeights(need.terms), k, minScore)
      .map((hit) => ({
        kind,
        targetId: hit.id,
        lexicalScore: round(hit.score),
        explanation: explain(hit.contributions, need.surfaces),
      }));
  }

  /**
   * The needs a changed target may now rank for: those sharing its strongest terms. The needs
   * index is searched with the target as the query, so the cost is the target's posting lists.
   */
  needsAffectedBy(target: DocumentFields, limit: number): string[] {
    const doc = this.analyzer.analyze(target);
    return this.needs.search(doc.terms, limit, 0).map((hit) => hit.id);
  }

  private index(kind: MatchTargetKind): Bm25Index {
    const index = this.targets.get(kind);
    if (!index) throw new Error(`Unknown match target kind ${kind}`);
    return index;
  }
}

const round = (x: number) => Math.round(x * 1_000_000) / 1_000_000;
