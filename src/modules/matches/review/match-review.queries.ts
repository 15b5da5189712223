import { NEED_VISIBLE, seedVisibleLazily } from '../../auth/visibility';

/**
 * Cypher of the review workflow. Every write that depends on a match's status runs in one
 * transaction as LOCK_MATCH (a write, which takes the node's lock until commit) followed by a
 * statement that re-checks the status under that lock: read-committed isolation would otherwise let
 * two coordinators both move a match from the same status.
 */

/** The need, company and region a match belongs to (access checks), whatever the viewer. */
export const MATCH_CONTEXT = `
MATCH (m:Match {id: $id})
OPTIONAL MATCH (m)-[:FOR_NEED]->(n:Need)-[:OF_COMPANY]->(company:Organization)
OPTIONAL MATCH (company)-[:IN_REGION]->(region:Region)
RETURN m.status AS status, n.id AS needId, company.id AS companyId, region.id AS regionId`;

export const LOCK_MATCH = `
MATCH (m:Match {id: $id})
SET m.updatedAt = datetime()
RETURN m.status AS status, coalesce(m.companyAnswerSettled, false) AS companyAnswerSettled`;

/**
 * Every status change settles the company's answer given before it (answerChangeable in
 * match-review.rules.ts): the coordinator has acted on it. An answer, once given, is never removed.
 */
const SETTLE_ANSWER = `m.companyAnswerSettled = m.companyAnswerAt IS NOT NULL`;

/** The event's fields; seq orders a match's events even when two share a timestamp. */
const EVENT_PROPS = `id: randomUUID(), seq: COUNT { (:MatchEvent)-[:ON_MATCH]->(m) } + 1,
  at: datetime(), createdAt: datetime(), updatedAt: datetime(), createdBy: $userId,
  byUserId: $userId, byName: $byName`;

// The latest note is also kept on the match: the matcher keeps a match with a note (ACTED_ON in
// matching.queries.ts), so a coordinator's note on a suggestion survives recomputation.
export const CHANGE_STATUS = `
MATCH (m:Match {id: $id})
WHERE m.status = $expected
CREATE (e:MatchEvent {${EVENT_PROPS}, kind: 'STATUS', from: $expected, to: $to,
  note: $note, reason: $reason, agreementKind: $agreementKind})-[:ON_MATCH]->(m)
SET m.status = $to, m.statusChangedAt = datetime(), m.updatedAt = datetime(), ${SETTLE_ANSWER},
  m.note = coalesce($note, m.note),
  m.declineReason = CASE WHEN $to = 'DECLINED' THEN $reason ELSE m.declineReason END,
  m.agreementKind = CASE WHEN $to = 'AGREED' THEN $agreementKind ELSE m.agreementKind END
RETURN e.id AS eventId`;

export const ANNOTATE = `
MATCH (m:Match {id: $id})
CREATE (e:MatchEvent {${EVENT_PROPS}, kind: 'NOTE', from: m.status, to: m.status, note: $note})-[:ON_MATCH]->(m)
SET m.note = $note, m.updatedAt = datetime()
RETURN e.id AS eventId`;

export const ANSWER = `
MATCH (m:Match {id: $id})
WHERE m.status IN $sharedStatuses
CREATE (e:MatchEvent {${EVENT_PROPS}, kind: 'ANSWER', from: m.status, to: m.status, note: $note,
  interested: $interested})-[:ON_MATCH]->(m)
SET m.companyAnswer = $interested, m.companyAnswerNote = $note, m.companyAnswerAt = datetime(),
  m.companyAnswerBy = $byName, m.updatedAt = datetime()
RETURN e.id AS eventId`;

/** What a notification needs: the event, the need's title, and the users to tell. */
export const NOTIFICATION_CONTEXT = `
MATCH (e:MatchEvent {id: $eventId})-[:ON_MATCH]->(m:Match)
OPTIONAL MATCH (m)-[:FOR_NEED]->(n:Need)-[:OF_COMPANY]->(company:Organization)
OPTIONAL MATCH (company)-[:IN_REGION]->(region:Region)
RETURN e {.*} AS event, m.id AS matchId, coalesce(n.title, '') AS needTitle, e.notifiedAt IS NOT NULL AS notified,
  [(u:User)-[:ACTS_AS]->(:Coordinator)-[:COVERS]->(region) | {id: u.id, email: u.email}] AS coordinators,
  [(u:User)-[:REPRESENTS]->(company) | {id: u.id, email: u.email}] AS companyUsers`;

export const MARK_NOTIFIED = `
MATCH (e:MatchEvent {id: $eventId})
SET e.notifiedAt = datetime(), e.notifiedTo = $recipients`;

export const HISTORY = `
MATCH (e:MatchEvent)-[:ON_MATCH]->(m:Match)
WHERE m.id IN $ids
RETURN m.id AS parentId, e {.*} AS item
ORDER BY e.seq, e.at`;

/** A match's latest event (lastEvent, null without one) and its number of events, for a bound `m`. */
export const EVENTS_OF_MATCH = `
CALL (m) {
  OPTIONAL MATCH (e:MatchEvent)-[:ON_MATCH]->(m)
  RETURN max(e.at) AS lastEvent, count(e) AS events
}`;
const LAST_ACTIVITY = `${EVENTS_OF_MATCH}
WITH m, events, coalesce(lastEvent, m.createdAt) AS lastActivity
WHERE lastActivity <= datetime($cutoff)`;

export const STALLED_CANDIDATES = `
MATCH (m:Match)
WHERE m.status IN $statuses
${LAST_ACTIVITY}
SET m.updatedAt = datetime()
RETURN m.id AS id`;

export const FLAG_STALLED = `
UNWIND $ids AS id
MATCH (m:Match {id: id})
WHERE m.status IN $statuses
${LAST_ACTIVITY}
WITH m, events, m.status AS from
CREATE (e:MatchEvent {id: randomUUID(), seq: events + 1, at: datetime($now), createdAt: datetime(), updatedAt: datetime(),
  createdBy: 'system', byUserId: 'system', byName: 'Stalled detection', kind: 'STATUS', from: from, to: 'STALLED',
  note: $note})-[:ON_MATCH]->(m)
SET m.status = 'STALLED', m.statusChangedAt = datetime($now), m.updatedAt = datetime(), ${SETTLE_ANSWER}
RETURN m.id AS id, e.id AS eventId, from`;

/**
 * Suggestions waiting for review, best first and, at equal score, the longest waiting first.
 * Targets are filtered with the same rules as match-reads, so the inbox never shows more than
 * `match(id)` would.
 */
export const INBOX_SCOPE = `
MATCH (m:Match {status: 'SUGGESTED'})
WHERE m.current = true AND coalesce(m.stale, false) = false
MATCH (m)-[:FOR_NEED]->(n:Need)-[:OF_COMPANY]->(company:Organization)-[:IN_REGION]->(region:Region)
WHERE $regionIds IS NULL OR region.id IN $regionIds
MATCH (m)-[:SUGGESTS]->(t)
WHERE ${NEED_VISIBLE} AND (NOT t:Seed OR ${seedVisibleLazily('t')})`;

export const INBOX_AFTER = `($afterScore IS NULL OR m.score < $afterScore
  OR (m.score = $afterScore AND (m.createdAt > datetime($afterCreatedAt)
      OR (m.createdAt = datetime($afterCreatedAt) AND m.id > $afterId))))`;

export const INBOX_ORDER = `ORDER BY m.score DESC, m.createdAt ASC, m.id ASC`;

export const ASSIGNED_COORDINATORS = `
MATCH (c:Coordinator)-[:ASSIGNED]->(m:Match)
WHERE m.id IN $ids
RETURN m.id AS id, c.id AS coordinatorId`;

/** The region of each match's need's company (null when the need or the company's region is gone). */
export const MATCH_REGIONS = `
MATCH (m:Match)
WHERE m.id IN $ids
OPTIONAL MATCH (m)-[:FOR_NEED]->(:Need)-[:OF_COMPANY]->(:Organization)-[:IN_REGION]->(region:Region)
RETURN m.id AS id, head(collect(region.id)) AS regionId`;

export const COORDINATOR_REGIONS = `
MATCH (c:Coordinator {id: $id})
RETURN [(c)-[:COVERS]->(r:Region) | r.id] AS regionIds`;

/** One coordinator at a time: assigning replaces the previous assignment. */
export const assignTo = (label: 'Match' | 'Need') => `
MATCH (target:${label} {id: $targetId})
MATCH (c:Coordinator {id: $coordinatorId})
SET target.updatedAt = datetime()
WITH target, c
CALL (target, c) {
  OPTIONAL MATCH (other:Coordinator)-[old:ASSIGNED]->(target) WHERE other <> c
  DELETE old
}
MERGE (c)-[a:ASSIGNED]->(target)
  ON CREATE SET a.at = datetime(), a.by = $userId
RETURN target.id AS id`;

export const REGION_EXISTS = `MATCH (r:Region {id: $regionId}) RETURN count(r) AS n`;

const PERIOD = (x: string) => `${x} >= datetime($from) AND ${x} < datetime($to)`;

export const KPI_SEEDS = `
MATCH (s:Seed)
WHERE ${PERIOD('s.createdAt')}
  AND $regionId IN [(s)-[:HELD_BY]->(:Organization)-[:IN_REGION]->(r:Region) | r.id]
    + [(s)-[:HELD_BY]->(:Researcher)-[:AFFILIATED_WITH]->(:Organization)-[:IN_REGION]->(r:Region) | r.id]
RETURN count(s) AS n`;

export const KPI_NEEDS = `
MATCH (n:Need)-[:OF_COMPANY]->(:Organization)-[:IN_REGION]->(:Region {id: $regionId})
WHERE ${PERIOD('n.createdAt')}
RETURN count(DISTINCT n) AS n`;

const REGION_MATCHES = `MATCH (m:Match)-[:FOR_NEED]->(:Need)-[:OF_COMPANY]->(:Organization)-[:IN_REGION]->(:Region {id: $regionId})`;

export const KPI_SUGGESTED = `
${REGION_MATCHES}
WHERE ${PERIOD('m.createdAt')}
RETURN count(DISTINCT m) AS n`;

export const KPI_MOVES = `
${REGION_MATCHES}
MATCH (e:MatchEvent {kind: 'STATUS'})-[:ON_MATCH]->(m)
WHERE ${PERIOD('e.at')}
RETURN count(DISTINCT CASE WHEN e.from = 'SUGGESTED' THEN m END) AS reviewed,
  count(DISTINCT CASE WHEN e.to = 'SHARED' THEN m END) AS shared,
  count(DISTINCT CASE WHEN e.to = 'INTRODUCED' THEN m END) AS introduced,
  count(DISTINCT CASE WHEN e.to = 'AGREED' THEN m END) AS agreed`;

/** Matches first introduced in the period, with when they were suggested. */
export const KPI_INTRODUCTIONS = `
${REGION_MATCHES}
CALL (m) {
  MATCH (e:MatchEvent {kind: 'STATUS', to: 'INTRODUCED'})-[:ON_MATCH]->(m)
  RETURN min(e.at) AS introducedAt
}
WITH DISTINCT m, introducedAt
WHERE introducedAt IS NOT NULL AND ${PERIOD('introducedAt')}
RETURN m.createdAt AS suggestedAt, introducedAt`;

/** Use requests for equipment hosted in the region: created in the period; approved in the period (by their events). */
export const KPI_EQUIPMENT_USE = `
MATCH (n:EquipmentUseRequest)-[:FOR_EQUIPMENT]->(:Equipment)-[:HOSTED_BY]->(:Organization)-[:IN_REGION]->(:Region {id: $regionId})
RETURN count(DISTINCT CASE WHEN ${PERIOD('n.createdAt')} THEN n END) AS requested,
  count(DISTINCT CASE WHEN EXISTS {
    MATCH (e:EquipmentUseEvent {to: 'APPROVED'})-[:ON_REQUEST]->(n) WHERE ${PERIOD('e.at')}
  } THEN n END) AS approved`;

export const KPI_HR = `
MATCH (p)-[e:ENROLLED_IN]->(:HrProgram)-[:HOSTED_BY]->(:Organization)-[:IN_REGION]->(:Region {id: $regionId})
WHERE ${PERIOD('e.enrolledAt')}
RETURN count(DISTINCT p) AS n`;
