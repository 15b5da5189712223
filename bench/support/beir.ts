import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface BeirDocument {
  id: string;
  title: string;
  text: string;
}

export interface BeirQuery {
  id: string;
  text: string;
}

/** query id -> relevant corpus ids. Only the scorer reads it. */
export type Qrels = Map<string, Set<string>>;

function jsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

/** Reads a BEIR-format folder: corpus.jsonl, queries.jsonl, qrels/*.tsv (all qrels files merged). */
export function readBeir(dir: string): { corpus: BeirDocument[]; queries: BeirQuery[]; qrels: Qrels } {
  const corpus = jsonl<{ _id: string; title?: string; text?: string }>(join(dir, 'corpus.jsonl')).map((d) => ({
    id: String(d._id),
    title: d.title ?? '',
    text: d.text ?? '',
  }));
  const qrels: Qrels = new Map();
  for (const file of readdirSync(join(dir, 'qrels')).filter((f) => f.endsWith('.tsv'))) {
    for (const line of readFileSync(join(dir, 'qrels', file), 'utf8')
      .split('\n')
      .slice(1)) {
      const [queryId, docId, score] = line.trim().split('\t');
      if (!queryId || Number(score) <= 0) continue;
      if (!qrels.has(queryId)) qrels.set(queryId, new Set());
      qrels.get(queryId)!.add(docId);
    }
  }
  // Only the text of a query is read: BEIR query metadata can hold evidence, which is judgment.
  const queries = jsonl<{ _id: string; text: string }>(join(dir, 'queries.jsonl'))
    .map((q) => ({ id: String(q._id), text: q.text }))
    .filter((q) => qrels.has(q.id));
  return { corpus, queries, qrels };
}

/** nDCG@k with linear gain over binary judgments, as trec_eval's ndcg_cut. */
export function ndcgAt(k: number, ranked: string[], relevant: Set<string>): number {
  let dcg = 0;
  ranked.slice(0, k).forEach((id, i) => {
    if (relevant.has(id)) dcg += 1 / Math.log2(i + 2);
  });
  let idcg = 0;
  for (let i = 0; i < Math.min(k, relevant.size); i++) idcg += 1 / Math.log2(i + 2);
  return idcg === 0 ? 0 : dcg / idcg;
}

export function recallAt(k: number, ranked: string[], relevant: Set<string>): number {
  if (relevant.size === 0) return 0;
  return ranked.slice(0, k).filter((id) => relevant.has(id)).length / relevant.size;
}
