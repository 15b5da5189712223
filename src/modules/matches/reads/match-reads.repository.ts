import { Inject, Injectable } from '@nestjs/common';
import { FreshSingleFlight } from '../../../common/concurrency/fresh-single-flight';
import { RecentReads } from '../../../common/concurrency/recent-reads';
import { APP_CONFIG } from '../../../config/config.module';
import { AppConfig } from '../../../config/app-config';
import { decodeCursor, encodeCursor, SortDirection } from '../../../common/graphql/pagination';
import { keepPlan } from '../../../infra/neo4j/kept-plan';
import { Neo4jService } from '../../../infra/neo4j/neo4j.service';
import { int, toJs } from '../../../infra/neo4j/neo4j-values';
import { toConnection } from '../../../infra/neo4j/keyset-page';
import { Principal } from '../../auth/principal';
import { Role } from '../../auth/role.enum';
import { NEED_VISIBLE, seedVisibleLazily, visibilityParams } from '../../auth/visibility';
import { toMatch } from '../match-row';
import { Match, SHARED_STATUSES, UNDER_REVIEW_STATUSES } from '../models/match.model';
import { MatchFilterArgs } from './dto/match.args';

export type MatchScope = { needId: string } | { seedId: string } | { regionIds: string[] | null };

/** A match's need, its company and the company's region (at most one: an organization is in one region). */
const NEED_OF_MATCH = `MATCH (m)-[:FOR_NEED]->(n:Need)-[:OF_COMPANY]->(company:Organization)
OPTIONAL MATCH (company)-[:IN_REGION]->(region:Region)`;

/**
 * Where a read starts: each binds m, n, company and region. A need's, a seed's and a single match's
 * reads start from an index whatever the counts, and keep their plan (keepPlan); the region and
 * whole-graph lists are left to the planner.
 */
export const START: Record<'need' | 'seed' | 'regions' | 'all' | 'one' | 'many', string> = {
  need: `MATCH (m:Match {needId: $needId}) USING INDEX m:Match(needId) ${NEED_OF_MATCH}`,
  seed: `MATCH (m:Match {targetId: $seedId}) USING INDEX m:Match(targetId) ${NEED_OF_MATCH}`,
  // From the regions down to their needs' matches: a read costs the regions' matches, not every
  // match in the graph.
  regions: `MATCH (region:Region)<-[:IN_REGION]-(company:Organization)<-[:OF_COMPANY]-(n:Need)<-[:FOR_NEED]-(m:Match)
WHERE region.id IN $regionIds`,
  all: `MATCH (m:Match) ${NEED_OF_MATCH}`,
  one: `MATCH (m:Match {id: $id}) ${NEED_OF_MATCH}`,
  many: `MATCH (m:Match) WHERE m.id IN $ids ${NEED_OF_MATCH}`,
};

/**
 * A viewer sees a match when it may see both its need and its target (the same rules as for the
 * need and the seed themselves); a company sees its own needs' matches, and only once they are
 * shared (another company's PUBLIC need is readable, its matches are not).
 *
 * The target comes through a pattern comprehension, which always expands from the bound match: as
 * a MATCH it was planned, on an empty graph, as a scan of every SUGGESTS relationship per match.
 */
export const VISIBLE = `
WITH m, n, company, region, head([(m)-[:SUGGESTS]->(target) | target]) AS t
WHERE t IS NOT NULL AND ${NEED_VISIBLE} AND (NOT t:Seed OR ${seedVisibleLazily('t')})
  AND (NOT $viewerIsCompany OR (company.id = $viewerCompanyId AND m.status IN $sharedStatuses))
  AND ($regionIds IS NULL OR region.id IN $regionIds)
  AND ($kind IS NULL OR m.kind = $kind)
  AND ($status IS NULL OR m.status = $status)
  AND m.score >= $minScore`;

/**
 * Whether a match bound to `m` is one a coordinator works on: a SUGGESTED match while the matcher
 * still ranks it and its need and target exist (the review inbox's rule), any match they moved.
 */
export const IN_REVIEW_LISTS = `(m.status <> 'SUGGESTED' OR (coalesce(m.current, true) AND NOT coalesce(m.stale, false)))`;

/**
 * Per need, the matches the coordinators are reviewing (SUGGESTED or SHORTLISTED, not yet shared)
 * whose target the viewer may see; a need without one has no row.
 */
const UNDER_REVIEW = `
UNWIND $needIds AS needId
MATCH (m:Match {needId: needId})
WHERE m.status IN $underReview AND ${IN_REVIEW_LISTS}
WITH needId, m, head([(m)-[:SUGGESTS]->(target) | target]) AS t
WHERE t IS NOT NULL AND (NOT t:Seed OR ${seedVisibleLazily('t')})
RETURN needId AS id, count(m) AS n`;

type ListStart = Exclude<keyof typeof START, 'one' | 'many'>;

/**
 * A list of matches in one pass: the visible ones in order, counted and cut to the page. A need's
 * and a seed's lists keep their plan (they start from an index whatever the counts).
 */
export function listStatement(start: ListStart, desc: boolean): string {
  const cmp = desc ? '<' : '>';
  const dir = desc ? 'DESC' : 'ASC';
  const page = `($afterScore IS NULL OR m.score ${cmp} $afterScore OR (m.score = $afterScore AND m.id ${cmp} $afterId))`;
  const statement = `${START[start]} ${VISIBLE}
WITH m ORDER BY m.score ${dir}, m.id ${dir}
WITH collect(m) AS visible
RETURN size(visible) AS total, [m IN [m IN visible WHERE ${page}][0..$limitPlusOne] | m {.*}] AS page`;
  return start === 'need' || start === 'seed' ? keepPlan(statement) : statement;
}

/** One match by id, if the viewer may see it. */
export const FIND_ONE = keepPlan(`${START.one} ${VISIBLE} RETURN m {.*} AS m`);

/** Matches by id, those the viewer may see. */
const FIND_MANY = `${START.many} ${VISIBLE} RETURN m {.*} AS m`;

/** The parameters of VISIBLE for a read of given matches, whatever their status, kind or score. */
const findParams = (viewer: Principal) => ({
  regionIds: null,
  kind: null,
  status: null,
  minScore: 0,
  viewerIsCompany: viewer.role === Role.COMPANY,
  sharedStatuses: SHARED_STATUSES,
  ...visibilityParams(viewer),
});

type MatchPage = Awaited<ReturnType<typeof toConnection<Match & Record<string, unknown>>>>;

/** The GraphQL side's reads of stored matches. */
@Injectable()
export class MatchReadsRepository {
  /**
   * Region lists (matchesInMyRegions) shared among identical reads for MATCH_LIST_MAX_AGE_MS. A
   * region's list costs Neo4j a read of every visible match of the region (about 170 ms of a core
   * at 26,000 matches), and many coordinators' screens ask for the same list at once. One instance per process (MatchStoreModule provides
   * this repository once), so forgetRegionLists reaches every list kept.
   */
  private readonly regionLists = new RecentReads<MatchPage>();
  private readonly reads = new FreshSingleFlight<MatchPage>();

  constructor(
    private readonly neo4j: Neo4jService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * After a write through this process that may change what a match list shows (a status, a note,
   * an answer, an assignment, a deletion, a visibility: MatchListFreshnessPlugin): the next region
   * list is read anew. The workers' new suggestions are not announced to the API; they show within
   * MATCH_LIST_MAX_AGE_MS.
   */
  forgetRegionLists(): void {
    this.regionLists.forget();
  }

  async list(scope: MatchScope, args: MatchFilterArgs, viewer: Principal) {
    const start: ListStart =
      'needId' in scope ? 'need' : 'seedId' in scope ? 'seed' : scope.regionIds ? 'regions' : 'all';
    const after = decodeCursor(args.after);
    const desc = args.direction !== SortDirection.ASC;
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
    // Identical reads (same scope, filters and visibility, hence the same answer) share one query:
    // a region list up to MATCH_LIST_MAX_AGE_MS old (RecentReads); a need's or a seed's list, and a
    // region list when that age is 0, only while it runs, each caller getting a result read after
    // it asked (FreshSingleFlight).
    // The order is part of the answer: ASC and DESC reads of the same scope must not share one.
    const key = JSON.stringify({ ...params, desc });
    const read = async (): Promise<MatchPage> => {
      const result = await this.neo4j.readOne(listStatement(start, desc), params);
      const row = result.records[0];
      return toConnection(
        (row.get('page') as unknown[]).map(toMatch) as (Match & Record<string, unknown>)[],
        args.first,
        toJs(row.get('total')) as number,
        (m) => encodeCursor({ value: String(m.score), id: m.id }),
      );
    };
    return 'regionIds' in scope && this.config.matching.listMaxAgeMs > 0
      ? this.regionLists.run(key, this.config.matching.listMaxAgeMs, read)
      : this.reads.run(key, read);
  }

  async findVisible(id: string, viewer: Principal): Promise<Match | null> {
    const result = await this.neo4j.readOne(FIND_ONE, { ...findParams(viewer), id });
    return result.records.length ? toMatch(result.records[0].get('m')) : null;
  }

  /**
   * For needs of one region, how many matches the region's coordinators are reviewing (those whose
   * target a coordinator covering that region alone may see): a count, nothing of the matches.
   */
  async underReview(needIds: readonly string[], regionId: string | null): Promise<{ id: string; n: number }[]> {
    const regionIds = regionId ? [regionId] : [];
    const result = await this.neo4j.readOne(UNDER_REVIEW, {
      needIds,
      underReview: UNDER_REVIEW_STATUSES,
      viewerIsAdmin: false,
      viewerCoordinatorRegionIds: regionIds,
      viewerSeedRegionIds: regionIds,
    });
    return result.records.map((r) => ({ id: r.get('id') as string, n: toJs(r.get('n')) as number }));
  }

  /** The matches of `ids` the viewer may see, in one read; those hidden or missing are left out. */
  async findVisibleMany(ids: readonly string[], viewer: Principal): Promise<Match[]> {
    const result = await this.neo4j.readOne(FIND_MANY, { ...findParams(viewer), ids });
    return result.records.map((r) => toMatch(r.get('m')));
  }
}
