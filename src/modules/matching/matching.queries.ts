import { keepPlan } from '../../infra/neo4j/kept-plan';
import { MatchTargetKind } from './engine/match-target-kind';

/**
 * Cypher of the matching engine, kept together so it can be reviewed. Labels cannot be parameters:
 * every label below comes from these fixed tables, keyed by MatchTargetKind, never from input.
 */
export const LABEL: Record<MatchTargetKind | 'NEED', string> = {
  NEED: 'Need',
  SEED: 'Seed',
  EQUIPMENT: 'Equipment',
  RESEARCHER: 'Researcher',
};

/** How each kind's text is split into the weighted fields of analysis: title, keywords, body. */
const TEXT: Record<MatchTargetKind | 'NEED', string> = {
  NEED: `n.title AS title, coalesce(n.keywords, []) AS keywords,
    coalesce(n.description, '') + '\n' + coalesce(n.desiredOutcome, '') AS body, n.status IN ['OPEN', 'IN_DISCUSSION'] AS active`,
  SEED: `n.title AS title, coalesce(n.keywords, []) + CASE WHEN coalesce(n.field, '') = '' THEN [] ELSE [n.field] END AS keywords,
    coalesce(n.summary, '') AS body, true AS active`,
  EQUIPMENT: `n.name AS title, CASE WHEN coalesce(n.category, '') = '' THEN [] ELSE [n.category] END AS keywords,
    coalesce(n.description, '') + '\n' + coalesce(n.specifications, '') AS body, true AS active`,
  RESEARCHER: `'' AS title, coalesce(n.fields, []) AS keywords, coalesce(n.profile, '') AS body, true AS active`,
};

/** Every text of a kind, one page at a time in id order (the unique id index serves the order). */
export const textsPage = (kind: MatchTargetKind | 'NEED') => `
MATCH (n:${LABEL[kind]})
WHERE $afterId IS NULL OR n.id > $afterId
RETURN n.id AS id, toString(n.updatedAt) AS updatedAt, ${TEXT[kind]}
ORDER BY n.id
LIMIT $limit`;

/** How a text's version is named in CHANGES_SINCE's $known: `KIND:id@updatedAt`. */
export const knownKey = (kind: MatchTargetKind | 'NEED', id: string, updatedAt: string) => `${kind}:${id}@${updatedAt}`;

/**
 * What every kind had edited at or after $since (range scans of the updatedAt indexes), with the
 * texts, and the server's clock, in one statement: the incremental sync that each job runs costs
 * one round trip. The versions in $known (knownKey) are left out: the caller holds them already.
 * Each sync looks back over an overlap, so without $known every job would read again the texts of
 * every need created in the last seconds (at 20 new needs a second, about 40 texts).
 */
export const CHANGES_SINCE = keepPlan(`
CALL () {
${(['NEED', 'SEED', 'EQUIPMENT', 'RESEARCHER'] as const)
  .map(
    (kind) => `  MATCH (n:${LABEL[kind]}) USING INDEX n:${LABEL[kind]}(updatedAt) WHERE n.updatedAt >= datetime($since)
  WITH n, toString(n.updatedAt) AS updatedAt
  WHERE NOT '${kind}:' + n.id + '@' + updatedAt IN $known
  RETURN '${kind}' AS kind, n.id AS id, updatedAt, ${TEXT[kind]}`,
  )
  .join('\n  UNION ALL\n')}
}
WITH collect({kind: kind, id: id, updatedAt: updatedAt, title: title, keywords: keywords, body: body, active: active}) AS changed
RETURN toString(datetime()) AS now, changed`);

export const textsOf = (kind: MatchTargetKind | 'NEED') => `
MATCH (n:${LABEL[kind]})
WHERE n.id IN $ids
RETURN n.id AS id, toString(n.updatedAt) AS updatedAt, ${TEXT[kind]}`;

export const allVersions = (kind: MatchTargetKind | 'NEED') =>
  `MATCH (n:${LABEL[kind]}) RETURN n.id AS id, toString(n.updatedAt) AS updatedAt`;

export const SERVER_TIME = `RETURN toString(datetime()) AS now`;

/** A need's text; no row when the need, or its company, is gone (its region: networkFacts). */
export const NEED_TEXT = keepPlan(`
MATCH (n:Need {id: $id})-[:OF_COMPANY]->(:Organization)
RETURN n.id AS id, toString(n.updatedAt) AS updatedAt, ${TEXT.NEED}`);

/** Regions of a target, and the people or organizations an introduction path may end at. */
const TARGET_NETWORK: Record<MatchTargetKind, string> = {
  SEED: `[(t)-[:HELD_BY]->(:Organization)-[:IN_REGION]->(r:Region) | r.id]
      + [(t)-[:HELD_BY]->(:Researcher)-[:AFFILIATED_WITH]->(:Organization)-[:IN_REGION]->(r:Region) | r.id] AS regionIds,
    [(t)-[:HELD_BY]->(h) | h] AS ends`,
  EQUIPMENT: `[(t)-[:HOSTED_BY]->(:Organization)-[:IN_REGION]->(r:Region) | r.id] AS regionIds,
    [(t)<-[:SUPPORTS]-(s:SupportStaff) | s] + [(t)-[:HOSTED_BY]->(o:Organization) | o] AS ends`,
  RESEARCHER: `[(t)-[:AFFILIATED_WITH]->(:Organization)-[:IN_REGION]->(r:Region) | r.id] AS regionIds, [t] AS ends`,
};

/**
 * In one statement (one round trip, no BEGIN or COMMIT): the region of the need's company, and for
 * each candidate of the given kinds that still exists, its regions and the shortest path of at most
 * 4 steps from the need's company to the target's people through contacts, coordinators who know
 * them, and consortium memberships. Each kind's ids come in its own parameter (seedIds,
 * equipmentIds, researcherIds). No row when the need (or its company) is gone; one row with a null
 * kind when no candidate exists any more; else a row per candidate.
 */
export const networkFacts = (kinds: readonly MatchTargetKind[]) =>
  keepPlan(`
MATCH (:Need {id: $needId})-[:OF_COMPANY]->(company:Organization)
${kinds.length > 0 ? candidatePaths(kinds) : 'WITH company, null AS kind, null AS t, null AS regionIds, null AS p'}
RETURN head([(company)-[:IN_REGION]->(r:Region) | r.id]) AS needRegionId, kind, t.id AS targetId, regionIds,
  CASE WHEN p IS NULL THEN null ELSE [x IN nodes(p) | {id: x.id, kind: head(labels(x)), name: coalesce(x.name, x.title, '')}] END AS pathNodes,
  CASE WHEN p IS NULL THEN null ELSE [r IN relationships(p) | type(r)] END AS pathRelations`);

/** For networkFacts, given `company`: each candidate of the kinds that exists (kind, t, regionIds), and its shortest path p. */
const candidatePaths = (kinds: readonly MatchTargetKind[]) => `OPTIONAL CALL (company) {
${kinds
  .map(
    (kind) => `  UNWIND $${networkParam(kind)} AS targetId
  MATCH (t:${LABEL[kind]} {id: targetId})
  WITH t, ${TARGET_NETWORK[kind]}
  RETURN '${kind}' AS kind, t, regionIds, ends`,
  )
  .join('\n  UNION ALL\n')}
}
OPTIONAL CALL (company, ends) {
  UNWIND ends AS end
  WITH company, end WHERE end <> company
  MATCH p = shortestPath((company)-[:WORKS_AT|KNOWS|MEMBER_OF*..4]-(end))
  RETURN p ORDER BY length(p) LIMIT 1
}`;

/** A kind's candidate ids in the parameters of networkFacts: seedIds, equipmentIds, researcherIds. */
export const networkParam = (kind: MatchTargetKind) => `${kind.toLowerCase()}Ids`;

/**
 * A match a coordinator has acted on (moved on from SUGGESTED, written a note, or assigned it to a
 * coordinator) is never dropped silently.
 */
export const ACTED_ON = `(m.status <> 'SUGGESTED' OR m.note IS NOT NULL OR EXISTS { (:Coordinator)-[:ASSIGNED]->(m) })`;

/**
 * Locks the need (the SET takes its write lock until commit, so an edit waits for this write and
 * then enqueues its own job) and returns the version it holds now, with the targets of its present
 * matches (read under that lock, so no other writer changes them).
 */
export const LOCK_NEED = keepPlan(`
MATCH (n:Need {id: $needId})
SET n.matchedAt = datetime()
RETURN toString(n.updatedAt) AS version,
  COLLECT { MATCH (m:Match {needId: $needId}) USING INDEX m:Match(needId) RETURN {kind: m.kind, targetId: m.targetId} } AS present`);

/** A kind's name in the parameters of WRITE_MATCHES: seedLocks, seedRows, seedCreated, ... */
export const writeParam = (kind: MatchTargetKind, what: 'Locks' | 'Rows') => `${kind.toLowerCase()}${what}`;

/** Targets are locked kind by kind in this order, each kind's in id order (see WRITE_MATCHES). */
export const LOCK_ORDER: readonly MatchTargetKind[] = ['EQUIPMENT', 'RESEARCHER', 'SEED'];

/**
 * Takes the write lock of each target of a kind, in id order. Linking or unlinking a match locks
 * its target, and two writes that lock shared targets in different orders deadlock (Neo4j then
 * fails one, and the driver re-runs it after a back-off). Every match write locks its targets up
 * front through this, in one global order (kind, then id), so concurrent writes wait for each
 * other instead. The property is set and removed in the same transaction: nothing is changed.
 */
const lockTargets = (kind: MatchTargetKind) => `CALL () {
  UNWIND $${writeParam(kind, 'Locks')} AS id
  MATCH (t:${LABEL[kind]} {id: id})
  WITH t ORDER BY t.id
  SET t._matchLock = true
  REMOVE t._matchLock
}`;

/** Creates or updates the need's matches of one kind; returns the ids of those it created. */
const upsertMatches = (kind: MatchTargetKind) => `CALL (n) {
  UNWIND $${writeParam(kind, 'Rows')} AS row
  MATCH (t:${LABEL[kind]} {id: row.targetId})
  MERGE (m:Match {pairKey: row.pairKey})
    ON CREATE SET m.id = randomUUID(), m.status = 'SUGGESTED', m.createdAt = datetime(), m.createdBy = 'matcher',
      m.needId = $needId, m.targetId = row.targetId, m.kind = '${kind}'
  SET m.score = row.score, m.lexicalScore = row.lexicalScore, m.regionBoost = row.regionBoost,
    m.pathBoost = row.pathBoost, m.explanation = row.explanation, m.path = row.path,
    m.engineVersion = $engineVersion, m.computedAt = datetime(), m.updatedAt = datetime(),
    m.needVersion = $version, m.current = true, m.stale = false
  MERGE (m)-[:FOR_NEED]->(n)
  MERGE (m)-[:SUGGESTS]->(t)
  // datetime() is fixed for the statement, so createdAt equals it exactly on the matches created here.
  RETURN collect(CASE WHEN m.createdAt = datetime() THEN m.id END) AS created${kind}
}`;

/**
 * A need's computed matches, in one statement, run after LOCK_NEED in the same transaction: lock
 * every target linked or unlinked; create or update the suggestions of each kind (a coordinator's
 * status and notes are never touched); drop the need's other matches (untouched ones go, acted-on
 * ones stay, marked not current); mark the need matched from the version the matches were computed
 * from. Returns the ids of the matches it created.
 */
export const WRITE_MATCHES = keepPlan(`
${LOCK_ORDER.map(lockTargets).join('\n')}
MATCH (n:Need {id: $needId})
${LOCK_ORDER.map(upsertMatches).join('\n')}
CALL (n) {
  OPTIONAL MATCH (m:Match {needId: $needId}) USING INDEX m:Match(needId)
  WHERE NOT m.pairKey IN $keptKeys
  CALL (m) {
    WITH m WHERE m IS NOT NULL AND ${ACTED_ON}
    SET m.current = false, m.updatedAt = datetime()
  }
  CALL (m) {
    WITH m WHERE m IS NOT NULL AND NOT ${ACTED_ON}
    DETACH DELETE m
  }
  RETURN count(m) AS dropped
}
SET n.matchedFrom = n.updatedAt, n.matchedAt = datetime(), n.matchEngineVersion = $engineVersion
RETURN ${LOCK_ORDER.map((kind) => `created${kind}`).join(' + ')} AS createdIds`);

/** Marks a target as looked at by the matcher up to the version it had. */
export const markTargetMatched = (kind: MatchTargetKind) => `
MATCH (n:${LABEL[kind]} {id: $id})
WHERE toString(n.updatedAt) = $version
SET n.matchedFrom = n.updatedAt`;

export const NEEDS_MATCHED_TO = `MATCH (m:Match {targetId: $id}) RETURN collect(DISTINCT m.needId) AS needIds`;

/** Matches whose need or target is gone: untouched ones are deleted, acted-on ones kept as stale. */
export const CLEAN_ORPHANS = `
MATCH (m:Match)
WHERE ($needId IS NULL OR m.needId = $needId) AND ($targetId IS NULL OR m.targetId = $targetId)
  AND (NOT EXISTS { (m)-[:FOR_NEED]->(:Need) } OR NOT EXISTS { (m)-[:SUGGESTS]->() })
CALL (m) {
  WITH m WHERE ${ACTED_ON}
  SET m.stale = true, m.current = false, m.updatedAt = datetime()
  RETURN count(*) AS kept
}
CALL (m) {
  WITH m WHERE NOT ${ACTED_ON}
  DETACH DELETE m
  RETURN count(*) AS deleted
}
RETURN sum(kept) AS kept, sum(deleted) AS deleted`;

/** Edited after their matches were computed (or never matched). */
export const outOfDate = (kind: MatchTargetKind | 'NEED') => `
MATCH (n:${LABEL[kind]})
WHERE n.matchedFrom IS NULL OR n.matchedFrom < n.updatedAt
RETURN n.id AS id
LIMIT $limit`;

/**
 * The open needs whose introduction paths a changed link between the nodes $nodeIds may change:
 * those whose company is at most 3 steps from either end (a path of at most 4 steps that runs
 * through the link, when it was added), and those with a match whose stored path names either end
 * (when it was removed, or a node on it deleted). The steps are those of networkFacts' paths.
 */
export const NEEDS_NEAR_NODES = `
CALL () {
  UNWIND $nodeIds AS nodeId
  CALL (nodeId) {
    MATCH (x:Coordinator {id: nodeId}) RETURN x
    UNION MATCH (x:Researcher {id: nodeId}) RETURN x
    UNION MATCH (x:Contact {id: nodeId}) RETURN x
    UNION MATCH (x:Organization {id: nodeId}) RETURN x
    UNION MATCH (x:Consortium {id: nodeId}) RETURN x
    UNION MATCH (x:SupportStaff {id: nodeId}) RETURN x
  }
  MATCH (x)-[:WORKS_AT|KNOWS|MEMBER_OF*0..3]-(company:Organization)
  WITH DISTINCT company
  MATCH (company)<-[:OF_COMPANY]-(n:Need)
  RETURN n
  UNION
  MATCH (m:Match)-[:FOR_NEED]->(n:Need)
  WHERE m.path IS NOT NULL AND any(nodeId IN $nodeIds WHERE m.path CONTAINS ('"' + nodeId + '"'))
  RETURN n
}
WITH n WHERE n.status IN ['OPEN', 'IN_DISCUSSION']
RETURN n.id AS id
LIMIT $limit`;

export const ACTIVE_NEED_IDS = `MATCH (n:Need) WHERE n.status IN ['OPEN', 'IN_DISCUSSION'] RETURN n.id AS id ORDER BY n.id`;
