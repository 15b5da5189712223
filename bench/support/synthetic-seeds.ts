import { randomUUID } from 'node:crypto';
import { Driver } from 'neo4j-driver';
import { SyntheticCorpus } from './synthetic-corpus';

/**
 * Writes `count` synthetic PROTOTYPE seeds held by `universityId`, in batches of 2,000, each marked
 * as matched from its current text so that the matcher leaves them alone until a bench changes them.
 */
export async function writeSyntheticSeeds(driver: Driver, universityId: string, count: number): Promise<void> {
  const corpus = new SyntheticCorpus();
  for (let from = 0; from < count; from += 2_000) {
    const rows = Array.from({ length: Math.min(2_000, count - from) }, (_, k) => {
      const t = corpus.seedText(from + k);
      return { id: randomUUID(), title: t.title, summary: t.body, keywords: t.keywords };
    });
    await driver.executeQuery(
      `MATCH (u:Organization {id: $university})
       UNWIND $rows AS row
       CREATE (s:Seed {id: row.id, title: row.title, summary: row.summary, keywords: row.keywords, field: '', stage: 'PROTOTYPE',
         ipStatus: 'NONE', ipNumbers: [], visibility: 'PUBLIC', createdAt: datetime(), updatedAt: datetime(), createdBy: 'bench'})-[:HELD_BY]->(u)
       SET s.matchedFrom = s.updatedAt`,
      { university: universityId, rows },
    );
  }
}
