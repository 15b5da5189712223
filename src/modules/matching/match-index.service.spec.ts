import { MatchTargetKind } from '../../infra/queue/queue.constants';
import { TextAnalyzer } from './analysis/text-analyzer';
import { ANALYSES_KEPT, MatchIndexService } from './match-index.service';
import { MatchingRepository, VersionedText } from './matching.repository';

type Kind = MatchTargetKind | 'NEED';

/**
 * The index's own bookkeeping, over a repository that serves texts from memory (the sync against
 * a real Neo4j is covered by test/integration/matching.test.ts).
 */
class TextsInMemory {
  readonly needs: VersionedText[] = [];
  private clock = Date.parse('2026-11-25T00:00:00Z');

  now(): string {
    return new Date(this.clock).toISOString();
  }

  need(id: string, title: string, active = true): VersionedText {
    this.clock += 10;
    const text = { id, updatedAt: this.now(), title, keywords: [], body: `${title} for our plant`, active };
    const at = this.needs.findIndex((n) => n.id === id);
    if (at >= 0) this.needs[at] = text;
    else this.needs.push(text);
    return text;
  }

  repository(): MatchingRepository {
    return {
      serverTime: async () => this.now(),
      allTexts: async function* (this: TextsInMemory, kind: Kind) {
        if (kind === 'NEED') yield [...this.needs];
      }.bind(this),
      changesSince: async (since: string) => ({
        now: this.now(),
        changed: this.needs.filter((n) => n.updatedAt >= since).map((n) => ({ ...n, kind: 'NEED' as const })),
      }),
      allVersions: async (kind: Kind) => new Map(kind === 'NEED' ? this.needs.map((n) => [n.id, n.updatedAt]) : []),
      textsOf: async (kind: Kind, ids: string[]) => (kind === 'NEED' ? this.needs.filter((n) => ids.includes(n.id)) : []),
    } as unknown as MatchingRepository;
  }
}

describe('MatchIndexService: analyses kept for the jobs that follow a sync', () => {
  let analyzer: TextAnalyzer;

  beforeAll(async () => {
    analyzer = await TextAnalyzer.create();
  });

  const started = async (texts: TextsInMemory) => {
    const index = new MatchIndexService(texts.repository());
    await index.current();
    return index;
  };

  it('keeps the analysis of the version it took in, and of no other version', async () => {
    const texts = new TextsInMemory();
    const index = await started(texts);
    const first = texts.need('n1', 'Drying seaweed at low temperature');
    await index.sync();

    const kept = index.needAnalysis('n1', first.updatedAt);
    expect(kept).toBeDefined();
    expect([...kept!.terms]).toEqual([...analyzer.analyze(first).terms]);

    const edited = texts.need('n1', 'Removing pin bones from fish fillets');
    expect(index.needAnalysis('n1', edited.updatedAt)).toBeUndefined();
    await index.sync();
    expect(index.needAnalysis('n1', first.updatedAt)).toBeUndefined();
    expect([...index.needAnalysis('n1', edited.updatedAt)!.terms]).toEqual([...analyzer.analyze(edited).terms]);
  });

  it('keeps none for a closed need or a forgotten one', async () => {
    const texts = new TextsInMemory();
    const index = await started(texts);
    const closed = texts.need('closed', 'Ice slurry for fresh fish', false);
    const open = texts.need('open', 'Ultrasonic cleaning of fishing nets');
    await index.sync();
    expect(index.needAnalysis('closed', closed.updatedAt)).toBeUndefined();
    expect(index.needAnalysis('open', open.updatedAt)).toBeDefined();
    index.forget('NEED', 'open');
    expect(index.needAnalysis('open', open.updatedAt)).toBeUndefined();
  });

  it(`keeps the latest ${ANALYSES_KEPT} and drops the oldest first`, async () => {
    const texts = new TextsInMemory();
    const index = await started(texts);
    const written = Array.from({ length: ANALYSES_KEPT + 5 }, (_, i) => texts.need(`n${i}`, `Need number ${i} about drying kelp`));
    await index.sync();
    const kept = written.filter((t) => index.needAnalysis(t.id, t.updatedAt) !== undefined).map((t) => t.id);
    expect(kept).toHaveLength(ANALYSES_KEPT);
    expect(kept[0]).toBe('n5');
    expect(kept[kept.length - 1]).toBe(`n${ANALYSES_KEPT + 4}`);
  });
});
