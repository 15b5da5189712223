import { PerformanceObserver } from 'node:perf_hooks';

/** Milliseconds since `start` (a process.hrtime.bigint() reading). */
export function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** CPU time (user + system) of this process in ms since `start`: less sensitive to other load than wall time. */
export function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

export interface LatencySummary {
  n: number;
  p50: number;
  p99: number;
  mean: number;
  max: number;
}

/** Nearest-rank percentiles of latencies in ms. */
export function summarise(samples: number[]): LatencySummary {
  if (samples.length === 0) return { n: 0, p50: NaN, p99: NaN, mean: NaN, max: NaN };
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  return {
    n: sorted.length,
    p50: rank(0.5),
    p99: rank(0.99),
    mean: sorted.reduce((s, x) => s + x, 0) / sorted.length,
    max: sorted[sorted.length - 1],
  };
}

/** Runs gc() when the process was started with --expose-gc, twice so finalisers settle. */
export function collectGarbage(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return false;
  gc();
  gc();
  return true;
}

export const round = (x: number, digits = 2): number => (Number.isFinite(x) ? Number(x.toFixed(digits)) : x);

/** Fraction of `a`'s ids also in `b` (top-k agreement between two rankers). */
export function overlap(a: string[], b: string[]): number {
  if (a.length === 0) return b.length === 0 ? 1 : 0;
  const other = new Set(b);
  return a.filter((id) => other.has(id)).length / a.length;
}

/**
 * Time spent in garbage collection, from the runtime's gc performance entries. Entries arrive
 * asynchronously: read after yielding to the event loop (settle()).
 */
export class GcMeter {
  private totalMs = 0;
  private readonly observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) this.totalMs += entry.duration;
  });

  constructor() {
    this.observer.observe({ entryTypes: ['gc'] });
  }

  /** Milliseconds of gc so far, once pending entries are delivered. */
  async settle(): Promise<number> {
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setTimeout(resolve, 10));
    return this.totalMs;
  }

  stop(): void {
    this.observer.disconnect();
  }
}
