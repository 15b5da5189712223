import neo4j, { Driver, Session } from 'neo4j-driver';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalNeo4j, startLocalNeo4j } from '../../src/infra/neo4j/local/neo4j-local.launcher';
import { AnalysedSeed, repeatedTerms } from './term-store';

const BATCH = 5_000;

// Lucene's query-parser syntax characters (and && / || through & and |).
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/**
 * An engine term as one whitespace-delimited Lucene token: phrase terms hold a space between
 * their two words, which the whitespace analyzer would split, so it becomes an underscore (no
 * word term contains one).
 */
export function luceneToken(term: string): string {
  return term.replace(/\s/g, '_');
}

/** A need's terms as a Lucene query: each term escaped, all OR'd. */
export function luceneQuery(terms: string[]): string {
  return terms.map((t) => luceneToken(t).replace(LUCENE_SPECIAL, (c) => `\\${c}`)).join(' OR ');
}

/**
 * A throwaway local Neo4j holding the seeds' analysed terms in a full-text (Lucene) index with
 * the whitespace analyzer, so Lucene scores exactly the engine's terms.
 */
export class Neo4jFullText {
  private session: Session | undefined;

  private constructor(
    private readonly server: LocalNeo4j,
    private readonly driver: Driver,
    private readonly home: string,
  ) {}

  static async start(log: (line: string) => void): Promise<Neo4jFullText> {
    const home = mkdtempSync(join(tmpdir(), 'musubi-bench-neo4j-'));
    const server = await startLocalNeo4j({ home, port: 0, heap: '1g', pageCache: '512m', log });
    const driver = neo4j.driver(server.uri, undefined, { disableLosslessIntegers: true });
    try {
      await driver.verifyConnectivity();
    } catch (error) {
      await driver.close();
      await server.stop();
      throw error;
    }
    return new Neo4jFullText(server, driver, home);
  }

  get startupMs(): number {
    return this.server.startupMs;
  }

  /**
   * Loads seeds under a label of their own and builds a full-text index over them; resolves once
   * the index is online. Sizes are whole numbers from the command line, so the label and index
   * names built from them are safe to put in the statement.
   */
  async load(size: number, seeds: Iterable<AnalysedSeed>): Promise<{ loadMs: number; indexMs: number }> {
    const label = `BenchSeed${size}`;
    const index = this.indexName(size);
    const session = this.driver.session();
    try {
      const loadStart = Date.now();
      let batch: { id: string; terms: string }[] = [];
      const flush = async () => {
        const rows = batch;
        batch = [];
        await session.executeWrite((tx) =>
          tx.run(`UNWIND $rows AS row CREATE (s:${label} {id: row.id, terms: row.terms})`, { rows }),
        );
      };
      for (const seed of seeds) {
        batch.push({ id: seed.id, terms: repeatedTerms(seed.terms).map(luceneToken).join(' ') });
        if (batch.length === BATCH) await flush();
      }
      if (batch.length) await flush();
      const loadMs = Date.now() - loadStart;
      const indexStart = Date.now();
      await session.run(
        `CREATE FULLTEXT INDEX ${index} IF NOT EXISTS FOR (s:${label}) ON EACH [s.terms] ` +
          "OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}",
      );
      await session.run('CALL db.awaitIndexes(3600)');
      return { loadMs, indexMs: Date.now() - indexStart };
    } finally {
      await session.close();
    }
  }

  /** The top 20 seeds for a need's terms, as Lucene ranks them. */
  async search(size: number, terms: string[]): Promise<{ id: string; score: number }[]> {
    if (terms.length === 0) return [];
    this.session ??= this.driver.session({ defaultAccessMode: neo4j.session.READ });
    const result = await this.session.run(
      'CALL db.index.fulltext.queryNodes($index, $q) YIELD node, score RETURN node.id AS id, score LIMIT 20',
      { index: this.indexName(size), q: luceneQuery(terms) },
    );
    return result.records.map((r) => ({ id: r.get('id') as string, score: r.get('score') as number }));
  }

  /** Drops one size's nodes and index, so the next size's load runs against a small store. */
  async drop(size: number): Promise<void> {
    const session = this.driver.session();
    try {
      await session.run(`DROP INDEX ${this.indexName(size)} IF EXISTS`);
      await session.run(`MATCH (s:BenchSeed${size}) CALL { WITH s DELETE s } IN TRANSACTIONS OF ${BATCH} ROWS`);
    } finally {
      await session.close();
    }
  }

  async stop(): Promise<void> {
    await this.session?.close();
    await this.driver.close();
    await this.server.stop();
    rmSync(this.home, { recursive: true, force: true });
  }

  private indexName(size: number): string {
    return `bench_seed_terms_${size}`;
  }
}
