import { Injectable } from '@nestjs/common';
import { AppError, ErrorCode } from '../../../common/errors/app-error';
import { Connection, decodeCursor, encodeCursor, SortDirection } from '../../../common/graphql/pagination';
import { toConnection } from '../../../infra/neo4j/keyset-page';
import { Neo4jService } from '../../../infra/neo4j/neo4j.service';
import { int, toJs } from '../../../infra/neo4j/neo4j-values';
import { Principal } from '../../auth/principal';
import { NEED_VISIBLE, visibilityParams } from '../../auth/visibility';
import { toMatch } from '../match-row';
import { MatchPipelineSort } from '../models/match-pipeline.model';
import { Match, MatchKind, MatchStatus, SHARED_STATUSES } from '../models/match.model';
import { EVENTS_OF_MATCH } from '../review/match-review.queries';
import { DATETIME } from '../review/match-review.repository';
import { FOLLOW_UP_STATUSES } from '../review/match-review.rules';
import { IN_REVIEW_LISTS, START, VISIBLE } from './match-reads.repository';

/** A pipeline read as the service resolved it: the regions in scope and the checked filters. */
export interface PipelineQuery {
  /** null: every region (admins). */
  regionIds: string[] | null;
  needId: string | null;
  companyId: string | null;
  kind: MatchKind | null;
  minScore: number;
  statuses: MatchStatus[] | null;
  assigneeId: string | null;
  search: string | null;
  /** Set for stalled matches only: a follow-up match idle since this time or before is stalled. */
  stalledCutoff: Date | null;
}

export interface PipelinePage {
  sort: MatchPipelineSort;
  direction: SortDirection;
  first: number;
  after?: string;
}

/** Text as the search compares it: compatibility forms folded (ｶﾅ, ＡＢＣ), then lower case. */
const folded = (text: string) => `toLower(normalize(${text}, NFKC))`;

/**
 * The pipeline's filters, after VISIBLE (which binds m, n, company, region and the target t, and
 * applies regions, kind and minimum score).
 */
const FILTER = `
  AND ${IN_REVIEW_LISTS}
  AND ($statuses IS NULL OR m.status IN $statuses)
  AND ($needId IS NULL OR n.id = $needId)
  AND ($companyId IS NULL OR company.id = $companyId)
  AND ($assigneeId IS NULL OR EXISTS { (c:Coordinator)-[:ASSIGNED]->(m) WHERE c.id = $assigneeId })
  AND ($search IS NULL OR ${folded('n.title')} CONTAINS ${folded('$search')}
    OR ${folded('CASE WHEN t:Seed THEN t.title ELSE t.name END')} CONTAINS ${folded('$search')})`;

/** Binds lastActivity (the latest event, or the creation) and keeps stalled matches only when asked. */
const ACTIVITY = `
WITH m ${EVENTS_OF_MATCH}
WITH m, coalesce(lastEvent, m.createdAt) AS lastActivity
WHERE $stalledCutoff IS NULL OR m.status = 'STALLED'
  OR (m.status IN $followUpStatuses AND lastActivity <= datetime($stalledCutoff))`;

/** Each sort's key, from a fixed list (Cypher cannot take an expression as a parameter). */
const SORT_KEYS: Record<MatchPipelineSort, { key: string; type: 'float' | 'datetime' }> = {
  [MatchPipelineSort.SCORE]: { key: 'm.score', type: 'float' },
  [MatchPipelineSort.NEWEST]: { key: 'm.createdAt', type: 'datetime' },
  [MatchPipelineSort.LAST_ACTIVITY]: { key: 'lastActivity', type: 'datetime' },
};

/** The matches a pipeline query selects, bound to m (and lastActivity when `activity`). */
function selection(query: PipelineQuery, activity: boolean): string {
  const start = query.regionIds ? START.regions : START.all;
  return `${start} ${VISIBLE} ${FILTER}
${activity || query.stalledCutoff ? ACTIVITY : 'WITH m'}`;
}

/** One page, in order, continuing strictly after the cursor's (key, id). */
export function pageStatement(query: PipelineQuery, sort: MatchPipelineSort, direction: SortDirection): string {
  const { key, type } = SORT_KEYS[sort];
  const [cmp, dir] = direction === SortDirection.ASC ? ['>', 'ASC'] : ['<', 'DESC'];
  const after = type === 'datetime' ? 'datetime($afterKey)' : '$afterKey';
  return `${selection(query, sort === MatchPipelineSort.LAST_ACTIVITY)}
WITH m, ${key} AS key
WHERE $afterId IS NULL OR key ${cmp} ${after} OR (key = ${after} AND m.id ${cmp} $afterId)
WITH m, key ORDER BY key ${dir}, m.id ${dir} LIMIT $limitPlusOne
RETURN m {.*} AS m, toString(key) AS keyText`;
}

export const countStatement = (query: PipelineQuery) => `${selection(query, false)} RETURN count(m) AS total`;

export const statusCountsStatement = (query: PipelineQuery) =>
  `${selection(query, false)} RETURN m.status AS status, count(m) AS n`;

/**
 * What a pipeline cursor holds: the sort and direction it was made for, and the last row's key
 * (a score, or a datetime at the database's full precision: a JS Date would cut it to milliseconds
 * and the last row of a page would come again on the next).
 */
function encodePipelineCursor(page: PipelinePage, keyText: string, id: string): string {
  return encodeCursor({ value: JSON.stringify([page.sort, page.direction, keyText]), id });
}

function decodePipelineCursor(page: PipelinePage): { afterKey: number | string | null; afterId: string | null } {
  const position = decodeCursor(page.after);
  if (!position) return { afterKey: null, afterId: null };
  const refuse = (why: string) => {
    throw new AppError(ErrorCode.BadUserInput, `after ${why}`, { field: 'after', fields: ['after'] });
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(position.value);
  } catch {
    return refuse('is not a cursor of matchPipeline');
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) return refuse('is not a cursor of matchPipeline');
  const [sort, direction, keyText] = parsed as unknown[];
  if (sort !== page.sort || direction !== page.direction) {
    return refuse(`is a cursor of another order (${String(sort)} ${String(direction)}): read from the first page`);
  }
  const type = SORT_KEYS[page.sort].type;
  if (typeof keyText !== 'string') return refuse('is not a cursor of matchPipeline');
  if (type === 'float') {
    const score = Number(keyText);
    if (keyText.trim() === '' || !Number.isFinite(score)) return refuse('is not a cursor of matchPipeline');
    return { afterKey: score, afterId: position.id };
  }
  if (!DATETIME.test(keyText)) return refuse('is not a cursor of matchPipeline');
  return { afterKey: keyText, afterId: position.id };
}

/** The coordinator's pipeline: every match in scope, filtered, sorted and paged, and counted by status. */
@Injectable()
export class MatchPipelineRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async page(query: PipelineQuery, page: PipelinePage, viewer: Principal): Promise<Connection<Match>> {
    const params = { ...this.params(query, viewer), ...decodePipelineCursor(page), limitPlusOne: int(page.first + 1) };
    return this.neo4j.read(async (tx) => {
      const rows = await tx.run(pageStatement(query, page.sort, page.direction), params);
      const total = await tx.run(countStatement(query), params);
      const matches = rows.records.map((r) => ({
        ...toMatch(r.get('m')),
        keyText: r.get('keyText') as string,
      }));
      return toConnection(matches, page.first, toJs(total.records[0].get('total')) as number, (m) =>
        encodePipelineCursor(page, m.keyText, m.id),
      );
    });
  }

  async statusCounts(query: PipelineQuery, viewer: Principal): Promise<Map<MatchStatus, number>> {
    const result = await this.neo4j.readOne(statusCountsStatement(query), this.params(query, viewer));
    return new Map(result.records.map((r) => [r.get('status') as MatchStatus, toJs(r.get('n')) as number]));
  }

  /** The region of a need the viewer may see; undefined when there is none they may see. */
  async needRegion(needId: string, viewer: Principal): Promise<string | null | undefined> {
    const result = await this.neo4j.readOne(
      `MATCH (n:Need {id: $needId})-[:OF_COMPANY]->(company:Organization)
       OPTIONAL MATCH (company)-[:IN_REGION]->(region:Region)
       WITH n, company, region WHERE ${NEED_VISIBLE}
       RETURN region.id AS regionId`,
      { needId, ...visibilityParams(viewer) },
    );
    return result.records.length ? ((result.records[0].get('regionId') as string | null) ?? null) : undefined;
  }

  /** An organization's kind and region; null when there is no such organization. */
  async organization(id: string): Promise<{ kind: string; regionId: string | null } | null> {
    const result = await this.neo4j.readOne(
      `MATCH (o:Organization {id: $id}) RETURN o.kind AS kind, head([(o)-[:IN_REGION]->(r:Region) | r.id]) AS regionId`,
      { id },
    );
    return result.records.length
      ? (toJs(result.records[0].toObject()) as { kind: string; regionId: string | null })
      : null;
  }

  async exists(label: 'Region' | 'Coordinator', id: string): Promise<boolean> {
    // `label` comes from code (the union above), never from input.
    const result = await this.neo4j.readOne(`MATCH (x:${label} {id: $id}) RETURN count(x) AS n`, { id });
    return (toJs(result.records[0].get('n')) as number) > 0;
  }

  private params(query: PipelineQuery, viewer: Principal) {
    return {
      regionIds: query.regionIds,
      needId: query.needId,
      companyId: query.companyId,
      kind: query.kind,
      status: null,
      statuses: query.statuses,
      minScore: query.minScore,
      assigneeId: query.assigneeId,
      search: query.search,
      stalledCutoff: query.stalledCutoff?.toISOString() ?? null,
      followUpStatuses: FOLLOW_UP_STATUSES,
      viewerIsCompany: false,
      sharedStatuses: SHARED_STATUSES,
      ...visibilityParams(viewer),
    };
  }
}
