import { LatencySummary } from './timing';
import type { WorkerMemory } from './worker-memory';

export interface SizeFigures {
  seeds: number;
  build: { analyseMs: number; upsertMs: number; totalMs: number; cpuMs: number; gcMs: number };
  memory: { rssMiB: number; heapUsedMiB: number; heapUsedByIndexMiB: number; externalMiB: number };
  engine: LatencySummary & { analyseP50: number; searchP50: number; searchP99: number; meanResults: number };
  rebuild: {
    needs: number;
    done: number;
    ms: number;
    cpuMs: number;
    gcMs: number;
    /** Wall time for all `needs`: measured, or extrapolated from `done` when the budget stopped the run. */
    totalMs: number;
    extrapolated: boolean;
  };
  /** The same rebuild spread over several workers, each with its own index (see bench/match.ts). */
  parallelRebuild:
    | {
        workers: number;
        needs: number;
        done: number;
        ms: number;
        totalMs: number;
        extrapolated: boolean;
        indexLoadMs: number;
        p50: number;
      }
    | { skipped: string };
  baseline: (LatencySummary & { buildMs: number; speedup: number; overlapTop20: number }) | { skipped: string };
  neo4j:
    (LatencySummary & { loadMs: number; indexMs: number; speedup: number; overlapTop20: number }) | { skipped: string };
  /** A worker's index of these seeds, loaded in a process of its own: what the memory target is about. */
  workerMemory: WorkerMemory | { skipped: string };
}

export interface Target {
  name: string;
  target: string;
  measured: string;
  met: boolean | null;
}

const MIB = 1024 * 1024;
export const mib = (bytes: number): number => Math.round(bytes / MIB);

const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const secs = (x: number): string => `${(x / 1000).toFixed(1)} s`;
const n = (x: number): string => x.toLocaleString('en-US');
const times = (x: number): string => (x >= 10 ? `${x.toFixed(0)}x` : x >= 1 ? `${x.toFixed(1)}x` : `${x.toFixed(2)}x`);

/**
 * The rebuild target is checked against the rebuild as the service runs it (over its workers)
 * when that was measured, else against one worker's.
 */
function rebuildTarget(at: SizeFigures): Target {
  const parallel = 'workers' in at.parallelRebuild ? at.parallelRebuild : undefined;
  const run = parallel ?? at.rebuild;
  const seconds = run.totalMs / 1000;
  const where = parallel ? ` on ${parallel.workers} workers` : ' on 1 worker';
  return {
    name: `rebuild: match ${n(run.needs)} needs${where}`,
    target: '<= 60 s',
    measured: run.extrapolated
      ? `~${seconds.toFixed(0)} s (est. from ${n(run.done)} needs)`
      : `${seconds.toFixed(1)} s`,
    // A run stopped by its budget took longer than the budget; the estimate only says by how much.
    met: seconds <= 60 && !(run.extrapolated && run.ms > 60_000),
  };
}

/** The targets hold at 100,000 seeds; without that size they are reported as not measured. */
export function evaluateTargets(sizes: SizeFigures[]): Target[] {
  const at = sizes.find((s) => s.seeds === 100_000);
  const none = (name: string, target: string): Target => ({
    name,
    target,
    measured: 'not measured (no 100k run)',
    met: null,
  });
  if (!at) {
    return [
      none('p50 per need', '<= 20 ms'),
      none('p99 per need', '<= 50 ms'),
      none('speed-up over naive TfIdf (p50)', '>= 50x'),
      none('worker memory (RSS, index loaded)', '<= 1 GB'),
      none('rebuild: match 10,000 needs', '<= 60 s'),
    ];
  }
  const baseline = 'speedup' in at.baseline ? at.baseline : undefined;
  return [
    { name: 'p50 per need', target: '<= 20 ms', measured: `${ms(at.engine.p50)} ms`, met: at.engine.p50 <= 20 },
    { name: 'p99 per need', target: '<= 50 ms', measured: `${ms(at.engine.p99)} ms`, met: at.engine.p99 <= 50 },
    baseline
      ? {
          name: 'speed-up over naive TfIdf (p50)',
          target: '>= 50x',
          measured: times(baseline.speedup),
          met: baseline.speedup >= 50,
        }
      : none('speed-up over naive TfIdf (p50)', '>= 50x'),
    'rssMiB' in at.workerMemory
      ? {
          name: 'worker memory (RSS, index loaded)',
          target: '<= 1 GB',
          measured: `${n(at.workerMemory.rssMiB)} MiB`,
          met: at.workerMemory.rssMiB <= 1024,
        }
      : {
          name: 'worker memory (RSS, index loaded)',
          target: '<= 1 GB',
          measured: `not measured (${at.workerMemory.skipped})`,
          met: null,
        },
    rebuildTarget(at),
  ];
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   '))
    .join('\n');
}

export function formatReport(header: string[], sizes: SizeFigures[], targets: Target[], notes: string[]): string {
  const row = (label: string, f: (s: SizeFigures) => string) => [label, ...sizes.map(f)];
  const base = (s: SizeFigures) => ('speedup' in s.baseline ? s.baseline : undefined);
  const neo = (s: SizeFigures) => ('speedup' in s.neo4j ? s.neo4j : undefined);
  const skipped = (x: { skipped: string } | object) => ('skipped' in x ? `skipped` : '');
  const rows: string[][] = [
    ['', ...sizes.map((s) => `${n(s.seeds)} seeds`)],
    row('index build (analyse + upsert)', (s) => secs(s.build.totalMs)),
    row('  analyse seeds / upsert', (s) => `${secs(s.build.analyseMs)} / ${secs(s.build.upsertMs)}`),
    row('  CPU time / of which gc', (s) => `${secs(s.build.cpuMs)} / ${secs(s.build.gcMs)}`),
    row('bench process after build: RSS / heap used', (s) => `${n(s.memory.rssMiB)} / ${n(s.memory.heapUsedMiB)} MiB`),
    row('  heap held by the index (delta)', (s) => `${n(s.memory.heapUsedByIndexMiB)} MiB`),
    row('WORKER process, index loaded: RSS / heap', (s) =>
      'rssMiB' in s.workerMemory
        ? `${n(s.workerMemory.rssMiB)} / ${n(s.workerMemory.heapUsedMiB)} MiB`
        : s.workerMemory.skipped,
    ),
    row('  array buffers / load time', (s) =>
      'rssMiB' in s.workerMemory ? `${n(s.workerMemory.arrayBuffersMiB)} MiB / ${secs(s.workerMemory.loadMs)}` : '',
    ),
    row('ENGINE match one need p50 / p99 (ms)', (s) => `${ms(s.engine.p50)} / ${ms(s.engine.p99)}`),
    row('  needs timed', (s) => n(s.engine.n)),
    row('  analyse need p50 / search p50 (ms)', (s) => `${ms(s.engine.analyseP50)} / ${ms(s.engine.searchP50)}`),
    row('  search p99 / mean results', (s) => `${ms(s.engine.searchP99)} ms / ${s.engine.meanResults.toFixed(1)}`),
    row('rebuild: analyse + rank needs, 1 worker', (s) =>
      s.rebuild.extrapolated ? `~${secs(s.rebuild.totalMs)} (est.)` : secs(s.rebuild.totalMs),
    ),
    row('  needs run / asked', (s) => `${n(s.rebuild.done)} / ${n(s.rebuild.needs)}`),
    row(
      '  wall / CPU / gc for those needs',
      (s) => `${secs(s.rebuild.ms)} / ${secs(s.rebuild.cpuMs)} / ${secs(s.rebuild.gcMs)}`,
    ),
    row('rebuild on N workers (threads)', (s) =>
      'workers' in s.parallelRebuild
        ? `${s.parallelRebuild.extrapolated ? '~' : ''}${secs(s.parallelRebuild.totalMs)}${s.parallelRebuild.extrapolated ? ' (est.)' : ''} on ${s.parallelRebuild.workers}`
        : s.parallelRebuild.skipped,
    ),
    row('  needs run / index load per worker', (s) =>
      'workers' in s.parallelRebuild ? `${n(s.parallelRebuild.done)} / ${secs(s.parallelRebuild.indexLoadMs)}` : '',
    ),
    row('NAIVE TfIdf (natural) p50 / p99 (ms)', (s) =>
      base(s) ? `${ms(base(s)!.p50)} / ${ms(base(s)!.p99)}` : skipped(s.baseline),
    ),
    row('  needs timed / TfIdf build', (s) => (base(s) ? `${base(s)!.n} / ${secs(base(s)!.buildMs)}` : '')),
    row('  engine speed-up (p50)', (s) => (base(s) ? times(base(s)!.speedup) : '')),
    row('  top-20 overlap with engine', (s) => (base(s) ? `${(base(s)!.overlapTop20 * 100).toFixed(0)}%` : '')),
    row('NEO4J full-text p50 / p99 (ms)', (s) =>
      neo(s) ? `${ms(neo(s)!.p50)} / ${ms(neo(s)!.p99)}` : skipped(s.neo4j),
    ),
    row('  needs timed / load / index', (s) =>
      neo(s) ? `${n(neo(s)!.n)} / ${secs(neo(s)!.loadMs)} / ${secs(neo(s)!.indexMs)}` : '',
    ),
    row('  engine speed-up (p50; below 1: slower)', (s) => (neo(s) ? times(neo(s)!.speedup) : '')),
    row('  top-20 overlap with engine', (s) => (neo(s) ? `${(neo(s)!.overlapTop20 * 100).toFixed(0)}%` : '')),
  ];
  const targetRows = [
    ['Targets at 100,000 seeds', 'target', 'measured', ''],
    ...targets.map((t) => [`  ${t.name}`, t.target, t.measured, t.met === null ? '-' : t.met ? 'met' : 'NOT MET']),
  ];
  return [...header, '', table(rows), '', table(targetRows), '', ...notes].join('\n');
}
