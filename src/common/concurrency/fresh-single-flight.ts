/**
 * Runs at most one call per key at a time and shares its result with the callers that arrive while
 * it is waiting to start, but never hands a caller a result computed before that caller arrived:
 * a caller arriving while a call runs waits for the next call, which starts after the running one
 * ends and so sees everything committed before the caller arrived. Many identical concurrent
 * requests then cost at most two executions in flight, and each still reads fresh data.
 */
export class FreshSingleFlight<T> {
  private readonly running = new Map<string, Promise<T>>();
  private readonly queued = new Map<string, Promise<T>>();

  run(key: string, fn: () => Promise<T>): Promise<T> {
    const current = this.running.get(key);
    if (!current) return this.start(key, fn);
    let next = this.queued.get(key);
    if (!next) {
      const startNext = () => {
        this.queued.delete(key);
        return this.start(key, fn);
      };
      next = current.then(startNext, startNext);
      this.queued.set(key, next);
    }
    return next;
  }

  /** Keys with a call running or waiting (for tests and diagnostics). */
  get size(): number {
    return new Set([...this.running.keys(), ...this.queued.keys()]).size;
  }

  private start(key: string, fn: () => Promise<T>): Promise<T> {
    const call = Promise.resolve()
      .then(fn)
      .finally(() => {
        if (this.running.get(key) === call) this.running.delete(key);
      });
    this.running.set(key, call);
    return call;
  }
}
