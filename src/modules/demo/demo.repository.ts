import { Injectable } from '@nestjs/common';
import { ManagedTransaction } from 'neo4j-driver';
import { Neo4jService } from '../../infra/neo4j/neo4j.service';
import { toJs } from '../../infra/neo4j/neo4j-values';
import {
  DEMO_LABELS,
  DEMO_RELATIONSHIP_TYPES,
  DemoLabel,
  DemoRelationshipType,
  DemoWritePlan,
  UserLinkType,
} from './demo-plan';

/** The demo loads only into a network that has none of these yet (users do not count: the admin comes first). */
const OCCUPIED = `
RETURN EXISTS { MATCH (:Region) } OR EXISTS { MATCH (:Organization) }
    OR EXISTS { MATCH (:Need) } OR EXISTS { MATCH (:Seed) } AS occupied`;

// Labels and relationship types cannot be parameters; these come from the fixed lists in
// demo-plan.ts (checked again below), never from input. Every value is a parameter.
const CREATE_NODES = (label: DemoLabel) => `
UNWIND $rows AS row
CREATE (n:${label} {id: row.id, createdAt: datetime(), updatedAt: datetime(), createdBy: 'system'})
SET n += row.props
RETURN count(n) AS created`;

const CREATE_RELATIONSHIPS = (type: DemoRelationshipType, from: DemoLabel, to: DemoLabel) => `
UNWIND $rows AS row
MATCH (a:${from} {id: row.from})
MATCH (b:${to} {id: row.to})
CREATE (a)-[r:${type}]->(b)
SET r += row.props
RETURN count(r) AS created`;

// A demo account whose e-mail is already taken (say, left from an earlier demo) is kept as it is.
const CREATE_USERS = (link: UserLinkType, to: DemoLabel) => `
UNWIND $rows AS row
MATCH (t:${to} {id: row.linkId})
WITH row, t WHERE NOT EXISTS { MATCH (:User {email: row.props.email}) }
CREATE (u:User {id: row.id, createdAt: datetime(), updatedAt: datetime(), createdBy: 'system'})-[:${link}]->(t)
SET u += row.props
RETURN u.email AS email`;

const USER_LINK_TYPES: readonly string[] = ['ACTS_AS', 'REPRESENTS', 'MANAGES'];

export interface DemoWriteResult {
  written: boolean;
  nodes: Partial<Record<DemoLabel, number>>;
  relationships: number;
  usersCreated: string[];
}

/** Thrown inside the transaction (which rolls it back) when a batch wrote fewer items than planned. */
export class DemoWriteError extends Error {
  constructor(what: string, expected: number, written: number) {
    super(`Demo load: ${what} wrote ${written} of ${expected}; nothing was written`);
    this.name = 'DemoWriteError';
  }
}

@Injectable()
export class DemoRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async occupied(): Promise<boolean> {
    return this.neo4j.read(async (tx) => Boolean((await tx.run(OCCUPIED)).records[0].get('occupied')));
  }

  /**
   * Writes the whole plan in one transaction, after checking again inside it that the network is
   * still empty: a second loader running at the same time either sees the first one's nodes or
   * fails on the region-code and id constraints, and writes nothing.
   */
  async write(plan: DemoWritePlan): Promise<DemoWriteResult> {
    return this.neo4j.write(async (tx) => {
      if ((await tx.run(OCCUPIED)).records[0].get('occupied')) {
        return { written: false, nodes: {}, relationships: 0, usersCreated: [] };
      }
      const nodes: Partial<Record<DemoLabel, number>> = {};
      for (const batch of plan.nodes) {
        assertAllowed(DEMO_LABELS, batch.label);
        const created = await count(tx, CREATE_NODES(batch.label), batch.rows);
        if (created !== batch.rows.length) throw new DemoWriteError(`${batch.label} nodes`, batch.rows.length, created);
        nodes[batch.label] = (nodes[batch.label] ?? 0) + created;
      }
      let relationships = 0;
      for (const batch of plan.relationships) {
        assertAllowed(DEMO_RELATIONSHIP_TYPES, batch.type);
        assertAllowed(DEMO_LABELS, batch.from);
        assertAllowed(DEMO_LABELS, batch.to);
        const created = await count(tx, CREATE_RELATIONSHIPS(batch.type, batch.from, batch.to), batch.rows);
        if (created !== batch.rows.length) {
          throw new DemoWriteError(`(:${batch.from})-[:${batch.type}]->(:${batch.to})`, batch.rows.length, created);
        }
        relationships += created;
      }
      const usersCreated: string[] = [];
      for (const batch of plan.users) {
        assertAllowed(USER_LINK_TYPES, batch.link);
        assertAllowed(DEMO_LABELS, batch.to);
        const result = await tx.run(CREATE_USERS(batch.link, batch.to), { rows: batch.rows });
        usersCreated.push(...result.records.map((r) => r.get('email') as string));
      }
      return { written: true, nodes, relationships, usersCreated };
    });
  }
}

async function count(tx: ManagedTransaction, query: string, rows: unknown[]): Promise<number> {
  if (rows.length === 0) return 0;
  const result = await tx.run(query, { rows });
  return toJs(result.records[0].get('created')) as number;
}

function assertAllowed(allowed: readonly string[], value: string): void {
  if (!allowed.includes(value)) throw new Error(`Demo load: ${value} is not an allowed label or relationship type`);
}
