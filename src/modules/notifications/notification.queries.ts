/**
 * Cypher of in-app notifications. The writes run inside the transaction of the event they tell of
 * (see notification-writes.ts), so a notification exists exactly when its event does. Each binds
 * the event's facts and `u`, a recipient, then CREATE_NOTIFICATION writes one node per recipient.
 */

/** One notification for `u`, with the facts of `props`; absent facts (null) are not stored. */
const createNotification = (props: string) => `
CREATE (x:Notification {id: randomUUID(), createdAt: datetime(), ${props}})-[:FOR]->(u)
RETURN x.id AS id, u.id AS userId`;

/**
 * The users of the coordinators a match's event concerns: the coordinator assigned to the match
 * when that coordinator has a user, else every coordinator covering the need's region. Binds m, region.
 */
const MATCH_COORDINATOR_USERS = `CASE WHEN EXISTS { (:User)-[:ACTS_AS]->(:Coordinator)-[:ASSIGNED]->(m) }
    THEN [(u:User)-[:ACTS_AS]->(:Coordinator)-[:ASSIGNED]->(m) | u]
    ELSE coalesce([(u:User)-[:ACTS_AS]->(:Coordinator)-[:COVERS]->(region) | u], []) END`;

/**
 * Notifications of match events: the company's answer and a stalled match for the match's
 * coordinators (MATCH_COORDINATOR_USERS); a move to a status the company sees ($sharedStatuses)
 * for the need's company's users. Other events (notes, moves before sharing) notify nobody in the
 * app. Never the user who made the event.
 */
export const MATCH_EVENT_NOTIFICATIONS = `
UNWIND $eventIds AS eventId
MATCH (e:MatchEvent {id: eventId})-[:ON_MATCH]->(m:Match)-[:FOR_NEED]->(n:Need)-[:OF_COMPANY]->(company:Organization)
OPTIONAL MATCH (company)-[:IN_REGION]->(region:Region)
WITH e, m, n, company, region, CASE
    WHEN e.kind = 'ANSWER' THEN 'COMPANY_ANSWERED'
    WHEN e.kind = 'STATUS' AND e.to = 'STALLED' THEN 'MATCH_STALLED'
    WHEN e.kind = 'STATUS' AND e.to = 'SHARED' THEN 'MATCH_SHARED'
    WHEN e.kind = 'STATUS' AND e.to IN $sharedStatuses THEN 'MATCH_STATUS_CHANGED'
  END AS kind
WHERE kind IS NOT NULL
WITH e, m, n, company, kind, CASE WHEN kind IN ['COMPANY_ANSWERED', 'MATCH_STALLED']
    THEN ${MATCH_COORDINATOR_USERS}
    ELSE [(u:User)-[:REPRESENTS]->(company) | u] END AS recipients
UNWIND recipients AS u
WITH DISTINCT e, m, n, company, kind, u
WHERE u.id <> e.byUserId
${createNotification(`kind: kind, matchId: m.id, needId: n.id, needTitle: n.title, companyName: company.name,
  interested: e.interested, matchStatus: CASE WHEN e.kind = 'STATUS' THEN e.to END,
  previousMatchStatus: CASE WHEN e.kind = 'STATUS' THEN e.from END`)}`;

/**
 * Notifications of a use request event: a new request (no `from`) for the host side, the
 * equipment's support staff and the host region's coordinators; a move for the other side of the
 * one who made it (the company's users when the host side moved it, the host side when the company
 * did). Never the user who made the event.
 */
export const USE_EVENT_NOTIFICATIONS = `
MATCH (e:EquipmentUseEvent {id: $eventId})-[:ON_REQUEST]->(r:EquipmentUseRequest)-[:FOR_EQUIPMENT]->(eq:Equipment)
MATCH (r)-[:REQUESTED_BY]->(company:Organization)
OPTIONAL MATCH (eq)-[:HOSTED_BY]->(:Organization)-[:IN_REGION]->(region:Region)
WITH e, r, eq, company,
  [(u:User)-[:REPRESENTS]->(company) | u] AS companyUsers,
  [(u:User)-[:ACTS_AS]->(:SupportStaff)-[:SUPPORTS]->(eq) | u]
    + coalesce([(u:User)-[:ACTS_AS]->(:Coordinator)-[:COVERS]->(region) | u], []) AS hostUsers
WITH e, r, eq, company, CASE WHEN e.from IS NULL THEN 'EQUIPMENT_REQUESTED' ELSE 'EQUIPMENT_USE_CHANGED' END AS kind,
  CASE WHEN e.from IS NULL OR any(c IN companyUsers WHERE c.id = e.byUserId) THEN hostUsers ELSE companyUsers END
    AS recipients
UNWIND recipients AS u
WITH DISTINCT e, r, eq, company, kind, u
WHERE u.id <> e.byUserId
${createNotification(`kind: kind, equipmentUseRequestId: r.id, matchId: r.matchId, equipmentName: eq.name,
  companyName: company.name, useStatus: e.to, previousUseStatus: e.from`)}`;

/** One NEW_SUGGESTIONS notification per coordinator user of the need's region, with the run's count. */
export const NEW_SUGGESTIONS_NOTIFICATIONS = `
MATCH (n:Need {id: $needId})-[:OF_COMPANY]->(company:Organization)-[:IN_REGION]->(region:Region)
MATCH (u:User)-[:ACTS_AS]->(:Coordinator)-[:COVERS]->(region)
WITH DISTINCT n, company, u
${createNotification(`kind: 'NEW_SUGGESTIONS', needId: n.id, needTitle: n.title, companyName: company.name,
  suggestionCount: $count`)}`;

/** A user's notifications, for keysetPage/readPage: binds n. */
export const OWN_SCOPE = `MATCH (:User {id: $userId})<-[:FOR]-(n:Notification)`;

export const OWN_FILTER = `($unreadOnly = false OR n.readAt IS NULL)`;

// createdAt as Neo4j writes it (nanoseconds): the cursor carries it whole, so notifications made in
// the same millisecond are neither repeated nor skipped across pages.
export const OWN_NODE = `n {.*, createdAt: toString(n.createdAt)} AS node`;

export const FIND_OWN = `${OWN_SCOPE} WHERE n.id = $id RETURN ${OWN_NODE}`;

export const UNREAD_COUNT = `${OWN_SCOPE} WHERE n.readAt IS NULL RETURN count(n) AS n`;

/** Which of $ids are the user's; MARK_READ then marks them (or all, with $ids null) read. */
export const OWNED_AMONG = `${OWN_SCOPE} WHERE n.id IN $ids RETURN collect(n.id) AS ids`;

export const MARK_READ = `
${OWN_SCOPE}
WHERE ($ids IS NULL OR n.id IN $ids) AND n.readAt IS NULL
SET n.readAt = datetime()`;

/** Up to $batch notifications created before $cutoff, deleted; the caller repeats until none is left. */
export const PRUNE_BATCH = `
MATCH (n:Notification)
WHERE n.createdAt < datetime($cutoff)
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted`;
