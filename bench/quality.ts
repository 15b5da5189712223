/**
 * npm run bench:quality -- --dataset DIR [--json] [--no-expansion]
 *   [--k1 N --b N --phrase-weight N --burstiness N --title-weight N]
 *   [--fb-docs N --fb-terms N --fb-lambda N --fb-min-words N]
 * Runs the engine's analysis and scoring over a BEIR-format dataset and prints nDCG@10 and
 * Recall@100 beside a plain BM25 computed in the same run. Every parameter defaults to the
 * engine's own default. The judgments (qrels) are read only by the scorer below.
 */
import { resolve } from 'node:path';
import { FIELD_WEIGHTS, TextAnalyzer } from '../src/modules/matching/analysis/text-analyzer';
import { detectLanguage } from '../src/modules/matching/analysis/script';
import { Bm25Index, DEFAULT_BM25, queryWeights } from '../src/modules/matching/scoring/bm25-index';
import { DEFAULT_EXPANSION, expandQuery } from '../src/modules/matching/scoring/query-expansion';
import { ndcgAt, readBeir, recallAt } from './support/beir';
import { PlainBm25, plainBigramTerms, plainEnglishTerms } from './support/plain-bm25';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const dir = arg('dataset');
  if (!dir) {
    console.error(
      'usage: npm run bench:quality -- --dataset DIR [--json] [--no-expansion] [--k1 N ...] (see the header)',
    );
    process.exit(2);
  }
  const json = process.argv.includes('--json');
  const expansion = !process.argv.includes('--no-expansion');
  const weights = { ...FIELD_WEIGHTS, title: Number(arg('title-weight') ?? FIELD_WEIGHTS.title) };
  const num = (name: string, fallback: number) => Number(arg(name) ?? fallback);
  const params = {
    k1: num('k1', DEFAULT_BM25.k1),
    b: num('b', DEFAULT_BM25.b),
    phraseWeight: num('phrase-weight', DEFAULT_BM25.phraseWeight),
    burstiness: num('burstiness', DEFAULT_BM25.burstiness),
  };
  const fb = {
    feedbackDocs: num('fb-docs', DEFAULT_EXPANSION.feedbackDocs),
    expansionTerms: num('fb-terms', DEFAULT_EXPANSION.expansionTerms),
    originalWeight: num('fb-lambda', DEFAULT_EXPANSION.originalWeight),
    minQueryWords: num('fb-min-words', DEFAULT_EXPANSION.minQueryWords),
  };
  const started = Date.now();
  const { corpus, queries, qrels } = readBeir(resolve(dir));
  const japanese = corpus.slice(0, 50).some((d) => detectLanguage(`${d.title} ${d.text}`) !== 'en');

  const analyzer = await TextAnalyzer.create();
  const engine = new Bm25Index(params);
  const indexStart = Date.now();
  for (const doc of corpus)
    engine.upsert(doc.id, analyzer.analyze({ title: doc.title, keywords: [], body: doc.text }, weights));
  const indexMs = Date.now() - indexStart;

  const plainTerms = japanese ? plainBigramTerms : plainEnglishTerms;
  const plain = new PlainBm25(corpus.map((d) => ({ id: d.id, terms: plainTerms(`${d.title} ${d.text}`) })));

  const totals = { engine: { ndcg: 0, recall: 0 }, plain: { ndcg: 0, recall: 0 } };
  const latencies: number[] = [];
  for (const query of queries) {
    const relevant = qrels.get(query.id)!;
    const t0 = process.hrtime.bigint();
    const analyzed = queryWeights(analyzer.analyze({ title: '', keywords: [], body: query.text }).terms);
    const expanded = expansion ? expandQuery(engine, analyzed, fb) : analyzed;
    const ranked = engine.search(expanded, 100, 0, new Set([query.id])).map((r) => r.id);
    latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
    totals.engine.ndcg += ndcgAt(10, ranked, relevant);
    totals.engine.recall += recallAt(100, ranked, relevant);
    const plainRanked = plain.search(plainTerms(query.text), 101).filter((id) => id !== query.id);
    totals.plain.ndcg += ndcgAt(10, plainRanked, relevant);
    totals.plain.recall += recallAt(100, plainRanked, relevant);
  }
  const n = queries.length;
  latencies.sort((a, b) => a - b);
  const figures = {
    dataset: resolve(dir),
    documents: corpus.length,
    queries: n,
    analysis: japanese
      ? 'ja (engine: kuromoji; plain: character bigrams)'
      : 'en (engine: natural; plain: 33 stopwords + Porter)',
    params: { ...params, titleWeight: weights.title, expansion: expansion ? fb : false },
    engine: { ndcg10: round(totals.engine.ndcg / n), recall100: round(totals.engine.recall / n) },
    plainBm25: { ndcg10: round(totals.plain.ndcg / n), recall100: round(totals.plain.recall / n) },
    ndcgRatio: round(totals.engine.ndcg / totals.plain.ndcg),
    indexMs,
    queryP50Ms: round(latencies[Math.floor(n * 0.5)]),
    queryP99Ms: round(latencies[Math.floor(n * 0.99)]),
    totalMs: Date.now() - started,
  };
  console.log(`\nMatch quality on ${figures.dataset} (${figures.documents} documents, ${n} judged queries)`);
  console.log(`analysis: ${figures.analysis}`);
  console.log(`engine: ${JSON.stringify(figures.params)}`);
  console.log('                 nDCG@10   Recall@100');
  console.log(`engine            ${figures.engine.ndcg10.toFixed(3)}     ${figures.engine.recall100.toFixed(3)}`);
  console.log(`plain BM25        ${figures.plainBm25.ndcg10.toFixed(3)}     ${figures.plainBm25.recall100.toFixed(3)}`);
  console.log(`ratio (nDCG)      ${figures.ndcgRatio.toFixed(3)}`);
  console.log(
    `index ${indexMs} ms; query p50 ${figures.queryP50Ms} ms, p99 ${figures.queryP99Ms} ms; total ${figures.totalMs} ms`,
  );
  if (json) console.log(JSON.stringify(figures));
}

const round = (x: number) => Math.round(x * 1000) / 1000;

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
