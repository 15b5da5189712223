/**
 * One matching worker of bench:match's parallel rebuild, in a worker thread: it builds its own
 * index from the spilled seed terms (as each worker process holds its own index in production),
 * says ready, then analyses and ranks the needs it is sent, and reports each need's time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { TextAnalyzer } from '../../src/modules/matching/analysis/text-analyzer';
import { Bm25Index } from '../../src/modules/matching/scoring/bm25-index';
import { SyntheticCorpus } from './synthetic-corpus';
import { TermStore } from './term-store';

export interface RebuildWorkerData {
  storePath: string;
  seeds: number;
  k: number;
  minScore: number;
  warmUpNeeds: number;
  warmUpBase: number;
}

export type RebuildWorkerMessage =
  { type: 'ready'; buildMs: number } | { type: 'done'; latencies: number[]; results: number };

async function run(): Promise<void> {
  const data = workerData as RebuildWorkerData;
  const port = parentPort!;
  const started = performance.now();
  const analyzer = await TextAnalyzer.create();
  const index = new Bm25Index();
  for (const seed of TermStore.readFile(data.storePath, data.seeds)) {
    index.upsert(seed.id, { terms: new Map(seed.terms), surfaces: new Map(), length: seed.length, languages: [] });
  }
  const corpus = new SyntheticCorpus();
  // Warmed up as the single-worker run is, on needs far past the timed ones.
  for (let i = 0; i < data.warmUpNeeds; i++)
    index.search(analyzer.analyze(corpus.needText(data.warmUpBase + i)).terms, data.k, data.minScore);
  port.postMessage({ type: 'ready', buildMs: performance.now() - started } satisfies RebuildWorkerMessage);
  port.on('message', (message: { needs: number[]; budgetMs: number }) => {
    const latencies: number[] = [];
    let results = 0;
    const begin = performance.now();
    for (const i of message.needs) {
      const need = corpus.needText(i);
      const t = performance.now();
      results += index.search(analyzer.analyze(need).terms, data.k, data.minScore).length;
      latencies.push(performance.now() - t);
      if (performance.now() - begin > message.budgetMs) break;
    }
    port.postMessage({ type: 'done', latencies, results } satisfies RebuildWorkerMessage);
  });
}

void run();
