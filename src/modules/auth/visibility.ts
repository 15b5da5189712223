import { isAdmin, Principal } from './principal';

/**
 * Who may read a need or a seed, as Cypher predicates that every module's reads share (needs,
 * seeds, matches, the network explorer), so a list is filtered in the database and never after
 * the fact. Binding names in the predicates come from code, never from input; the parameters they
 * read are visibilityParams(viewer).
 */

/** Who may see a need: see Confidentiality's description. `n`, `company` and `region` must be bound. */
export const NEED_VISIBLE = `($viewerIsAdmin OR company.id = $viewerCompanyId
  OR n.confidentiality = 'PUBLIC'
  OR (n.confidentiality = 'REGION' AND region.id IN $viewerRegionIds)
  OR region.id IN $viewerCoordinatorRegionIds)`;

/** NEED_VISIBLE for a need bound to `x`, as a subquery that binds `n`, `company` and `region` itself. */
export const needVisibleAt = (x: string) => `EXISTS {
    MATCH (n:Need)-[:OF_COMPANY]->(company:Organization) WHERE n = ${x}
    OPTIONAL MATCH (company)-[:IN_REGION]->(region:Region)
    WITH n, company, region
    WHERE ${NEED_VISIBLE} }`;

/**
 * Who may see a seed (see SeedVisibility's description), for a seed bound to `seed` whose regions
 * are bound to `regions`. Both names come from code, never from input.
 */
export const seedVisible = (seed: string, regions: string) => `($viewerIsAdmin OR ${seed}.visibility = 'PUBLIC'
  OR (${seed}.visibility = 'REGION' AND any(r IN ${regions} WHERE r IN $viewerSeedRegionIds))
  OR any(r IN ${regions} WHERE r IN $viewerCoordinatorRegionIds))`;

/** Whether a seed bound to `seed` is held in one of the regions of the list parameter `ids`. */
const heldInRegions = (
  seed: string,
  ids: string,
) => `(EXISTS { (${seed})-[:HELD_BY]->(:Organization)-[:IN_REGION]->(r:Region) WHERE r.id IN ${ids} }
    OR EXISTS { (${seed})-[:HELD_BY]->(:Researcher)-[:AFFILIATED_WITH]->(:Organization)-[:IN_REGION]->(r:Region) WHERE r.id IN ${ids} })`;

/**
 * The rule of seedVisible for a seed whose regions are not computed beforehand: the region tests
 * are EXISTS subqueries, which the planner runs only when the cheaper terms before them are false,
 * so a PUBLIC seed costs no region lookup (for reads over thousands of matches).
 */
export const seedVisibleLazily = (seed: string) => `($viewerIsAdmin OR ${seed}.visibility = 'PUBLIC'
  OR (${seed}.visibility = 'REGION' AND ${heldInRegions(seed, '$viewerSeedRegionIds')})
  OR ${heldInRegions(seed, '$viewerCoordinatorRegionIds')})`;

/** Parameters for the visibility predicates of needs and seeds (the predicates above). */
export function visibilityParams(p: Principal) {
  return {
    viewerIsAdmin: isAdmin(p),
    viewerCompanyId: p.companyId,
    viewerCoordinatorRegionIds: p.coordinatorRegionIds,
    // Regions where REGION-level data is shown: a coordinator's and a manager's; a company's own
    // region only for seeds (needs of other companies stay hidden from companies).
    viewerRegionIds: [...new Set([...p.coordinatorRegionIds, ...p.managerRegionIds])],
    viewerSeedRegionIds: [...new Set([...p.coordinatorRegionIds, ...p.managerRegionIds, ...p.companyRegionIds])],
  };
}
