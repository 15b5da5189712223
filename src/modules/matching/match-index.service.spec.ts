import { MatchTargetKind } from './engine/match-target-kind';
import { TextAnalyzer } from './analysis/text-analyzer';
import { ANALYSES_KEPT, FULL_CHECK_MS, MatchIndexService } from './match-index.service';
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

  /** While set, allVersions('NEED') answers only once it resolves, with the ids read before. */
  hold?: Promise<void>;
  /** How many times the need ids were read. */
  versionsRead = 0;

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
      allVersions: async (kind: Kind) => {
        if (kind !== 'NEED') return new Map();
        const versions = new Map(this.needs.map((n) => [n.id, n.updatedAt]));
        this.versionsRead++;
        await this.hold; // the ids are read; the answer is held
        return versions;
      },
      textsOf: async (kind: Kind, ids: string[]) =>
        kind === 'NEED' ? this.needs.filter((n) => ids.includes(n.id)) : [],
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
    const written = Array.from({ length: ANALYSES_KEPT + 5 }, (_, i) =>
      texts.need(`n${i}`, `Need number ${i} about drying kelp`),
    );
    await index.sync();
    const kept = written.filter((t) => index.needAnalysis(t.id, t.updatedAt) !== undefined).map((t) => t.id);
    expect(kept).toHaveLength(ANALYSES_KEPT);
    expect(kept[0]).toBe('n5');
    expect(kept[kept.length - 1]).toBe(`n${ANALYSES_KEPT + 4}`);
  });
});

describe('MatchIndexService: the periodic full check runs beside the jobs', () => {
  afterEach(() => jest.restoreAllMocks());

  /** Moves the clock past the next full check's due time. */
  const fullCheckDue = () => {
    const later = Date.now() + FULL_CHECK_MS + 1_000;
    jest.spyOn(Date, 'now').mockReturnValue(later);
  };

  const held = (texts: TextsInMemory) => {
    let release!: () => void;
    texts.hold = new Promise<void>((resolve) => (release = resolve));
    return () => {
      texts.hold = undefined;
      release();
    };
  };

  it("does not hold up a job's sync, and forgets a deleted text once it has read every id", async () => {
    const texts = new TextsInMemory();
    texts.need('kept', 'Heat pump drying of kelp');
    texts.need('deleted', 'Robot arm for lifting patients');
    const index = new MatchIndexService(texts.repository());
    await index.current();
    texts.needs.splice(
      texts.needs.findIndex((n) => n.id === 'deleted'),
      1,
    );

    fullCheckDue();
    const release = held(texts);
    await index.sync(); // resolves although the full check it started waits for its ids
    while (texts.versionsRead === 0) await new Promise((resolve) => setImmediate(resolve));
    expect(index.needText('deleted')).toBeDefined();

    release();
    await index.beforeApplicationShutdown(); // waits for the running check
    expect(index.needText('deleted')).toBeUndefined();
    expect(index.needText('kept')).toBeDefined();
  });

  it('never forgets a text a sync took in while it ran (newer than the ids it read)', async () => {
    const texts = new TextsInMemory();
    const index = new MatchIndexService(texts.repository());
    await index.current();

    fullCheckDue();
    const release = held(texts);
    await index.sync(); // starts the check, which reads the need ids (none) and waits
    while (texts.versionsRead === 0) await new Promise((resolve) => setImmediate(resolve));
    const late = texts.need('late', 'Ice slurry for fresh fish');
    await index.sync(); // takes the new need in while the check waits
    expect(index.needText('late')?.updatedAt).toBe(late.updatedAt);

    release();
    await index.beforeApplicationShutdown();
    expect(index.needText('late')?.updatedAt).toBe(late.updatedAt);
  });
});
