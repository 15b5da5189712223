import { AnalyzedDocument } from '../analysis/text-analyzer';
import { Bm25Index, queryWeights } from './bm25-index';

/** A deterministic pseudo-random generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Documents over a Zipf-like vocabulary: a few words everywhere, most words rare, some phrases. */
function corpus(size: number, seed: number): { docs: Map<string, AnalyzedDocument>; next: () => Map<string, number> } {
  const rand = random(seed);
  const word = () => `w${Math.floor(Math.pow(rand(), 2.5) * 3000)}`;
  const text = (words: number) => {
    const terms = new Map<string, number>();
    let previous = '';
    for (let i = 0; i < words; i++) {
      const w = word();
      const weight = i < 4 ? 3 : 1;
      terms.set(w, (terms.get(w) ?? 0) + weight);
      if (previous && rand() < 0.5) {
        const phrase = [previous, w].sort().join(' ');
        terms.set(phrase, (terms.get(phrase) ?? 0) + weight);
      }
      previous = w;
    }
    return terms;
  };
  const docs = new Map<string, AnalyzedDocument>();
  for (let i = 0; i < size; i++) {
    const terms = text(10 + Math.floor(rand() * 80));
    let length = 0;
    for (const [term, tf] of terms) if (!term.includes(' ')) length += tf;
    docs.set(`d${i}`, { terms, surfaces: new Map(), length, languages: ['en'] });
  }
  return { docs, next: () => text(5 + Math.floor(rand() * 40)) };
}

describe('Bm25Index phrase early stop', () => {
  it.each([
    ['top 20, no floor', 20, 0],
    ['top 20, min score 0.05', 20, 0.05],
    ['top 1', 1, 0],
    ['top 100, min score 0.1', 100, 0.1],
  ])('returns exactly what an exhaustive search returns (%s)', (_, k, minScore) => {
    const { docs, next } = corpus(3000, 7);
    const pruned = new Bm25Index();
    const exhaustive = new Bm25Index({ pruning: false });
    for (const [id, doc] of docs) {
      pruned.upsert(id, doc);
      exhaustive.upsert(id, doc);
    }
    let nonEmpty = 0;
    for (let q = 0; q < 200; q++) {
      const query = queryWeights(next());
      const withPhrases = q % 2 === 0 ? query : new Map([...query].filter(([term]) => !term.includes(' ')));
      const a = pruned.search(withPhrases, k, minScore);
      const b = exhaustive.search(withPhrases, k, minScore);
      expect(a.map((hit) => hit.id)).toEqual(b.map((hit) => hit.id));
      a.forEach((hit, i) => expect(hit.raw).toBeCloseTo(b[i].raw, 9));
      if (b.length > 0) nonEmpty++;
    }
    // The comparison covered real result lists, not empty ones.
    expect(nonEmpty).toBeGreaterThan(100);
  });

  it('stays exact after documents are replaced and removed', () => {
    const { docs, next } = corpus(1500, 11);
    const pruned = new Bm25Index();
    const exhaustive = new Bm25Index({ pruning: false });
    const ids = [...docs.keys()];
    for (const [id, doc] of docs) {
      pruned.upsert(id, doc);
      exhaustive.upsert(id, doc);
    }
    for (let i = 0; i < 300; i++) {
      pruned.remove(ids[i * 3]);
      exhaustive.remove(ids[i * 3]);
      const replacement = docs.get(ids[i * 3 + 1])!;
      pruned.upsert(ids[i * 3 + 2], replacement);
      exhaustive.upsert(ids[i * 3 + 2], replacement);
    }
    for (let q = 0; q < 100; q++) {
      const query = queryWeights(next());
      expect(pruned.search(query, 20, 0.05).map((hit) => hit.id)).toEqual(
        exhaustive.search(query, 20, 0.05).map((hit) => hit.id),
      );
    }
  });
});
