import { RecentReads } from './recent-reads';

/** A read whose end the test decides, counting how often it was started. */
function controlledRead() {
  const started: { resolve: (v: number) => void; reject: (e: Error) => void }[] = [];
  const read = () =>
    new Promise<number>((resolve, reject) => {
      started.push({ resolve, reject });
    });
  return { read, started };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('RecentReads', () => {
  let clock = 0;
  const now = () => clock;
  beforeEach(() => (clock = 1_000));

  it('shares a read among the callers of the next maxAgeMs, in flight and after', async () => {
    const reads = new RecentReads<number>(100, now);
    const { read, started } = controlledRead();
    const first = reads.run('k', 1_000, read);
    clock += 10;
    const second = reads.run('k', 1_000, read);
    await tick();
    expect(started).toHaveLength(1);
    started[0].resolve(7);
    await expect(first).resolves.toBe(7);
    await expect(second).resolves.toBe(7);

    clock += 989; // 999 ms after the read started
    await expect(reads.run('k', 1_000, read)).resolves.toBe(7);
    expect(started).toHaveLength(1);
  });

  it('starts a new read once the kept one is maxAgeMs old', async () => {
    const reads = new RecentReads<number>(100, now);
    const { read, started } = controlledRead();
    const first = reads.run('k', 1_000, read);
    await tick();
    started[0].resolve(1);
    await first;
    clock += 1_000;
    const second = reads.run('k', 1_000, read);
    await tick();
    expect(started).toHaveLength(2);
    started[1].resolve(2);
    await expect(second).resolves.toBe(2);
  });

  it('keeps keys apart', async () => {
    const reads = new RecentReads<string>(100, now);
    await expect(reads.run('a', 1_000, async () => 'A')).resolves.toBe('A');
    await expect(reads.run('b', 1_000, async () => 'B')).resolves.toBe('B');
    await expect(reads.run('a', 1_000, async () => 'not read')).resolves.toBe('A');
  });

  it('reads anew after forget(), even within maxAgeMs', async () => {
    const reads = new RecentReads<number>(100, now);
    await reads.run('k', 1_000, async () => 1);
    reads.forget();
    expect(reads.size).toBe(0);
    await expect(reads.run('k', 1_000, async () => 2)).resolves.toBe(2);
  });

  it('does not hand a read still running at forget() to later callers', async () => {
    const reads = new RecentReads<number>(100, now);
    const { read, started } = controlledRead();
    const before = reads.run('k', 1_000, read);
    await tick();
    reads.forget();
    const after = reads.run('k', 1_000, read);
    await tick();
    expect(started).toHaveLength(2);
    started[0].resolve(1);
    started[1].resolve(2);
    await expect(before).resolves.toBe(1);
    await expect(after).resolves.toBe(2);
  });

  it('an old read failing after a newer one started for the same key leaves the newer one kept', async () => {
    const reads = new RecentReads<number>(100, now);
    const { read, started } = controlledRead();
    const old = reads.run('k', 1_000, read);
    await tick();
    clock += 1_000;
    const newer = reads.run('k', 1_000, read);
    await tick();
    started[0].reject(new Error('late failure'));
    await expect(old).rejects.toThrow('late failure');
    started[1].resolve(5);
    await expect(newer).resolves.toBe(5);
    await expect(reads.run('k', 1_000, async () => -1)).resolves.toBe(5);
  });

  it('does not keep a failed read: every caller of it gets the error, the next caller reads again', async () => {
    const reads = new RecentReads<number>(100, now);
    const { read, started } = controlledRead();
    const first = reads.run('k', 1_000, read);
    const second = reads.run('k', 1_000, read);
    await tick();
    started[0].reject(new Error('Neo4j down'));
    await expect(first).rejects.toThrow('Neo4j down');
    await expect(second).rejects.toThrow('Neo4j down');
    expect(reads.size).toBe(0);
    await expect(reads.run('k', 1_000, async () => 3)).resolves.toBe(3);
  });

  it('with maxAgeMs 0 keeps nothing and reads every time', async () => {
    const reads = new RecentReads<number>(100, now);
    let n = 0;
    await expect(reads.run('k', 0, async () => ++n)).resolves.toBe(1);
    await expect(reads.run('k', 0, async () => ++n)).resolves.toBe(2);
    expect(reads.size).toBe(0);
  });

  it('drops answers past their age and holds at most maxEntries', async () => {
    const reads = new RecentReads<number>(3, now);
    for (let i = 0; i < 5; i++) await reads.run(`k${i}`, 1_000, async () => i);
    expect(reads.size).toBe(3);
    // The newest three are kept, the oldest two were dropped.
    await expect(reads.run('k4', 1_000, async () => -1)).resolves.toBe(4);
    await expect(reads.run('k0', 1_000, async () => -1)).resolves.toBe(-1);

    clock += 1_000;
    await reads.run('fresh', 1_000, async () => 9);
    expect(reads.size).toBe(1);
  });
});
