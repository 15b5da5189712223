import { AnalyzedDocument, isPhrase } from '../analysis/text-analyzer';

export interface Bm25Params {
  k1: number;
  b: number;
  /** How much a phrase (two neighbouring words) counts against a word of the same rarity. */
  phraseWeight?: number;
  /**
   * Exponent on a word's burstiness (its weighted occurrences per document that has it). Words a
   * text is about recur and sit in titles; filler words ("level", "increase") occur once where they
   * occur at all. 0 turns it off.
   */
  burstiness?: number;
  /**
   * Whether phrase re-scoring may stop once no remaining candidate can reach the k best. The
   * results are the same either way; false is for checking exactly that.
   */
  pruning?: boolean;
}

/**
 * Tuned on SciFact (docs/benchmarks.md "Match quality"), JSQuAD checked: k1 0.7 saturates repeated words a
 * little sooner than the BEIR reference 0.9, b 0.6 normalises length a little more than 0.4;
 * phrases count 0.3 of a word as rare; burstiness at 0.5 (0.3 to 0.6 measured about the same).
 */
export const DEFAULT_BM25: Required<Bm25Params> = {
  k1: 0.7,
  b: 0.6,
  phraseWeight: 0.3,
  burstiness: 0.5,
  pruning: true,
};

/** BM25's k3: how soon a query's own repeats of a word saturate (1.2 is the textbook value). */
export const QUERY_SATURATION = 1.2;

/**
 * A query's weights from its analysed terms: a word said once weighs 1, repeats (or a title's
 * weight) add less and less. Apply before query expansion, which mixes in small weights of its own.
 */
export function queryWeights(terms: ReadonlyMap<string, number>, k3 = QUERY_SATURATION): Map<string, number> {
  const weights = new Map<string, number>();
  for (const [term, tf] of terms) if (tf > 0) weights.set(term, (tf * (k3 + 1)) / (tf + k3));
  return weights;
}

export interface TermContribution {
  /** A word, or a phrase (two words joined by PHRASE_JOINER). */
  term: string;
  /** This term's part of the raw score. */
  score: number;
}

export interface ScoredDocument {
  id: string;
  /** Raw BM25 score. */
  raw: number;
  /** Raw score over the query's upper bound: in [0, 1]. */
  score: number;
  contributions: TermContribution[];
}

/** One document as indexed: its words (by term id, ascending) and phrases (by hash, ascending). */
interface DocEntry {
  id: string;
  length: number;
  words: Int32Array;
  wordTfs: Float32Array;
  phrases: Uint32Array;
  phraseTfs: Float32Array;
}

/**
 * How many documents a phrase search re-scores (at least; twice k when more are asked for): the
 * best by their words. Phrases weigh a fraction of words, so one further down cannot climb into
 * the results on phrases alone: on SciFact 200 and 5,000 gave the same rankings.
 */
const PHRASE_CANDIDATES = 200;
const MIN_PHRASE_TABLE = 1 << 10;
const MAX_PHRASE_TABLE = 1 << 23;

/**
 * An inverted index with BM25 scoring over weighted term frequencies (BM25F-style: a field's
 * weight multiplies its term counts before saturation). Only documents sharing a word with the
 * query are touched, so a search costs the query words' posting lists, not the collection.
 *
 * Words have posting lists. Phrases are far more numerous (about one distinct phrase per word of
 * text), so they are kept per document as sorted 32-bit hashes, with document frequencies counted
 * in a hashed table (a collision only makes a phrase look a little more common); a search scores
 * phrases on the best documents by their words.
 */
export class Bm25Index {
  private readonly params: Required<Bm25Params>;
  private readonly termIds = new Map<string, number>();
  private readonly termNames: (string | null)[] = [];
  private readonly freeTermIds: number[] = [];
  /** Per term id: the slots of the documents that have it, and its weighted tf in each. */
  private readonly postings: PostingList[] = [];
  /** Per term id: sum of the weighted tf over the documents that have it. */
  private readonly collectionTf: number[] = [];
  private readonly docs: (DocEntry | null)[] = [];
  private readonly freeSlots: number[] = [];
  private readonly slots = new Map<string, number>();
  private phraseDf = new Uint32Array(MIN_PHRASE_TABLE);
  private phrasePostings = 0;
  private totalLength = 0;
  private live = 0;
  /** Document length by slot (kept apart from DocEntry: the scoring loop reads it per posting). */
  private lengths = new Float64Array(64);
  /** Scratch accumulator by slot and the slots it touched, reused across searches (search is synchronous). */
  private acc = new Float64Array(0);
  private touched = new Int32Array(0);

  constructor(params: Partial<Bm25Params> = {}) {
    this.params = { ...DEFAULT_BM25, ...params };
  }

  get size(): number {
    return this.live;
  }

  has(id: string): boolean {
    return this.slots.has(id);
  }

  /** Adds or replaces a document. */
  upsert(id: string, doc: AnalyzedDocument): void {
    if (this.slots.has(id)) this.remove(id);
    const slot = this.freeSlots.pop() ?? this.docs.length;
    const words: [number, number][] = [];
    const phrases = new Map<number, number>();
    for (const [term, tf] of doc.terms) {
      if (!(tf > 0)) continue;
      if (isPhrase(term)) {
        const hash = phraseHash(term);
        phrases.set(hash, (phrases.get(hash) ?? 0) + tf);
      } else {
        words.push([this.termId(term), tf]);
      }
    }
    words.sort((x, y) => x[0] - y[0]);
    const phraseList = [...phrases].sort((x, y) => x[0] - y[0]);
    const entry: DocEntry = {
      id,
      length: doc.length,
      words: Int32Array.from(words, (w) => w[0]),
      wordTfs: Float32Array.from(words, (w) => w[1]),
      phrases: Uint32Array.from(phraseList, (p) => p[0]),
      phraseTfs: Float32Array.from(phraseList, (p) => p[1]),
    };
    this.docs[slot] = entry;
    this.slots.set(id, slot);
    if (slot >= this.lengths.length) {
      const grown = new Float64Array(Math.max(slot + 1, this.lengths.length * 2));
      grown.set(this.lengths);
      this.lengths = grown;
    }
    this.lengths[slot] = doc.length;
    for (let i = 0; i < entry.words.length; i++) {
      const term = entry.words[i];
      this.postings[term].add(slot, entry.wordTfs[i]);
      this.collectionTf[term] += entry.wordTfs[i];
    }
    this.countPhrases(entry, 1);
    this.totalLength += doc.length;
    this.live++;
  }

  remove(id: string): boolean {
    const slot = this.slots.get(id);
    if (slot === undefined) return false;
    const entry = this.docs[slot]!;
    for (let i = 0; i < entry.words.length; i++) {
      const term = entry.words[i];
      const list = this.postings[term];
      list.delete(slot);
      this.collectionTf[term] -= entry.wordTfs[i];
      if (list.size === 0) this.releaseTerm(term);
    }
    this.countPhrases(entry, -1);
    this.totalLength -= entry.length;
    this.docs[slot] = null;
    this.freeSlots.push(slot);
    this.slots.delete(id);
    this.live--;
    return true;
  }

  /** A document's weighted word frequencies, as indexed (phrases are kept only as hashes). */
  documentTerms(id: string): ReadonlyMap<string, number> | undefined {
    const slot = this.slots.get(id);
    if (slot === undefined) return undefined;
    const entry = this.docs[slot]!;
    const terms = new Map<string, number>();
    entry.words.forEach((term, i) => terms.set(this.termNames[term]!, entry.wordTfs[i]));
    return terms;
  }

  /** How many documents have a term (for a phrase, an estimate that errs high). */
  documentFrequency(term: string): number {
    if (isPhrase(term)) return this.phraseDf[phraseHash(term) & (this.phraseDf.length - 1)];
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.postings[id].size;
  }

  /** Robertson-Sparck Jones idf, floored at a small positive value so common terms never subtract. */
  idf(term: string): number {
    return idfOf(this.documentFrequency(term), this.live);
  }

  /**
   * What one occurrence-saturated match of a query term is worth: idf, times burstiness for a
   * word, times the phrase weight for a phrase, times the query's own weight of the term.
   */
  termWeight(term: string, queryWeight = 1): number {
    if (isPhrase(term)) return this.idf(term) * this.params.phraseWeight * queryWeight;
    const id = this.termIds.get(term);
    if (id === undefined) return 0;
    const df = this.postings[id].size;
    const burst = this.params.burstiness
      ? Math.pow(Math.max(1, this.collectionTf[id] / df), this.params.burstiness)
      : 1;
    return idfOf(df, this.live) * burst * queryWeight;
  }

  /**
   * The k best documents for a query, with each one's per-term contributions. Scores are
   * normalised by the query's upper bound (every query term saturated), so 1 means "as good as
   * this query can get" and scores are comparable across queries.
   */
  search(query: Map<string, number>, k: number, minScore = 0, exclude?: Set<string>): ScoredDocument[] {
    if (this.live === 0 || query.size === 0 || k <= 0) return [];
    const { k1, b } = this.params;
    const avgdl = this.totalLength / this.live || 1;
    // tf (k1 + 1) / (tf + k1 (1 - b + b len / avgdl)), with the constant parts taken out of the loop.
    const c1 = k1 * (1 - b);
    const c2 = (k1 * b) / avgdl;
    const norm = (tf: number, slot: number) => (tf * (k1 + 1)) / (tf + c1 + c2 * this.lengths[slot]);

    const words: { term: string; id: number; weight: number }[] = [];
    const phrases: { term: string; hash: number; weight: number }[] = [];
    let upperBound = 0;
    for (const [term, qtf] of query) {
      if (!(qtf > 0)) continue;
      if (isPhrase(term)) {
        const weight = this.termWeight(term, qtf);
        upperBound += weight * (k1 + 1);
        if (weight > 0) phrases.push({ term, hash: phraseHash(term), weight });
      } else {
        const id = this.termIds.get(term);
        // A word no document has still counts in the bound, as the rarest word would.
        upperBound += (id === undefined ? idfOf(0, this.live) * qtf : this.termWeight(term, qtf)) * (k1 + 1);
        if (id !== undefined) words.push({ term, id, weight: this.termWeight(term, qtf) });
      }
    }
    if (words.length === 0) return [];

    const capacity = this.docs.length;
    if (this.acc.length < capacity) {
      this.acc = new Float64Array(Math.max(capacity, this.acc.length * 2));
      this.touched = new Int32Array(this.acc.length);
    }
    const { acc, touched, lengths } = this;
    const threshold = minScore * upperBound;
    // How many documents the words must rank: phrases re-score the best of them.
    const want = phrases.length ? Math.max(2 * k, PHRASE_CANDIDATES) : k;

    let touchedCount = 0;
    for (const { id, weight } of words) {
      const { slots, tfs, size } = this.postings[id];
      const w = weight * (k1 + 1);
      for (let p = 0; p < size; p++) {
        const slot = slots[p];
        const tf = tfs[p];
        const before = acc[slot];
        if (before === 0) touched[touchedCount++] = slot;
        acc[slot] = before + (w * tf) / (tf + c1 + c2 * lengths[slot]);
      }
    }
    const excluded = new Set<number>();
    for (const id of exclude ?? []) {
      const slot = this.slots.get(id);
      if (slot !== undefined) excluded.add(slot);
    }
    // Phrases can only add, so the minScore cut waits until they are in.
    const best = new TopK(want, this.docs);
    for (let i = 0; i < touchedCount; i++) {
      const slot = touched[i];
      const raw = acc[slot];
      acc[slot] = 0;
      if (excluded.has(slot) || (!phrases.length && raw < threshold)) continue;
      best.offer(slot, raw);
    }
    let ranked = best.sorted();
    if (phrases.length) {
      let phraseBound = 0;
      const queryPhrases = new PhraseTable(phrases.length);
      for (const { hash, weight } of phrases) {
        phraseBound += weight * (k1 + 1);
        queryPhrases.add(hash, weight);
      }
      const final = new TopK(k, this.docs);
      for (const candidate of ranked) {
        // Best by words first: once even every phrase could not lift one into the k best, none can.
        if (this.params.pruning && final.full && candidate.raw + phraseBound < final.lowest) break;
        // One pass over the document's phrases against the query's (sequential reads beat a
        // binary search per query phrase: measured 5x on the synthetic corpus).
        const entry = this.docs[candidate.slot]!;
        for (let i = 0; i < entry.phrases.length; i++) {
          const weight = queryPhrases.get(entry.phrases[i]);
          if (weight !== undefined) candidate.raw += weight * norm(entry.phraseTfs[i], candidate.slot);
        }
        if (candidate.raw >= threshold) final.offer(candidate.slot, candidate.raw);
      }
      ranked = final.sorted();
    }
    return ranked.map(({ slot, raw }) => {
      const entry = this.docs[slot]!;
      const contributions: TermContribution[] = [];
      for (const { term, id, weight } of words) {
        const i = indexOfWord(entry.words, id);
        if (i >= 0) contributions.push({ term, score: weight * norm(entry.wordTfs[i], slot) });
      }
      for (const { term, hash, weight } of phrases) {
        const i = indexOfPhrase(entry.phrases, hash);
        if (i >= 0) contributions.push({ term, score: weight * norm(entry.phraseTfs[i], slot) });
      }
      contributions.sort((x, y) => y.score - x.score);
      return { id: entry.id, raw, score: Math.min(1, raw / upperBound), contributions };
    });
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.freeTermIds.pop() ?? this.termNames.length;
      this.termIds.set(term, id);
      this.termNames[id] = term;
      this.postings[id] = new PostingList();
      this.collectionTf[id] = 0;
    }
    return id;
  }

  private releaseTerm(id: number): void {
    this.termIds.delete(this.termNames[id]!);
    this.termNames[id] = null;
    this.collectionTf[id] = 0;
    this.freeTermIds.push(id);
  }

  /** Adds (+1) or takes away (-1) a document's phrases in the frequency table, growing it as needed. */
  private countPhrases(entry: DocEntry, sign: 1 | -1): void {
    this.phrasePostings += sign * entry.phrases.length;
    const table = this.phraseDf;
    if (sign === 1 && this.phrasePostings > 4 * table.length && table.length < MAX_PHRASE_TABLE) {
      // Rebuilt from the documents (this one included), at one to two phrases per slot.
      let size = table.length;
      while (this.phrasePostings > 2 * size && size < MAX_PHRASE_TABLE) size *= 2;
      this.phraseDf = new Uint32Array(size);
      for (const doc of this.docs) if (doc) for (const hash of doc.phrases) this.phraseDf[hash & (size - 1)]++;
      return;
    }
    const mask = table.length - 1;
    for (const hash of entry.phrases) table[hash & mask] += sign;
  }
}

function idfOf(df: number, n: number): number {
  return Math.max(1e-6, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
}

/** FNV-1a over the UTF-16 code units: a phrase's 32-bit key. */
function phraseHash(term: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    hash ^= term.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

// Two copies on purpose: one function over both array types goes megamorphic and runs several
// times slower in the per-candidate loops.
function indexOfWord(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid];
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function indexOfPhrase(sorted: Uint32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid];
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * One word's postings in typed arrays (slot, weighted tf), in insertion order: the scoring loop
 * reads them sequentially without unboxing. Grows by doubling; a removal shifts the tail.
 */
class PostingList {
  slots = new Int32Array(4);
  tfs = new Float32Array(4);
  size = 0;

  add(slot: number, tf: number): void {
    if (this.size === this.slots.length) {
      const slots = new Int32Array(this.size * 2);
      const tfs = new Float32Array(this.size * 2);
      slots.set(this.slots);
      tfs.set(this.tfs);
      this.slots = slots;
      this.tfs = tfs;
    }
    this.slots[this.size] = slot;
    this.tfs[this.size++] = tf;
  }

  delete(slot: number): void {
    const at = this.slots.subarray(0, this.size).indexOf(slot);
    if (at < 0) return;
    this.slots.copyWithin(at, at + 1, this.size);
    this.tfs.copyWithin(at, at + 1, this.size);
    this.size--;
  }
}

/**
 * A query's phrases by hash: open addressing over typed arrays, so a lookup is a few array reads
 * (a Map costs several times more in the per-candidate loop). Hashes that collide in the index
 * share a weight there too, so keeping the last one added is enough.
 */
class PhraseTable {
  private readonly keys: Uint32Array;
  private readonly weights: Float64Array;
  private readonly used: Uint8Array;
  private readonly mask: number;

  constructor(count: number) {
    let size = 8;
    while (size < count * 4) size *= 2;
    this.keys = new Uint32Array(size);
    this.weights = new Float64Array(size);
    this.used = new Uint8Array(size);
    this.mask = size - 1;
  }

  add(hash: number, weight: number): void {
    let i = hash & this.mask;
    while (this.used[i] && this.keys[i] !== hash) i = (i + 1) & this.mask;
    this.used[i] = 1;
    this.keys[i] = hash;
    this.weights[i] += weight;
  }

  get(hash: number): number | undefined {
    let i = hash & this.mask;
    while (this.used[i]) {
      if (this.keys[i] === hash) return this.weights[i];
      i = (i + 1) & this.mask;
    }
    return undefined;
  }
}

/**
 * The k best offers by raw score, ties broken by id: a bounded min-heap (its root is the one to
 * drop), so a search that touches most of the collection never sorts all of it.
 */
class TopK {
  private readonly slots: Int32Array;
  private readonly raws: Float64Array;
  private size = 0;

  constructor(
    private readonly k: number,
    private readonly docs: (DocEntry | null)[],
  ) {
    this.slots = new Int32Array(k);
    this.raws = new Float64Array(k);
  }

  offer(slot: number, raw: number): void {
    if (this.size < this.k) {
      this.slots[this.size] = slot;
      this.raws[this.size] = raw;
      this.up(this.size++);
    } else if (this.below(0, raw, slot)) {
      this.slots[0] = slot;
      this.raws[0] = raw;
      this.down(0);
    }
  }

  /** Whether k offers are held, so a new one must beat the lowest. */
  get full(): boolean {
    return this.size === this.k;
  }

  /** The lowest raw score held (the heap's root). */
  get lowest(): number {
    return this.raws[0];
  }

  /** Best first. */
  sorted(): { slot: number; raw: number }[] {
    const out: { slot: number; raw: number }[] = [];
    for (let i = 0; i < this.size; i++) out.push({ slot: this.slots[i], raw: this.raws[i] });
    return out.sort((x, y) => y.raw - x.raw || this.compareIds(x.slot, y.slot));
  }

  private compareIds(a: number, b: number): number {
    const x = this.docs[a]!.id;
    const y = this.docs[b]!.id;
    return x < y ? -1 : x > y ? 1 : 0;
  }

  /** Whether the entry at heap index i ranks below (raw, slot). */
  private below(i: number, raw: number, slot: number): boolean {
    const r = this.raws[i];
    return r < raw || (r === raw && this.compareIds(this.slots[i], slot) > 0);
  }

  private swap(i: number, j: number): void {
    const slot = this.slots[i];
    const raw = this.raws[i];
    this.slots[i] = this.slots[j];
    this.raws[i] = this.raws[j];
    this.slots[j] = slot;
    this.raws[j] = raw;
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.below(i, this.raws[parent], this.slots[parent])) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.size && this.below(l, this.raws[m], this.slots[m])) m = l;
      if (r < this.size && this.below(r, this.raws[m], this.slots[m])) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }
}
