import { needVisibleAt, seedVisible } from '../auth/visibility';
import {
  INTRODUCTION_RELATIONSHIP_TYPES,
  INTRODUCTION_WAYPOINT_KINDS,
  KIND_LABEL,
  NETWORK_LABELS,
} from './network-kinds';

/**
 * Cypher of the network explorer. Everything a client sends is a parameter (node kinds and
 * relationship types too, compared as strings); the few labels and types written into the text
 * below come from the fixed tables in network-kinds.ts, and the one number (an introduction
 * path's bound) is a validated integer. Queries never bind `n`, `company` or `region` outside
 * needVisibleAt, whose predicate (auth's NEED_VISIBLE) uses those names.
 */

/** A seed's regions: its holder organizations' and its holder researchers' affiliations'. */
const seedRegions = (x: string) => `([(${x})-[:HELD_BY]->(:Organization)-[:IN_REGION]->(sr:Region) | sr.id]
  + [(${x})-[:HELD_BY]->(:Researcher)-[:AFFILIATED_WITH]->(:Organization)-[:IN_REGION]->(sr:Region) | sr.id])`;

/**
 * THE visibility filter of the explorer, used for every node any query returns, walks through or
 * counts: a node of the network (one of the 11 labels), and, for a need or a seed, one the viewer
 * may see by docs/api.md's role table (auth's visibility predicates). Hidden needs
 * and seeds are neither shown, nor walked through, nor counted in a degree. Takes the
 * visibilityParams of the viewer and $networkLabels.
 */
export const networkVisible = (x: string) => `(any(l IN labels(${x}) WHERE l IN $networkLabels)
  AND (NOT ${x}:Need OR ${needVisibleAt(x)})
  AND (NOT ${x}:Seed OR ${seedVisible(x, seedRegions(x))}))`;

/**
 * Relationships of the network to nodes the viewer may see. Network relationship types only join
 * network nodes, so only needs and seeds at the other end need the visibility check.
 */
const visibleDegree = (
  x: string,
) => `COUNT { (${x})-[dr]-(dy) WHERE type(dr) IN $networkTypes AND NOT dy:Need AND NOT dy:Seed }
    + COUNT { (${x})-[dr]-(dy:Need) WHERE type(dr) IN $networkTypes AND ${needVisibleAt('dy')} }
    + COUNT { (${x})-[dr]-(dy:Seed) WHERE type(dr) IN $networkTypes AND ${seedVisible('dy', seedRegions('dy'))} }`;

/** The regions a node belongs to (see NetworkNode.regionIds); each label has only its own links. */
const regionIds = (x: string) => `reduce(acc = [], rid IN
  CASE WHEN ${x}:Region THEN [${x}.id] ELSE [] END
  + [(${x})-[:IN_REGION|COVERS]->(nr:Region) | nr.id]
  + [(${x})-[:AFFILIATED_WITH|WORKS_AT|HOSTED_BY|OF_COMPANY|HELD_BY]->(:Organization)-[:IN_REGION]->(nr:Region) | nr.id]
  + [(${x})-[:HELD_BY]->(:Researcher)-[:AFFILIATED_WITH]->(:Organization)-[:IN_REGION]->(nr:Region) | nr.id]
  | CASE WHEN rid IN acc THEN acc ELSE acc + rid END)`;

/** One node as the explorer shows it; `eid` (element id) stays inside the repository. */
const NODE = (x: string) => `{eid: elementId(${x}), id: ${x}.id,
  label: head([l IN labels(${x}) WHERE l IN $networkLabels]),
  name: coalesce(${x}.name, ${x}.title, ''),
  regionIds: ${regionIds(x)},
  degree: ${visibleDegree(x)}}`;

/** A network node by id, one labelled index lookup per label (an unlabelled lookup scans every node). */
export const FIND_NODE = `
CALL () {
${NETWORK_LABELS.map((label) => `  MATCH (x:${label} {id: $id}) RETURN x`).join('\n  UNION\n')}
}
WITH x WHERE ${networkVisible('x')}
RETURN ${NODE('x')} AS node
LIMIT 1`;

/**
 * One hop of the neighbourhood's breadth-first walk: the unseen neighbours of the frontier through
 * relationships of the chosen types, of the chosen kinds, that the viewer may see. Walking hop by
 * hop expands each node once, where a variable-length pattern enumerates every path (measured on
 * the demo: 913 paths of up to 3 hops from Shiomi Bay reach its 149 nodes, and the ratio grows
 * with each hop and each hub). The walk is bounded by depth (at most 3 queries) and MAX_WALK_NODES.
 */
export const EXPAND = `
UNWIND $frontier AS fromEid
MATCH (a) WHERE elementId(a) = fromEid
MATCH (a)-[r]-(x)
WHERE type(r) IN $types AND NOT elementId(x) IN $seen AND any(l IN labels(x) WHERE l IN $labels)
WITH DISTINCT x
WHERE ${networkVisible('x')}
RETURN elementId(x) AS eid
LIMIT $cap`;

/** The nodes of a list of element ids, projected. */
export const PROJECT = `
UNWIND $eids AS eid
MATCH (x) WHERE elementId(x) = eid
RETURN ${NODE('x')} AS node`;

/** Relationships of the chosen types between nodes of the list, each once, in stored direction. */
export const EDGES_BETWEEN = `
UNWIND $eids AS eid
MATCH (a) WHERE elementId(a) = eid
MATCH (a)-[r]->(b)
WHERE type(r) IN $types AND elementId(b) IN $eids
RETURN DISTINCT a.id AS source, type(r) AS type, b.id AS target`;

/**
 * The region's network and each member's hop distance from the region node along the membership
 * links: its organizations, consortiums and coordinators (1); people, equipment, HR programs,
 * needs and seeds of its organizations (2); seeds of researchers affiliated there (3).
 */
export const REGION_MEMBERS = `
MATCH (rg:Region {id: $regionId})
CALL (rg) {
  RETURN rg AS x, 0 AS hops
  UNION
  MATCH (rg)<-[:IN_REGION|COVERS]-(x) RETURN x, 1 AS hops
  UNION
  MATCH (rg)<-[:IN_REGION]-(:Organization)<-[:AFFILIATED_WITH|WORKS_AT|HOSTED_BY|OF_COMPANY|HELD_BY]-(x) RETURN x, 2 AS hops
  UNION
  MATCH (rg)<-[:IN_REGION]-(:Organization)<-[:AFFILIATED_WITH]-(:Researcher)<-[:HELD_BY]-(x:Seed) RETURN x, 3 AS hops
}
WITH x, min(hops) AS hops
WHERE any(l IN labels(x) WHERE l IN $labels) AND ${networkVisible('x')}
RETURN elementId(x) AS eid, hops, head([l IN labels(x) WHERE l IN $networkLabels]) AS label`;

export const REGION_EXISTS = `MATCH (rg:Region {id: $regionId}) RETURN rg.id AS id`;

/** Open needs of the region, visible, with no current match scoring at least $minScore. */
export const UNMET_NEEDS = `
MATCH (:Region {id: $regionId})<-[:IN_REGION]-(:Organization {kind: 'COMPANY'})<-[:OF_COMPANY]-(x:Need)
WHERE x.status IN ['OPEN', 'IN_DISCUSSION'] AND ${networkVisible('x')}
  AND NOT EXISTS { MATCH (m:Match)-[:FOR_NEED]->(x) WHERE m.current = true AND m.score >= $minScore }
RETURN x.id AS id, toString(x.updatedAt) AS version, x.title AS title, coalesce(x.keywords, []) AS keywords,
  coalesce(x.description, '') + '\n' + coalesce(x.desiredOutcome, '') AS body
ORDER BY x.title, x.id`;

/** Visible seeds of the region that no need currently matches with a score of at least $minScore. */
export const ORPHAN_SEEDS = `
MATCH (rg:Region {id: $regionId})
CALL (rg) {
  MATCH (rg)<-[:IN_REGION]-(:Organization)<-[:HELD_BY]-(x:Seed) RETURN x
  UNION
  MATCH (rg)<-[:IN_REGION]-(:Organization)<-[:AFFILIATED_WITH]-(:Researcher)<-[:HELD_BY]-(x:Seed) RETURN x
}
WITH x WHERE ${networkVisible('x')}
  AND NOT EXISTS { MATCH (m:Match)-[:SUGGESTS]->(x) WHERE m.current = true AND m.score >= $minScore }
RETURN x.id AS id
ORDER BY x.title, x.id`;

const WAYPOINT_LABELS = INTRODUCTION_WAYPOINT_KINDS.map((k) => KIND_LABEL[k]);

/**
 * The shortest introduction path of at most `maxLength` edges, as the matching engine defines one
 * (matching.queries.ts networkFacts: company — WORKS_AT — contact — KNOWS — coordinator — KNOWS —
 * researcher, or shared consortium membership), widened to every person-and-membership link:
 * only people, organizations, consortiums and HR programs stand between the two ends, so a path
 * never passes through a need or seed (nor, so, through a hidden one). `maxLength` is a validated
 * integer (variable-length bounds cannot be parameters); the types come from the fixed table.
 */
export const introductionPath = (maxLength: number) => {
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > 8) throw new RangeError(`maxLength ${maxLength}`);
  return `
MATCH (a) WHERE elementId(a) = $fromEid
MATCH (b) WHERE elementId(b) = $toEid
MATCH p = shortestPath((a)-[:${INTRODUCTION_RELATIONSHIP_TYPES.join('|')}*..${maxLength}]-(b))
WHERE all(w IN nodes(p) WHERE w = a OR w = b OR ${WAYPOINT_LABELS.map((l) => `w:${l}`).join(' OR ')})
RETURN [w IN nodes(p) | elementId(w)] AS eids,
  [r IN relationships(p) | {source: startNode(r).id, type: type(r), target: endNode(r).id}] AS edges`;
};
