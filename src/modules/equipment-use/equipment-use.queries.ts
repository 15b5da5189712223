/**
 * Cypher of equipment use requests. A status change runs as LOCK_REQUEST (a write, which holds the
 * node's lock until commit) then CHANGE_STATUS, which re-checks the status under that lock: with
 * read-committed isolation two actors could otherwise both move a request from the same status.
 */

/**
 * Who sees a request: admins; the requesting company's users; the support staff of its equipment;
 * the coordinators of the host's region. Binds n (request), eq, host, company.
 */
export const REQUEST_SCOPE = `
MATCH (n:EquipmentUseRequest)-[:FOR_EQUIPMENT]->(eq:Equipment)-[:HOSTED_BY]->(host:Organization)
MATCH (n)-[:REQUESTED_BY]->(company:Organization)`;

export const REQUEST_VISIBLE = `($viewerIsAdmin
  OR company.id = $viewerCompanyId
  OR EXISTS { (staff:SupportStaff)-[:SUPPORTS]->(eq) WHERE staff.id = $viewerStaffId }
  OR EXISTS { (host)-[:IN_REGION]->(r:Region) WHERE r.id IN $viewerCoordinatorRegionIds })`;

export const REQUEST_FILTER = `${REQUEST_VISIBLE}
  AND ($status IS NULL OR n.status = $status)
  AND ($equipmentId IS NULL OR eq.id = $equipmentId)`;

export const REQUEST_NODE = `n {.*, equipmentId: eq.id, hostId: host.id, companyId: company.id,
  regionId: head([(host)-[:IN_REGION]->(hostRegion:Region) | hostRegion.id])} AS node`;

export const FIND_VISIBLE = `${REQUEST_SCOPE} WHERE n.id = $id AND ${REQUEST_VISIBLE} RETURN ${REQUEST_NODE}`;

const EVENT_AUDIT = `at: datetime(), createdAt: datetime(), updatedAt: datetime(), createdBy: $userId,
  byUserId: $userId, byName: $byName`;

// The creating event is step 1 of the history (from: none, to: REQUESTED).
export const CREATE_REQUEST = `
MATCH (eq:Equipment {id: $equipmentId})
MATCH (company:Organization {id: $companyId})
CREATE (n:EquipmentUseRequest {id: randomUUID(), status: 'REQUESTED', purpose: $purpose,
  wishedFrom: datetime($wishedFrom), wishedTo: datetime($wishedTo), matchId: $matchId,
  createdAt: datetime(), updatedAt: datetime(), statusChangedAt: datetime(), createdBy: $userId})-[:FOR_EQUIPMENT]->(eq)
CREATE (n)-[:REQUESTED_BY]->(company)
CREATE (e:EquipmentUseEvent {id: randomUUID(), seq: 1, ${EVENT_AUDIT}, to: 'REQUESTED'})-[:ON_REQUEST]->(n)
WITH n, e
CALL (n) {
  MATCH (m:Match {id: $matchId})
  CREATE (n)-[:FROM_MATCH]->(m)
}
RETURN n.id AS id, e.id AS eventId`;

export const LOCK_REQUEST = `
MATCH (n:EquipmentUseRequest {id: $id})
SET n.updatedAt = datetime()
RETURN n.status AS status`;

export const CHANGE_STATUS = `
MATCH (n:EquipmentUseRequest {id: $id})
WHERE n.status = $expected
CREATE (e:EquipmentUseEvent {id: randomUUID(), seq: COUNT { (:EquipmentUseEvent)-[:ON_REQUEST]->(n) } + 1, ${EVENT_AUDIT},
  from: $expected, to: $to, note: $note, proposedFrom: datetime($proposedFrom), proposedTo: datetime($proposedTo),
  reason: $refusalReason})-[:ON_REQUEST]->(n)
SET n.status = $to, n.statusChangedAt = datetime(), n.updatedAt = datetime(),
  n.proposedFrom = CASE WHEN $to = 'TIME_PROPOSED' THEN datetime($proposedFrom) ELSE n.proposedFrom END,
  n.proposedTo = CASE WHEN $to = 'TIME_PROPOSED' THEN datetime($proposedTo) ELSE n.proposedTo END,
  n.refusalReason = CASE WHEN $to = 'REFUSED' THEN $refusalReason ELSE n.refusalReason END
RETURN e.id AS eventId`;

export const HISTORY = `
MATCH (e:EquipmentUseEvent)-[:ON_REQUEST]->(n:EquipmentUseRequest)
WHERE n.id IN $ids
RETURN n.id AS parentId, e {.*} AS item
ORDER BY e.seq, e.at`;

/** Whether a support staff member supports the equipment (the host side's right to act). */
export const STAFF_SUPPORTS = `
RETURN EXISTS { (:SupportStaff {id: $staffId})-[:SUPPORTS]->(:Equipment {id: $equipmentId}) } AS supports`;

/** What a notification needs: the event, the equipment's name, and everyone concerned. */
export const NOTIFICATION_CONTEXT = `
MATCH (e:EquipmentUseEvent {id: $eventId})-[:ON_REQUEST]->(n:EquipmentUseRequest)
OPTIONAL MATCH (n)-[:FOR_EQUIPMENT]->(eq:Equipment)
OPTIONAL MATCH (eq)-[:HOSTED_BY]->(:Organization)-[:IN_REGION]->(region:Region)
OPTIONAL MATCH (n)-[:REQUESTED_BY]->(company:Organization)
RETURN e {.*} AS event, n.id AS requestId, coalesce(eq.name, '') AS equipmentName, e.notifiedAt IS NOT NULL AS notified,
  [(u:User)-[:REPRESENTS]->(company) | {id: u.id, email: u.email}] AS companyUsers,
  [(u:User)-[:ACTS_AS]->(:SupportStaff)-[:SUPPORTS]->(eq) | {id: u.id, email: u.email}] AS staffUsers,
  [(u:User)-[:ACTS_AS]->(:Coordinator)-[:COVERS]->(region) | {id: u.id, email: u.email}] AS coordinators`;

export const MARK_NOTIFIED = `
MATCH (e:EquipmentUseEvent {id: $eventId})
SET e.notifiedAt = datetime(), e.notifiedTo = $recipients`;
