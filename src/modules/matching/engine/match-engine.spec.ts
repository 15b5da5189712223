import { TextAnalyzer } from '../analysis/text-analyzer';
import { explain } from './explanation';
import { MatchEngine } from './match-engine';
import { applyNetworkBoosts, describePath, LexicalCandidate, NetworkFacts } from './network-boost';

describe('explain', () => {
  it("lists the strongest shared terms in the need's words, with shares summing to 1", () => {
    const terms = explain(
      [
        { term: 'dry', score: 3 },
        { term: 'seawe', score: 1 },
      ],
      new Map([
        ['dry', 'drying'],
        ['seawe', 'seaweed'],
      ]),
    );
    expect(terms).toEqual([
      { term: 'dry', surface: 'drying', share: 0.75 },
      { term: 'seawe', surface: 'seaweed', share: 0.25 },
    ]);
  });

  it('falls back to the term when the need never wrote it, and is empty for no contribution', () => {
    expect(explain([{ term: 'kelp', score: 1 }], new Map())[0].surface).toBe('kelp');
    expect(explain([], new Map())).toEqual([]);
  });

  it('keeps only the top terms', () => {
    const many = Array.from({ length: 20 }, (_, i) => ({ term: `t${i}`, score: i + 1 }));
    const terms = explain(many, new Map(), 3);
    expect(terms.map((t) => t.term)).toEqual(['t19', 't18', 't17']);
  });
});

describe('applyNetworkBoosts', () => {
  const candidate = (targetId: string, lexicalScore: number): LexicalCandidate => ({
    kind: 'SEED',
    targetId,
    lexicalScore,
    explanation: [],
  });
  const path = {
    nodes: [
      { id: 'c', kind: 'Organization', name: 'A1 Foods' },
      { id: 'r', kind: 'Researcher', name: 'Suzuki' },
    ],
    relations: ['MEMBER_OF'],
  };

  it('adds the region and path boosts, re-ranks, caps at 1 and keeps top k', () => {
    const facts = new Map<string, NetworkFacts>([
      ['far', { regionIds: ['B'], path: null }],
      ['near', { regionIds: ['A'], path }],
      ['top', { regionIds: ['A'], path }],
      ['low', { regionIds: ['B'], path: null }],
    ]);
    const ranked = applyNetworkBoosts(
      [candidate('top', 0.98), candidate('far', 0.5), candidate('near', 0.45), candidate('low', 0.1)],
      facts,
      'A',
      { regionBoost: 0.05, pathBoost: 0.03 },
      3,
    );
    expect(ranked.map((s) => s.targetId)).toEqual(['top', 'near', 'far']);
    expect(ranked[0].score).toBe(1);
    expect(ranked[1]).toMatchObject({ score: 0.53, regionBoost: 0.05, pathBoost: 0.03, path });
    expect(ranked[2]).toMatchObject({ score: 0.5, regionBoost: 0, pathBoost: 0, path: null });
  });

  it('drops candidates the graph no longer has, and gives no region boost to a need without a region', () => {
    const ranked = applyNetworkBoosts(
      [candidate('gone', 0.9), candidate('here', 0.2)],
      new Map([['here', { regionIds: ['A'], path: null }]]),
      null,
      { regionBoost: 0.5, pathBoost: 0.5 },
      10,
    );
    expect(ranked).toEqual([expect.objectContaining({ targetId: 'here', score: 0.2, regionBoost: 0 })]);
  });

  it('describes a path in one line', () => {
    expect(describePath(path)).toBe('A1 Foods — MEMBER_OF — Suzuki');
  });
});

describe('MatchEngine', () => {
  let engine: MatchEngine;
  beforeAll(async () => {
    engine = new MatchEngine(await TextAnalyzer.create());
    engine.upsertTarget('SEED', 'seaweed', {
      title: 'Heat-pump drying of seaweed',
      keywords: ['seaweed', 'drying'],
      body: 'Low temperature drying keeps colour.',
    });
    engine.upsertTarget('SEED', 'robot', { title: 'Care robot arm', keywords: ['robotics'], body: 'Lifts patients.' });
    engine.upsertTarget('SEED', 'ja', {
      title: '海藻の低温乾燥',
      keywords: ['海藻', '乾燥'],
      body: '昆布を低温で乾燥する。',
    });
    engine.upsertTarget('EQUIPMENT', 'dryer', {
      title: 'Freeze dryer',
      keywords: ['drying'],
      body: 'Vacuum freeze drying of foods.',
    });
    engine.upsertNeed('need-1', { title: 'Drying seaweed gently', keywords: [], body: 'We dry kombu.' });
    engine.upsertNeed('need-2', { title: 'Robot for elderly care', keywords: [], body: '' });
  });

  it("ranks the seed that answers the need first, per kind, explained in the need's words", () => {
    const need = engine.analyzer.analyze({
      title: 'Seaweed drying at low temperature',
      keywords: [],
      body: 'Our kombu loses colour.',
    });
    const seeds = engine.rank(need, 'SEED', 10, 0);
    expect(seeds[0].targetId).toBe('seaweed');
    expect(seeds.map((s) => s.targetId)).not.toContain('robot');
    expect(seeds[0].lexicalScore).toBeGreaterThan(0);
    expect(seeds[0].lexicalScore).toBeLessThanOrEqual(1);
    expect(seeds[0].explanation.map((t) => t.surface)).toEqual(expect.arrayContaining(['Seaweed', 'drying']));
    expect(engine.rank(need, 'EQUIPMENT', 10, 0).map((c) => c.targetId)).toEqual(['dryer']);
  });

  it('matches Japanese needs to Japanese seeds', () => {
    const need = engine.analyzer.analyze({ title: 'ワカメを低温で乾燥したい', keywords: [], body: '' });
    expect(engine.rank(need, 'SEED', 10, 0)[0].targetId).toBe('ja');
  });

  it('honours the minimum score and k', () => {
    const need = engine.analyzer.analyze({ title: 'Seaweed drying', keywords: [], body: '' });
    expect(engine.rank(need, 'SEED', 1, 0)).toHaveLength(1);
    expect(engine.rank(need, 'SEED', 10, 1.01)).toEqual([]);
  });

  it('finds the needs a changed target may matter to', () => {
    expect(engine.needsAffectedBy({ title: 'New seaweed dryer', keywords: [], body: '' }, 10)).toEqual(['need-1']);
  });

  it('forgets removed documents and does not index texts without terms', () => {
    engine.upsertTarget('SEED', 'emoji', { title: '😀', keywords: [], body: '' });
    expect(engine.size('SEED')).toBe(3);
    engine.removeTarget('SEED', 'robot');
    const need = engine.analyzer.analyze({ title: 'robot arm', keywords: [], body: '' });
    expect(engine.rank(need, 'SEED', 10, 0)).toEqual([]);
    engine.removeNeed('need-1');
    expect(engine.size('NEED')).toBe(1);
  });
});
