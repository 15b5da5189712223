/**
 * bench:match's reading of a matching worker's memory: run as its own process
 * (`node --expose-gc -r ts-node/register/transpile-only bench/support/worker-memory.ts SEEDS`), it
 * loads the worker's index (MatchIndexService, as a worker's first job does) with SEEDS seeds of
 * bench:match's synthetic collection, page by page, and prints one JSON line with its memory after
 * a full garbage collection.
 *
 * Its own process, because bench:match's process is not a worker: before its largest size it has
 * run the smaller sizes' baselines, Neo4j comparison and rebuild threads, and the memory those
 * freed stays in its resident set (RSS 1,102 MiB at 100,000 seeds in a full run, 714 MiB when
 * 100,000 was the only size).
 */
import { MatchingRepository, TEXTS_PAGE, VersionedText } from '../../src/modules/matching/matching.repository';
import { MatchIndexService } from '../../src/modules/matching/match-index.service';
import { MatchTargetKind } from '../../src/modules/matching/engine/match-target-kind';
import { mib } from './report';
import { SyntheticCorpus } from './synthetic-corpus';
import { collectGarbage } from './timing';

export interface WorkerMemory {
  seeds: number;
  loadMs: number;
  rssMiB: number;
  heapUsedMiB: number;
  externalMiB: number;
  arrayBuffersMiB: number;
}

/** The worker's source of texts, served from the synthetic collection instead of the graph. */
function corpusTexts(seeds: number): Pick<MatchingRepository, 'serverTime' | 'allTexts'> {
  const corpus = new SyntheticCorpus();
  const updatedAt = new Date().toISOString();
  return {
    serverTime: async () => updatedAt,
    async *allTexts(kind: MatchTargetKind | 'NEED'): AsyncGenerator<VersionedText[]> {
      if (kind !== 'SEED') return;
      for (let from = 0; from < seeds; from += TEXTS_PAGE) {
        yield Array.from({ length: Math.min(TEXTS_PAGE, seeds - from) }, (_, k) => {
          const t = corpus.seedText(from + k);
          return { id: t.id, updatedAt, title: t.title, keywords: t.keywords, body: t.body, active: true };
        });
      }
    },
  };
}

async function main(): Promise<void> {
  const seeds = Number(process.argv[2]);
  if (!Number.isInteger(seeds) || seeds < 1)
    throw new Error(`worker-memory: the number of seeds must be a whole number, 1 or more (got ${process.argv[2]})`);
  if (!collectGarbage()) throw new Error('worker-memory: run with --expose-gc, or the reading includes garbage');
  const index = new MatchIndexService(corpusTexts(seeds) as MatchingRepository);
  const started = performance.now();
  await index.current();
  const loadMs = performance.now() - started;
  collectGarbage();
  const m = process.memoryUsage();
  const reading: WorkerMemory = {
    seeds,
    loadMs: Math.round(loadMs),
    rssMiB: mib(m.rss),
    heapUsedMiB: mib(m.heapUsed),
    externalMiB: mib(m.external),
    arrayBuffersMiB: mib(m.arrayBuffers),
  };
  console.log(JSON.stringify(reading));
}

main().catch((error) => {
  console.error((error as Error).message);
  process.exit(1);
});
