import { closeSync, openSync, readSync, writeSync } from 'node:fs';

/** One seed as the engine analysed it: weighted term frequencies, and its length (BM25's). */
export interface AnalysedSeed {
  id: string;
  terms: [string, number][];
  length: number;
}

/**
 * The engine's analysed seeds, spilled to a file while the index is built, so the baseline and
 * Neo4j get the very same terms without analysing again and without the bench holding a second
 * copy in memory while the engine's memory is measured.
 */
export class TermStore {
  private readonly fd: number;
  private pending: string[] = [];
  private count = 0;

  constructor(private readonly path: string) {
    this.fd = openSync(path, 'w');
  }

  get file(): string {
    return this.path;
  }

  get size(): number {
    return this.count;
  }

  append(id: string, terms: ReadonlyMap<string, number>, length: number): void {
    this.pending.push(JSON.stringify([id, [...terms], length]));
    this.count++;
    if (this.pending.length >= 1000) this.flush();
  }

  flush(): void {
    if (this.pending.length === 0) return;
    writeSync(this.fd, this.pending.join('\n') + '\n');
    this.pending = [];
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  /** The first `limit` seeds, in the order they were appended. */
  read(limit = Infinity): Generator<AnalysedSeed> {
    this.flush();
    return TermStore.readFile(this.path, limit);
  }

  /** The first `limit` seeds of a store's file (from another thread, say). */
  static *readFile(path: string, limit = Infinity): Generator<AnalysedSeed> {
    const fd = openSync(path, 'r');
    const chunk = Buffer.alloc(1 << 20);
    // Bytes after the last newline read so far: kept as bytes, so a UTF-8 character split
    // across two reads is decoded whole.
    let carry = Buffer.alloc(0);
    let emitted = 0;
    try {
      for (;;) {
        const bytes = readSync(fd, chunk, 0, chunk.length, null);
        if (bytes === 0) break;
        const data = Buffer.concat([carry, chunk.subarray(0, bytes)]);
        const last = data.lastIndexOf(10);
        carry = Buffer.from(data.subarray(last + 1));
        if (last < 0) continue;
        for (const line of data.toString('utf8', 0, last).split('\n')) {
          if (!line) continue;
          if (emitted++ >= limit) return;
          const [id, terms, length] = JSON.parse(line) as [string, [string, number][], number];
          yield { id, terms, length };
        }
      }
    } finally {
      closeSync(fd);
    }
  }
}

/** A document's terms as text, each repeated by its (weighted) frequency, for term-counting tools. */
export function repeatedTerms(terms: [string, number][]): string[] {
  const out: string[] = [];
  for (const [term, tf] of terms) for (let i = 0; i < Math.round(tf); i++) out.push(term);
  return out;
}
