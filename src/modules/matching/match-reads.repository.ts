import { Injectable } from '@nestjs/common';
import { decodeCursor, encodeCursor, SortDirection } from '../../common/graphql/pagination';
import { Neo4jService } from '../../infra/neo4j/neo4j.service';
import { int, toJs } from '../../infra/neo4j/neo4j-values';
import { toConnection } from '../../infra/neo4j/keyset-page';
import { visibilityParams } from '../auth/access-policy';
import { Principal } from '../auth/principal';
import { Role } from '../auth/role.enum';
import { NEED_VISIBLE } from '../needs/needs.repository';
import { seedVisible } from '../seeds/seeds.repository';
import { describePath, IntroductionPath } from './engine/network-boost';
import { MatchFilterArgs } from './dto/match.args';
import { Match, SHARED_STATUSES } from './models/match.model';

export type MatchScope =
  | { needId: string }
  | { seedId: string }
  | { regionIds: string[] | null };

const START: Record<'need' | 'seed' | 'regions' | 'all', string> = {
  need: 'MATCH (m:Match {needId: $needId})',
  seed: 'MATCH (m:Match {targetId: $seedId})',
  // From the regions down to their needs' matches: a read costs the regions' matches, not every
  // match in the graph (bench:load: 100 readers of matchesInMyRegions saturated Neo4j otherwise).
  regions: `MATCH (scope:Region)<-[:IN_REGION]-(:Organization)<-[:OF_COMPANY]-(:Need)<-[:FOR_NEED]-(m:Match)
WHERE scope.id IN $regionIds
WITH DISTINCT m`,
  all: 'MATCH (m:Match)',
};

/**
 * A viewer sees a match when it may see both its need and its target (the same rules as for the
 * need and the seed themselves); a company sees its own needs' matches, and only once they are
 * shared (another company's PUBLIC need is readable, its matches are not).
 */
const VISIBLE = `
MATCH (m)-[:FOR_NEED]->(n:Need)-[:OF_COMPANY]->(company:Organization)
OPTIONAL MATCH (company)-[:IN_REGION]->(region:Region)
MATCH (m)-[:SUGGESTS]->(t)
WITH m, n, company, region, t,
  CASE WHEN t:Seed THEN [(t)-[:HELD_BY]->(:Organization)-[:IN_REGION]->(r:Region) | r.id]
    + [(t)-[:HELD_BY]->(:Researcher)-[:AFFILIATED_WITH]->(:Organization)-[:IN_REGION]->(r:Region) | r.id] ELSE [] END AS seedRegionIds
WHERE ${NEED_VISIBLE} AND (NOT t:Seed OR ${seedVisible('t', 'seedRegionIds')})
  AND (NOT $viewerIsCompany OR (company.id = $viewerCompanyId AND m.status IN $sharedStatuses))
  AND ($regionIds IS NULL OR region.id IN $regionIds)
  AND ($kind IS NULL OR m.kind = $kind)
  AND ($status IS NULL OR m.status = $status)
  AND m.score >= $minScore`;

/** The GraphQL side's reads of stored matches. */
@Injectable()
export class MatchReadsRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async list(scope: MatchScope, args: MatchFilterArgs, viewer: Principal) {
    const start =
      'needId' in scope ? START.need : 'seedId' in scope ? START.seed : scope.regionIds ? START.regions : START.all;
    const after = decodeCursor(args.after);
    const desc = args.direction !== SortDirection.ASC;
    const cmp = desc ? '<' : '>';
    const params = {
      needId: 'needId' in scope ? scope.needId : null,
      seedId: 'seedId' in scope ? scope.seedId : null,
      regionIds: 'regionIds' in scope ? scope.regionIds : null,
      kind: args.kind ?? null,
      status: args.status ?? null,
      minScore: args.minScore ?? 0,
      viewerIsCompany: viewer.role === Role.COMPANY,
      sharedStatuses: SHARED_STATUSES,
      ...visibilityParams(viewer),
      afterScore: after ? Number(after.value) : null,
      afterId: after?.id ?? null,
      limitPlusOne: int(args.first + 1),
    };
    const page = `($afterScore IS NULL OR m.score ${cmp} $afterScore OR (m.score = $afterScore AND m.id ${cmp} $afterId))`;
    const dir = desc ? 'DESC' : 'ASC';
    return this.neo4j.read(async (tx) => {
      const rows = await tx.run(`${start} ${VISIBLE} AND ${page} RETURN m {.*} AS m ORDER BY m.score ${dir}, m.id ${dir} LIMIT $limitPlusOne`, params);
      const total = await tx.run(`${start} ${VISIBLE} RETURN count(m) AS total`, params);
      return toConnection(
        rows.records.map((r) => toMatch(r.get('m'))) as (Match & Record<string, unknown>)[],
        args.first,
        toJs(total.records[0].get('total')) as number,
        (m) => encodeCursor({ value: String(m.score), id: m.id }),
      );
    });
  }

  async findVisible(id: string, viewer: Principal): Promise<Match | null> {
    const params = {
      regionIds: null,
      kind: null,
      status: null,
      minScore: 0,
      viewerIsCompany: viewer.role === Role.COMPANY,
      sharedStatuses: SHARED_STATUSES,
      ...visibilityParams(viewer),
      id,
    };
    const result = await this.neo4j.read((tx) => tx.run(`MATCH (m:Match {id: $id}) ${VISIBLE} RETURN m {.*} AS m`, params));
    return result.records.length ? toMatch(result.records[0].get('m')) : null;
  }
}

function toMatch(raw: unknown): Match {
  const row = toJs(raw) as Record<string, unknown>;
  const path = row.path ? (JSON.parse(row.path as string) as IntroductionPath) : null;
  return {
    ...(row as unknown as Match),
    explanation: row.explanation ? JSON.parse(row.explanation as string) : [],
    path: path ? { ...path, summary: describePath(path) } : null,
    current: row.current !== false,
    stale: row.stale === true,
  };
}
