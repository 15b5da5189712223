import { AnalyzedDocument, DocumentFields, isPhrase, TextAnalyzer } from '../analysis/text-analyzer';
import { Bm25Index, queryWeights } from './bm25-index';
import { expandQuery } from './query-expansion';

const SEEDS: Record<string, DocumentFields> = {
  seaweed: {
    title: 'Low-temperature drying of seaweed',
    keywords: ['food processing'],
    body: 'Kombu and wakame are dried at low temperature so that they keep their colour and umami.',
  },
  fish: {
    title: 'Freezing fish without ice crystals',
    keywords: [],
    body: 'A magnetic field keeps ice crystals small when fish is frozen, so the texture survives thawing.',
  },
  sensor: {
    title: 'IoT humidity sensor for warehouses',
    keywords: ['sensor network'],
    body: 'A cheap humidity sensor reports to the cloud; drying rooms and warehouses use it to control air.',
  },
  temperature: {
    title: 'Temperature logging',
    keywords: [],
    body: 'Low cost temperature loggers for cold chains. The drying of paint is not covered. Seaweed farms were not visited.',
  },
  wakame: {
    title: 'ワカメの低温乾燥技術',
    keywords: ['海藻'],
    body: '低温で乾燥させることで色と旨味を保つ。',
  },
  robot: {
    title: '農業用ロボットアーム',
    keywords: [],
    body: 'Vision-guided robot arm for harvesting tomatoes in greenhouses.',
  },
};

describe('Bm25Index', () => {
  let analyzer: TextAnalyzer;
  let docs: Map<string, AnalyzedDocument>;
  let index: Bm25Index;
  const query = (text: string) => queryWeights(analyzer.analyze({ title: '', keywords: [], body: text }).terms);

  beforeAll(async () => {
    analyzer = await TextAnalyzer.create();
    docs = new Map(Object.entries(SEEDS).map(([id, fields]) => [id, analyzer.analyze(fields)]));
  });

  beforeEach(() => {
    index = new Bm25Index();
    for (const [id, doc] of docs) index.upsert(id, doc);
  });

  it('ranks the known-relevant document first, in English, Japanese and mixed text', () => {
    expect(index.search(query('How can we dry seaweed at a low temperature?'), 3)[0].id).toBe('seaweed');
    expect(index.search(query('海藻を低温で乾燥したい'), 3)[0].id).toBe('wakame');
    expect(index.search(query('トマト収穫のrobot arm'), 3)[0].id).toBe('robot');
    expect(index.search(query('humidity sensor in a warehouse'), 3)[0].id).toBe('sensor');
  });

  it('prefers the text that says the words together over one that scatters them', () => {
    const hits = index.search(query('seaweed drying'), 5);
    const ids = hits.map((h) => h.id);
    expect(ids.indexOf('seaweed')).toBeLessThan(ids.indexOf('temperature'));
    expect(hits[0].contributions.some((c) => isPhrase(c.term))).toBe(true);
  });

  it('keeps scores in [0, 1], best first, with contributions that add up to the raw score', () => {
    const hits = index.search(query('low temperature drying of seaweed and fish'), 10);
    expect(hits.length).toBeGreaterThan(2);
    for (const [i, hit] of hits.entries()) {
      expect(hit.score).toBeGreaterThan(0);
      expect(hit.score).toBeLessThanOrEqual(1);
      if (i > 0) expect(hit.score).toBeLessThanOrEqual(hits[i - 1].score);
      const sum = hit.contributions.reduce((total, c) => total + c.score, 0);
      expect(sum).toBeCloseTo(hit.raw, 9);
      for (const [j, c] of hit.contributions.entries())
        if (j > 0) expect(c.score).toBeLessThanOrEqual(hit.contributions[j - 1].score);
    }
  });

  it('scores a document that is the query itself close to 1', () => {
    const self = analyzer.analyze({ title: '', keywords: [], body: 'magnetic freezing of fish' });
    index.upsert('self', self);
    const [top] = index.search(queryWeights(self.terms), 1);
    expect(top.id).toBe('self');
    expect(top.score).toBeGreaterThan(0.5);
  });

  it('explains a match by the shared words and phrases in their written forms', () => {
    const [top] = index.search(query('Drying seaweed'), 1);
    const seaweed = docs.get('seaweed')!;
    const surfaces = top.contributions.map((c) => seaweed.surfaces.get(c.term));
    expect(surfaces).toEqual(expect.arrayContaining(['drying', 'seaweed', 'drying seaweed']));
    expect(surfaces.every((s) => s !== undefined)).toBe(true);
  });

  it('applies k, minScore and exclude', () => {
    const all = index.search(query('low temperature drying'), 10);
    expect(index.search(query('low temperature drying'), 1)).toHaveLength(1);
    expect(index.search(query('low temperature drying'), 10, 0, new Set([all[0].id])).map((h) => h.id)).not.toContain(
      all[0].id,
    );
    const cut = all[1].score;
    expect(index.search(query('low temperature drying'), 10, cut).every((h) => h.score >= cut)).toBe(true);
    expect(index.search(query('zzz unknown'), 10)).toEqual([]);
    expect(index.search(new Map(), 10)).toEqual([]);
  });

  it('removes a document from every posting, and re-adds it cleanly', () => {
    const dfBefore = index.documentFrequency('seawe');
    expect(index.remove('seaweed')).toBe(true);
    expect(index.remove('seaweed')).toBe(false);
    expect(index.has('seaweed')).toBe(false);
    expect(index.size).toBe(docs.size - 1);
    expect(index.documentFrequency('seawe')).toBe(dfBefore - 1);
    expect(index.search(query('seaweed drying'), 10).map((h) => h.id)).not.toContain('seaweed');
    // The freed slot is reused by the next document: nothing of the old one may leak into it.
    index.upsert('other', analyzer.analyze({ title: 'Cheese aging', keywords: [], body: 'Caves keep cheese cool.' }));
    expect(index.search(query('seaweed drying'), 10).map((h) => h.id)).not.toContain('other');
    expect(index.search(query('cheese'), 10)[0].id).toBe('other');
    index.upsert('seaweed', docs.get('seaweed')!);
    expect(index.search(query('seaweed drying'), 10)[0].id).toBe('seaweed');
  });

  it('replaces a document on upsert with the same id', () => {
    index.upsert('fish', analyzer.analyze({ title: 'Cheese aging', keywords: [], body: '' }));
    expect(index.size).toBe(docs.size);
    expect(index.search(query('freezing fish'), 10).map((h) => h.id)).not.toContain('fish');
    expect(index.search(query('cheese'), 1)[0].id).toBe('fish');
  });

  it('is empty again once everything is removed', () => {
    for (const id of docs.keys()) index.remove(id);
    expect(index.size).toBe(0);
    expect(index.search(query('seaweed'), 10)).toEqual([]);
    expect(index.documentFrequency('seawe')).toBe(0);
    expect(index.documentFrequency('dry seawe')).toBe(0);
  });

  it('weighs a word that texts repeat over a filler word of the same rarity', () => {
    const small = new Bm25Index();
    small.upsert('a', analyzer.analyze({ title: 'Kombu', keywords: [], body: 'kombu kombu, also a level' }));
    small.upsert('b', analyzer.analyze({ title: 'Other', keywords: [], body: 'plain text' }));
    expect(small.documentFrequency('kombu')).toBe(small.documentFrequency('level'));
    expect(small.termWeight('kombu')).toBeGreaterThan(small.termWeight('level'));
  });

  it('counts phrase frequencies that never undercount, through the table growing', () => {
    const big = new Bm25Index();
    for (let i = 0; i < 1500; i++) {
      big.upsert(
        `d${i}`,
        analyzer.analyze({ title: '', keywords: [], body: `word${i} filler${i % 7} marker${i} text${i}` }),
      );
    }
    const target = analyzer.analyze({ title: '', keywords: [], body: 'seaweed drying works' });
    expect(target.terms.has('dry seawe')).toBe(true);
    big.upsert('target', target);
    expect(big.documentFrequency('dry seawe')).toBeGreaterThanOrEqual(1);
    expect(big.search(query('seaweed drying'), 1)[0].id).toBe('target');
    for (let i = 0; i < 1500; i++) big.remove(`d${i}`);
    expect(big.documentFrequency('dry seawe')).toBe(1);
  });

  it('saturates a query repeating a word, so one word never outweighs the rest', () => {
    const weights = queryWeights(
      new Map([
        ['a', 1],
        ['b', 3],
      ]),
    );
    expect(weights.get('a')).toBeCloseTo(1, 9);
    expect(weights.get('b')).toBeGreaterThan(1);
    expect(weights.get('b')).toBeLessThan(3);
  });
});

describe('expandQuery', () => {
  let analyzer: TextAnalyzer;
  let index: Bm25Index;
  beforeAll(async () => {
    analyzer = await TextAnalyzer.create();
    index = new Bm25Index();
    for (const [id, fields] of Object.entries(SEEDS)) index.upsert(id, analyzer.analyze(fields));
  });

  it('leaves a short query alone', () => {
    const q = queryWeights(analyzer.analyze({ title: '', keywords: [], body: 'seaweed drying' }).terms);
    expect(expandQuery(index, q)).toBe(q);
  });

  it('adds words of the top documents to a long query, at the original scale', () => {
    const q = queryWeights(analyzer.analyze({ title: '', keywords: [], body: 'seaweed drying' }).terms);
    const expanded = expandQuery(index, q, {
      feedbackDocs: 2,
      expansionTerms: 5,
      originalWeight: 0.7,
      minQueryWords: 1,
    });
    expect(expanded.size).toBeGreaterThan(q.size);
    const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    expect(total(expanded)).toBeCloseTo(total(q), 9);
    expect([...expanded.keys()].filter((t) => !q.has(t)).every((t) => !isPhrase(t))).toBe(true);
  });
});
