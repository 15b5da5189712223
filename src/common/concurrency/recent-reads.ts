/**
 * Shares one read's answer among the callers of the next `maxAgeMs` after it started: a caller in
 * that window gets the same answer (still in flight, or done), a later caller starts a new read.
 * So identical reads cost at most one query per key per `maxAgeMs`, and an answer is never older
 * than `maxAgeMs` plus the read's own time. `forget()` drops every answer kept, for the writes this
 * process makes itself: the next caller reads anew. A failed read is not kept.
 *
 * For reads where an answer up to a second old is as good as a fresh one and many callers ask the
 * same at once (a coordinator's region list under load); where each caller must see everything
 * committed before it asked, use FreshSingleFlight.
 */
export class RecentReads<T> {
  private readonly entries = new Map<string, { startedAt: number; value: Promise<T> }>();

  constructor(
    private readonly maxEntries = 1_000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  run(key: string, maxAgeMs: number, read: () => Promise<T>): Promise<T> {
    if (maxAgeMs <= 0) return read();
    const now = this.now();
    const kept = this.entries.get(key);
    if (kept && now - kept.startedAt < maxAgeMs) return kept.value;

    const entry = { startedAt: now, value: Promise.resolve().then(read) };
    entry.value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    // Re-inserted, so the map stays in the order the reads started: the oldest come first.
    this.entries.delete(key);
    this.entries.set(key, entry);
    for (const [oldKey, old] of this.entries) {
      if (now - old.startedAt < maxAgeMs && this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldKey);
    }
    return entry.value;
  }

  /** Drops every kept answer: the next caller of any key reads anew. */
  forget(): void {
    this.entries.clear();
  }

  /** Answers kept (for tests and diagnostics). */
  get size(): number {
    return this.entries.size;
  }
}
