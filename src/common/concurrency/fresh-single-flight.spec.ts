import { FreshSingleFlight } from './fresh-single-flight';

/** A call whose end the test decides. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('FreshSingleFlight', () => {
  it('runs a lone call at once and returns its result', async () => {
    const flight = new FreshSingleFlight<number>();
    await expect(flight.run('k', async () => 7)).resolves.toBe(7);
    expect(flight.size).toBe(0);
  });

  it('never gives a caller a result started before it arrived, and shares the next call among waiters', async () => {
    const flight = new FreshSingleFlight<number>();
    const calls: ReturnType<typeof deferred<number>>[] = [];
    const fn = () => {
      const d = deferred<number>();
      calls.push(d);
      return d.promise;
    };
    const first = flight.run('k', fn);
    await tick();
    const second = flight.run('k', fn);
    const third = flight.run('k', fn);
    await tick();
    expect(calls).toHaveLength(1); // the later two wait: the running call started before they arrived
    calls[0].resolve(1);
    await expect(first).resolves.toBe(1);
    await tick();
    expect(calls).toHaveLength(2); // one call serves both waiters
    calls[1].resolve(2);
    await expect(second).resolves.toBe(2);
    await expect(third).resolves.toBe(2);
    expect(flight.size).toBe(0);
  });

  it('keeps keys apart', async () => {
    const flight = new FreshSingleFlight<string>();
    const a = deferred<string>();
    const pa = flight.run('a', () => a.promise);
    const pb = flight.run('b', async () => 'b');
    await expect(pb).resolves.toBe('b');
    a.resolve('a');
    await expect(pa).resolves.toBe('a');
  });

  it('starts the waiting call even when the running one fails, and passes each failure only to its own callers', async () => {
    const flight = new FreshSingleFlight<number>();
    const first = deferred<number>();
    let n = 0;
    const p1 = flight.run('k', () => (n++ === 0 ? first.promise : Promise.resolve(5)));
    await tick();
    const p2 = flight.run('k', () => Promise.resolve(5));
    first.reject(new Error('Neo4j lost'));
    await expect(p1).rejects.toThrow('Neo4j lost');
    await expect(p2).resolves.toBe(5);
  });

  it('turns a synchronous throw into a rejection', async () => {
    const flight = new FreshSingleFlight<number>();
    await expect(
      flight.run('k', () => {
        throw new Error('bad');
      }),
    ).rejects.toThrow('bad');
    expect(flight.size).toBe(0);
  });
});
