import { randomUUID } from 'node:crypto';
import { Driver } from 'neo4j-driver';

/**
 * Seeds and needs written straight into the graph with every property the API would store, for
 * suites that test what happens to them (matching, review, subscriptions) rather than their creation.
 */
export interface SeedRow {
  id: string;
  holderId: string;
  title: string;
  summary: string;
  keywords: string[];
  field: string;
  visibility?: string;
}

export interface NeedRow {
  id: string;
  companyId: string;
  title: string;
  description: string;
  keywords: string[];
  confidentiality?: string;
}

/** A seaweed-drying seed and need the matcher pairs with a high score; add ids and owners. */
export const SEAWEED_SEED = {
  title: 'Heat-pump drying of seaweed at low temperature',
  summary:
    'A heat-pump dryer that dries kombu, wakame and other seaweed at 30-40 °C keeps the green colour, aroma and nutrients.',
  keywords: ['seaweed', 'drying', 'heat pump'],
  field: 'food engineering',
};
export const SEAWEED_NEED = {
  title: 'Low-temperature drying of seaweed without losing colour',
  description: 'Our kombu and wakame lose their green colour when dried with hot air. We need low temperature drying.',
  keywords: ['seaweed', 'drying', 'low temperature'],
};

/** An underwater-robot seed and need the matcher pairs with a high score; add ids and owners. */
export const ROBOT_SEED = {
  title: 'Underwater robot for aquaculture net inspection',
  summary: 'An autonomous underwater robot inspects fish farm nets with sonar and cameras and reports holes.',
  keywords: ['underwater robot', 'aquaculture', 'net inspection'],
  field: 'marine robotics',
};
export const ROBOT_NEED = {
  title: 'Inspecting aquaculture nets with an underwater robot',
  description: 'Divers inspect our fish farm nets by hand; we want an underwater robot to find holes in the nets.',
  keywords: ['underwater robot', 'aquaculture', 'net'],
};

/** PROTOTYPE seeds, no IP, PUBLIC unless `visibility`, each HELD_BY its holder organization. */
export async function writeSeeds(driver: Driver, seeds: SeedRow[]): Promise<void> {
  await driver.executeQuery(
    `UNWIND $seeds AS s MATCH (o:Organization {id: s.holderId})
     CREATE (:Seed {id: s.id, title: s.title, summary: s.summary, keywords: s.keywords, field: s.field, stage: 'PROTOTYPE',
       ipStatus: 'NONE', ipNumbers: [], visibility: coalesce(s.visibility, 'PUBLIC'),
       createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:HELD_BY]->(o)`,
    { seeds },
  );
}

/** OPEN needs with an undecided budget, PUBLIC unless `confidentiality`, each OF_COMPANY its company. */
export async function writeNeeds(driver: Driver, needs: NeedRow[]): Promise<void> {
  await driver.executeQuery(
    `UNWIND $needs AS n MATCH (c:Organization {id: n.companyId})
     CREATE (:Need {id: n.id, title: n.title, description: n.description, keywords: n.keywords, desiredOutcome: '',
       timeline: '', budgetBand: 'UNDECIDED', confidentiality: coalesce(n.confidentiality, 'PUBLIC'), status: 'OPEN',
       createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:OF_COMPANY]->(c)`,
    { needs },
  );
}

export interface MatchRow {
  needId: string;
  targetId: string;
  kind?: 'SEED' | 'EQUIPMENT' | 'RESEARCHER';
  status?: string;
  score?: number;
  current?: boolean;
  createdAt?: Date;
}

/** A match written as the matcher writes it (kind SEED, SUGGESTED, score 0.5, current, now unless given); returns its id. */
export async function writeMatch(driver: Driver, row: MatchRow): Promise<string> {
  const id = randomUUID();
  await driver.executeQuery(
    `MATCH (n:Need {id: $needId}), (t {id: $targetId})
     CREATE (m:Match {id: $id, pairKey: $needId + '|' + $targetId + '|' + $id, needId: $needId, targetId: $targetId, kind: $kind,
       score: $score, lexicalScore: $score, regionBoost: 0.0, pathBoost: 0.0, explanation: '[]', status: $status,
       current: $current, stale: false, engineVersion: 'test', computedAt: datetime($createdAt),
       createdAt: datetime($createdAt), updatedAt: datetime($createdAt), createdBy: 'matcher'})
     CREATE (m)-[:FOR_NEED]->(n)
     CREATE (m)-[:SUGGESTS]->(t)`,
    {
      id,
      needId: row.needId,
      targetId: row.targetId,
      kind: row.kind ?? 'SEED',
      score: row.score ?? 0.5,
      status: row.status ?? 'SUGGESTED',
      current: row.current ?? true,
      createdAt: (row.createdAt ?? new Date()).toISOString(),
    },
  );
  return id;
}
