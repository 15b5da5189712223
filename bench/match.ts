/**
 * npm run bench:match -- [--sizes 10000,100000] [--million] [--json] [--no-neo4j] [--no-baseline]
 *                        [--needs 10000] [--budget-s 60] [--min-needs 200] [--compare-budget-s 30]
 *                        [--baseline-needs N] [--neo4j-needs 1000] [--rebuild-workers 2] [--no-worker-memory]
 *
 * Speed and memory of the matching engine (TextAnalyzer + Bm25Index) on a synthetic collection of
 * seeds and needs, beside a naive TfIdf that scores every document (natural) and a Neo4j
 * full-text (Lucene) index over the same analysed terms. Sizes are prefixes of one deterministic
 * collection, so the index is built once and extended from one size to the next.
 * Progress goes to stderr; the report to stdout, and with --json the figures as its last line.
 *
 * Time budgets keep a run bounded whatever the engine's speed: the engine matches --needs needs
 * (each timed; together they are the "rebuild" figure) but stops after --budget-s once
 * --min-needs ran, and the rebuild total is then extrapolated and marked as an estimate; the
 * baseline and Neo4j stop after --compare-budget-s (with at least 5 and 200 needs).
 * The rebuild is also run as the service runs it, spread over --rebuild-workers workers (worker
 * threads here, worker processes in production), each with its own index: its wall time is the
 * rebuild figure the target is checked against; 0 skips it.
 * The memory target is checked against a worker's index loaded in a process of its own
 * (bench/support/worker-memory.ts, after each size's timings); --no-worker-memory skips it.
 * More heap for large sizes: node --max-old-space-size=N --expose-gc -r ts-node/register/transpile-only bench/match.ts
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { TextAnalyzer } from '../src/modules/matching/analysis/text-analyzer';
import { Bm25Index } from '../src/modules/matching/scoring/bm25-index';
import { NaiveTfIdf } from './support/naive-tfidf';
import type { RebuildWorkerData, RebuildWorkerMessage } from './support/rebuild-worker';
import { Neo4jFullText } from './support/neo4j-fulltext';
import { evaluateTargets, formatReport, mib, SizeFigures } from './support/report';
import { SyntheticCorpus, SyntheticText } from './support/synthetic-corpus';
import { TermStore } from './support/term-store';
import type { WorkerMemory } from './support/worker-memory';
import { collectGarbage, cpuMsSince, GcMeter, msSince, overlap, round, summarise } from './support/timing';

const K = 20;
const MIN_SCORE = 0.05;
const WARM_UP_NEEDS = 50;
// The JVM needs more queries than V8 before its timings settle.
const NEO4J_WARM_UP_NEEDS = 200;
// Needs for warming up are drawn far past the timed ones, so no timed need is seen twice.
const WARM_UP_BASE = 5_000_000;
// Top-20 lists of the engine kept for comparing rankers (the baseline and Neo4j time the first needs).
const COMPARED_NEEDS = 1_000;

interface Options {
  sizes: number[];
  json: boolean;
  neo4j: boolean;
  baseline: boolean;
  needs: number;
  budgetMs: number;
  minNeeds: number;
  compareBudgetMs: number;
  baselineNeeds?: number;
  neo4jNeeds: number;
  rebuildWorkers: number;
  workerMemory: boolean;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const count = (name: string, fallback: number) => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const parsed = Number(raw.replace(/_/g, ''));
    if (!Number.isInteger(parsed) || parsed <= 0)
      throw new Error(`--${name} must be a positive whole number, got "${raw}"`);
    return parsed;
  };
  const sizes = (value('sizes') ?? '10000,100000').split(',').map((s) => {
    const size = Number(s.trim().replace(/_/g, ''));
    if (!Number.isInteger(size) || size <= 0)
      throw new Error(`--sizes takes whole numbers separated by commas, got "${s}"`);
    return size;
  });
  if (argv.includes('--million')) sizes.push(1_000_000);
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    json: argv.includes('--json'),
    neo4j: !argv.includes('--no-neo4j'),
    baseline: !argv.includes('--no-baseline'),
    needs: count('needs', 10_000),
    budgetMs: count('budget-s', 60) * 1000,
    minNeeds: count('min-needs', 200),
    compareBudgetMs: count('compare-budget-s', 30) * 1000,
    rebuildWorkers: value('rebuild-workers') === '0' ? 0 : count('rebuild-workers', 2),
    baselineNeeds: value('baseline-needs') === undefined ? undefined : count('baseline-needs', 20),
    neo4jNeeds: count('neo4j-needs', 1_000),
    workerMemory: !argv.includes('--no-worker-memory'),
  };
}

const corpus = new SyntheticCorpus();
const needText = (i: number): SyntheticText => corpus.needText(i);

const log = (line: string) => console.error(`[bench:match ${new Date().toISOString().slice(11, 19)}] ${line}`);

/** Short hash of the engine's source, so figures can be tied to the code they measured. */
function engineFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of [
    'analysis/text-analyzer.ts',
    'analysis/english.ts',
    'analysis/japanese.ts',
    'scoring/bm25-index.ts',
  ]) {
    hash.update(readFileSync(resolve(__dirname, '../src/modules/matching', file)));
  }
  return hash.digest('hex').slice(0, 12);
}

/**
 * Matches needs 0, 1, ... until `max` ran, or the budget is spent and at least `min` ran. Each
 * need's text is made before its clock starts (in the service it would be read from Neo4j).
 * Returns each need's wall time in ms, and the totals of the timed parts.
 */
async function timeNeeds(
  max: number,
  min: number,
  budgetMs: number,
  work: (need: SyntheticText, index: number) => void | Promise<void>,
): Promise<{ latencies: number[]; wallMs: number; cpuMs: number }> {
  const latencies: number[] = [];
  let cpuMs = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < max; i++) {
    const need = needText(i);
    const cpu = process.cpuUsage();
    const t = process.hrtime.bigint();
    await work(need, i);
    latencies.push(msSince(t));
    cpuMs += cpuMsSince(cpu);
    if (i + 1 >= min && msSince(start) > budgetMs) break;
    if (i % 100 === 99) await yieldToEventLoop();
  }
  const wallMs = latencies.reduce((sum, x) => sum + x, 0);
  return { latencies, wallMs, cpuMs };
}

/**
 * A matching worker's memory with the index of `seeds` seeds, read in a process of its own
 * (bench/support/worker-memory.ts): this process is no worker, and keeps in its resident set what
 * the smaller sizes' baselines and threads used.
 */
function measureWorkerMemory(seeds: number): WorkerMemory {
  const probe = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '-r',
      'ts-node/register/transpile-only',
      join(__dirname, 'support', 'worker-memory.ts'),
      String(seeds),
    ],
    { cwd: resolve(__dirname, '..'), encoding: 'utf8', maxBuffer: 16 * 2 ** 20 },
  );
  const last = probe.stdout.trim().split('\n').pop() ?? '';
  if (probe.status !== 0 || !last.startsWith('{')) {
    throw new Error(
      `worker memory probe failed (exit ${probe.status}): ${probe.stderr.trim().split('\n').slice(-3).join(' ')}`,
    );
  }
  return JSON.parse(last) as WorkerMemory;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  // Read now: the engine's modules were loaded at start, and its files may change during a long run.
  const engineSource = engineFingerprint();
  const runStart = Date.now();
  const loadAtStart = loadavg()[0];
  const analyzer = await TextAnalyzer.create();
  const warmUp = Array.from({ length: WARM_UP_NEEDS }, (_, i) => needText(WARM_UP_BASE + i));

  let neo4j: Neo4jFullText | undefined;
  let neo4jError: string | undefined;
  if (options.neo4j) {
    log('starting a throwaway Neo4j (the first start compiles its launcher with Maven)...');
    try {
      neo4j = await Neo4jFullText.start((line) => log(line));
      log(`Neo4j ready in ${(neo4j.startupMs / 1000).toFixed(1)} s`);
    } catch (error) {
      neo4jError = (error as Error).message.split('\n')[0];
      log(`Neo4j could not start, its comparison is skipped: ${neo4jError}`);
    }
  }

  const storeDir = mkdtempSync(join(tmpdir(), 'musubi-bench-terms-'));
  // Ctrl-C stops the throwaway Neo4j and removes the spilled terms rather than leaving them behind.
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping Neo4j and removing temporary files`);
    rmSync(storeDir, { recursive: true, force: true });
    void (neo4j?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const store = new TermStore(join(storeDir, 'seeds.jsonl'));
  const engine = new Bm25Index();
  const gcExposed = collectGarbage();
  const heapBeforeIndex = process.memoryUsage().heapUsed;
  const build = { analyseMs: 0, upsertMs: 0, totalMs: 0, cpuMs: 0, gcMs: 0 };
  const gcMeter = new GcMeter();
  const figures: SizeFigures[] = [];

  try {
    for (const size of options.sizes) {
      log(`${size.toLocaleString('en-US')} seeds: building the index from ${store.size.toLocaleString('en-US')}...`);
      const cpu = process.cpuUsage();
      const gcBeforeBuild = await gcMeter.settle();
      for (let i = store.size; i < size; i++) {
        const seed = corpus.seedText(i);
        const t0 = process.hrtime.bigint();
        const analysed = analyzer.analyze(seed);
        const t1 = process.hrtime.bigint();
        engine.upsert(seed.id, analysed);
        const t2 = process.hrtime.bigint();
        build.analyseMs += Number(t1 - t0) / 1e6;
        build.upsertMs += Number(t2 - t1) / 1e6;
        store.append(seed.id, analysed.terms, analysed.length);
        if ((i + 1) % 20_000 === 0) log(`  ${(i + 1).toLocaleString('en-US')} seeds indexed`);
        if (i % 1_000 === 999) await yieldToEventLoop();
      }
      store.flush();
      build.cpuMs += cpuMsSince(cpu);
      build.gcMs += (await gcMeter.settle()) - gcBeforeBuild;
      build.totalMs = build.analyseMs + build.upsertMs;
      collectGarbage();
      const memory = process.memoryUsage();

      log(
        `  matching up to ${options.needs.toLocaleString('en-US')} needs with the engine (budget ${options.budgetMs / 1000} s)...`,
      );
      for (const need of warmUp) engine.search(analyzer.analyze(need).terms, K, MIN_SCORE);
      const analyseMs: number[] = [];
      const searchMs: number[] = [];
      const engineTop: string[][] = [];
      let results = 0;
      const gcBeforeRun = await gcMeter.settle();
      const run = await timeNeeds(
        options.needs,
        Math.min(options.minNeeds, options.needs),
        options.budgetMs,
        (need, i) => {
          const t0 = process.hrtime.bigint();
          const query = analyzer.analyze(need).terms;
          const t1 = process.hrtime.bigint();
          const ranked = engine.search(query, K, MIN_SCORE);
          const t2 = process.hrtime.bigint();
          analyseMs.push(Number(t1 - t0) / 1e6);
          searchMs.push(Number(t2 - t1) / 1e6);
          results += ranked.length;
          if (i < COMPARED_NEEDS) engineTop.push(ranked.map((r) => r.id));
        },
      );
      const runGcMs = (await gcMeter.settle()) - gcBeforeRun;
      const latency = summarise(run.latencies);
      const done = run.latencies.length;
      const rebuild = {
        needs: options.needs,
        done,
        ms: round(run.wallMs, 0),
        cpuMs: round(run.cpuMs, 0),
        gcMs: round(runGcMs, 0),
        totalMs: round(done === options.needs ? run.wallMs : (run.wallMs / done) * options.needs, 0),
        extrapolated: done < options.needs,
      };
      log(`  engine p50 ${latency.p50.toFixed(2)} ms, p99 ${latency.p99.toFixed(2)} ms over ${done} needs`);
      let parallelRebuild: SizeFigures['parallelRebuild'] = { skipped: '--rebuild-workers 0' };
      if (options.rebuildWorkers > 0) {
        log(
          `  rebuild on ${options.rebuildWorkers} workers (threads), each building its own index from the analysed seeds...`,
        );
        const run = await rebuildInParallel(store, size, options);
        log(`  ${run.done} needs in ${(run.ms / 1000).toFixed(1)} s on ${options.rebuildWorkers} workers`);
        parallelRebuild = run;
      }

      const sizeFigures: SizeFigures = {
        seeds: size,
        build: {
          analyseMs: round(build.analyseMs, 0),
          upsertMs: round(build.upsertMs, 0),
          totalMs: round(build.totalMs, 0),
          cpuMs: round(build.cpuMs, 0),
          gcMs: round(build.gcMs, 0),
        },
        memory: {
          rssMiB: mib(memory.rss),
          heapUsedMiB: mib(memory.heapUsed),
          heapUsedByIndexMiB: mib(memory.heapUsed - heapBeforeIndex),
          externalMiB: mib(memory.external),
        },
        engine: {
          ...roundSummary(latency),
          analyseP50: round(summarise(analyseMs).p50, 3),
          searchP50: round(summarise(searchMs).p50, 3),
          searchP99: round(summarise(searchMs).p99, 3),
          meanResults: round(results / done, 2),
        },
        rebuild,
        parallelRebuild,
        baseline: { skipped: options.baseline ? 'not run' : '--no-baseline' },
        neo4j: { skipped: neo4jError ? `Neo4j did not start: ${neo4jError}` : '--no-neo4j' },
        workerMemory: { skipped: '--no-worker-memory' },
      };

      if (options.baseline) {
        // Scoring every document costs about the collection size per need: fewer needs at larger sizes.
        const needs = options.baselineNeeds ?? Math.max(5, Math.min(200, Math.round(2_000_000 / size)));
        log(`  naive TfIdf: loading ${size.toLocaleString('en-US')} seeds, timing ${needs} needs...`);
        let naive: NaiveTfIdf | undefined = new NaiveTfIdf();
        const t = process.hrtime.bigint();
        for (const seed of store.read(size)) naive.add(seed);
        const buildMs = msSince(t);
        for (const need of warmUp.slice(0, 2)) naive.search([...analyzer.analyze(need).terms.keys()], K);
        const overlaps: number[] = [];
        const timed = await timeNeeds(needs, Math.min(5, needs), options.compareBudgetMs, (need, i) => {
          const ranked = naive!.search([...analyzer.analyze(need).terms.keys()], K);
          if (i < engineTop.length)
            overlaps.push(
              overlap(
                engineTop[i],
                ranked.map((r) => r.id),
              ),
            );
        });
        naive = undefined;
        collectGarbage();
        const summary = summarise(timed.latencies);
        sizeFigures.baseline = {
          ...roundSummary(summary),
          buildMs: round(buildMs, 0),
          speedup: round(summary.p50 / latency.p50, 1),
          overlapTop20: round(mean(overlaps), 3),
        };
        log(`  naive TfIdf p50 ${summary.p50.toFixed(1)} ms over ${summary.n} needs`);
      }

      if (neo4j) {
        const db = neo4j;
        log(`  Neo4j: loading ${size.toLocaleString('en-US')} seeds and building the full-text index...`);
        const { loadMs, indexMs } = await db.load(size, store.read(size));
        for (let i = 0; i < NEO4J_WARM_UP_NEEDS; i++) {
          await db.search(size, [...analyzer.analyze(needText(WARM_UP_BASE + i)).terms.keys()]);
        }
        log(`  Neo4j: timing up to ${options.neo4jNeeds} needs...`);
        const overlaps: number[] = [];
        const timed = await timeNeeds(
          options.neo4jNeeds,
          Math.min(200, options.neo4jNeeds),
          options.compareBudgetMs,
          async (need, i) => {
            const ranked = await db.search(size, [...analyzer.analyze(need).terms.keys()]);
            if (i < engineTop.length)
              overlaps.push(
                overlap(
                  engineTop[i],
                  ranked.map((r) => r.id),
                ),
              );
          },
        );
        const summary = summarise(timed.latencies);
        sizeFigures.neo4j = {
          ...roundSummary(summary),
          loadMs: round(loadMs, 0),
          indexMs: round(indexMs, 0),
          speedup: round(summary.p50 / latency.p50, 2),
          overlapTop20: round(mean(overlaps), 3),
        };
        log(`  Neo4j p50 ${summary.p50.toFixed(2)} ms over ${summary.n} needs; dropping its data...`);
        await db.drop(size);
      }

      if (options.workerMemory) {
        // Last, so its CPU does not disturb this size's timings.
        log(
          `  worker memory: loading a worker's index of ${size.toLocaleString('en-US')} seeds in a process of its own...`,
        );
        sizeFigures.workerMemory = measureWorkerMemory(size);
        log(
          `  worker RSS ${sizeFigures.workerMemory.rssMiB} MiB after loading in ${(sizeFigures.workerMemory.loadMs / 1000).toFixed(1)} s`,
        );
      }
      figures.push(sizeFigures);
    }
  } finally {
    store.close();
    rmSync(storeDir, { recursive: true, force: true });
    gcMeter.stop();
    if (neo4j) {
      log('stopping Neo4j...');
      await neo4j.stop();
    }
  }

  const targets = evaluateTargets(figures);
  const loadAtEnd = loadavg()[0];
  const wallMs = Date.now() - runStart;
  const languages = { en: 0, ja: 0, mixed: 0 };
  for (let i = 0; i < 2_000; i++) languages[corpus.seedText(i).language]++;
  const header = [
    `Matching engine benchmark: synthetic seeds and needs (${pct(languages.en)} English, ${pct(languages.ja)} Japanese, ${pct(languages.mixed)} mixed), ` +
      `top-${K}, min score ${MIN_SCORE}; engine source ${engineSource}`,
    `machine: ${cpus().length} CPUs, load average ${loadAtStart.toFixed(1)} at start / ${loadAtEnd.toFixed(1)} at end; ` +
      `node ${process.version}; gc ${gcExposed ? 'run before memory readings (--expose-gc)' : 'not exposed: memory readings include garbage'}; wall time ${(wallMs / 1000).toFixed(0)} s`,
  ];
  const notes = [
    'Per-need times are wall times for one need: analysing its text plus ranking (engine: Bm25Index.search, top 20, min score 0.05;',
    'naive: natural TfIdf.tfidfs over every seed, then the top 20; Neo4j: db.index.fulltext.queryNodes over Bolt, whitespace',
    "analyzer over the engine's own terms, OR'd). The engine's latencies are those of the rebuild run's needs, each timed; that",
    `run stops after ${options.budgetMs / 1000} s once ${options.minNeeds} needs ran, and its total is then extrapolated ("est.").`,
    `The naive baseline times 2,000,000 / seeds needs (5 to 200), the baseline and Neo4j stop after ${options.compareBudgetMs / 1000} s.`,
    'The index build includes analysing the seeds. Bench process memory: process.memoryUsage() after the build, before the baseline is',
    "loaded (it keeps what earlier sizes used). Worker memory: a process of its own that loads a worker's index (MatchIndexService)",
    "of the same seeds, after a full GC; its RSS includes kuromoji's dictionary and ts-node. Other processes share the CPUs, so absolute times are noisy.",
  ];
  console.log(formatReport(header, figures, targets, notes));
  if (options.json) {
    console.log(
      JSON.stringify({
        benchmark: 'match',
        engineSource,
        settings: {
          k: K,
          minScore: MIN_SCORE,
          needs: options.needs,
          budgetMs: options.budgetMs,
          minNeeds: options.minNeeds,
          compareBudgetMs: options.compareBudgetMs,
          neo4jNeeds: options.neo4jNeeds,
        },
        corpus: { languagesOfFirst2000Seeds: languages, vocabulary: corpus.vocabularySize },
        machine: {
          cpus: cpus().length,
          loadAverageAtStart: round(loadAtStart),
          loadAverageAtEnd: round(loadAtEnd),
          node: process.version,
          gcExposed,
        },
        sizes: figures,
        targets,
        wallMs,
      }),
    );
  }
}

/**
 * The rebuild as the service runs it: needs spread over several workers, each holding its own
 * index (built here from the spilled terms, so without analysing the seeds again). The clock runs
 * from the moment every worker is ready until the last one is done.
 */
async function rebuildInParallel(
  store: TermStore,
  seeds: number,
  options: Options,
): Promise<Exclude<SizeFigures['parallelRebuild'], { skipped: string }>> {
  const script = resolve(__dirname, 'support/rebuild-worker.ts');
  const workerData: RebuildWorkerData = {
    storePath: store.file,
    seeds,
    k: K,
    minScore: MIN_SCORE,
    warmUpNeeds: WARM_UP_NEEDS,
    warmUpBase: WARM_UP_BASE,
  };
  store.flush();
  const threads = Array.from(
    { length: options.rebuildWorkers },
    () =>
      new Worker(`require('ts-node/register/transpile-only'); require(${JSON.stringify(script)});`, {
        eval: true,
        workerData,
      }),
  );
  const next = (thread: Worker) =>
    new Promise<RebuildWorkerMessage>((resolveMessage, reject) => {
      thread.once('message', resolveMessage);
      thread.once('error', reject);
    });
  try {
    const ready = await Promise.all(threads.map(next));
    const started = performance.now();
    const finished = await Promise.all(
      threads.map((thread, w) => {
        const needs = Array.from({ length: options.needs }, (_, i) => i).filter((i) => i % threads.length === w);
        const answer = next(thread);
        thread.postMessage({ needs, budgetMs: options.budgetMs });
        return answer;
      }),
    );
    const ms = performance.now() - started;
    const latencies = finished.flatMap((m) => (m.type === 'done' ? m.latencies : []));
    const done = latencies.length;
    return {
      workers: threads.length,
      needs: options.needs,
      done,
      ms: round(ms, 0),
      totalMs: round(done === options.needs ? ms : (ms / done) * options.needs, 0),
      extrapolated: done < options.needs,
      indexLoadMs: round(Math.max(...ready.map((m) => (m.type === 'ready' ? m.buildMs : 0))), 0),
      p50: round(summarise(latencies).p50, 3),
    };
  } finally {
    await Promise.all(threads.map((thread) => thread.terminate()));
  }
}

function roundSummary(s: ReturnType<typeof summarise>) {
  return { n: s.n, p50: round(s.p50, 3), p99: round(s.p99, 3), mean: round(s.mean, 3), max: round(s.max, 3) };
}

/** Lets signal handlers run during long synchronous stretches (outside every timed region). */
const yieldToEventLoop = () => new Promise((resolve) => setImmediate(resolve));

const mean = (xs: number[]): number => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : NaN);
const pct = (count: number): string => `${Math.round(count / 20)}%`;

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
