import { Injectable } from '@nestjs/common';
import { Neo4jService } from '../../infra/neo4j/neo4j.service';
import { keysetPage, readPage, SortKey } from '../../infra/neo4j/keyset-page';
import { defined, toJs } from '../../infra/neo4j/neo4j-values';
import { OrganizationNotFoundError } from '../organizations/organizations.exception';
import { CreateHrProgramInput, HrProgramSort, HrProgramsArgs, UpdateHrProgramInput } from './dto/hr-program.inputs';
import { HrProgram, HrProgramParticipant } from './models/hr-program.model';
import { EndDateBeforeStartDateError, HrProgramNotFoundError, ParticipantNotFoundError } from './hr-programs.exception';

// startDate and endDate are stored as YYYY-MM-DD strings: they compare and sort in date order as
// strings, so the activeOn filter and keyset pagination (which knows strings and datetimes) work on them.
const SORT_KEYS: Record<HrProgramSort, SortKey> = {
  [HrProgramSort.TITLE]: { property: 'title', type: 'string' },
  [HrProgramSort.START_DATE]: { property: 'startDate', type: 'string' },
  [HrProgramSort.CREATED_AT]: { property: 'createdAt', type: 'datetime' },
};

const NODE = `n {.*,
  hostId: head([(n)-[:HOSTED_BY]->(host:Organization) | host.id]),
  regionId: head([(n)-[:HOSTED_BY]->(:Organization)-[:IN_REGION]->(hostRegion:Region) | hostRegion.id]),
  participantCount: COUNT { (participant)-[:ENROLLED_IN]->(n)
    WHERE participant:Researcher OR participant:Contact OR participant:SupportStaff }} AS node`;

const FILTER = `($regionId IS NULL OR EXISTS { (n)-[:HOSTED_BY]->(:Organization)-[:IN_REGION]->(:Region {id: $regionId}) })
  AND ($hostId IS NULL OR EXISTS { (n)-[:HOSTED_BY]->(:Organization {id: $hostId}) })
  AND ($activeOn IS NULL OR (n.startDate <= $activeOn AND n.endDate >= $activeOn))
  AND ($keyword IS NULL OR toLower(n.title) CONTAINS toLower($keyword)
       OR toLower(n.description) CONTAINS toLower($keyword)
       OR any(skill IN n.targetSkills WHERE toLower(skill) CONTAINS toLower($keyword)))`;

const CREATE = `
MATCH (host:Organization {id: $hostId})
CREATE (n:HrProgram {id: randomUUID(), title: $input.title, targetSkills: $input.targetSkills,
  description: $input.description, startDate: $input.startDate, endDate: $input.endDate,
  createdAt: datetime(), updatedAt: datetime(), createdBy: $userId})-[:HOSTED_BY]->(host)
RETURN ${NODE}`;

// The SET comes first so the program is locked before its dates are compared: two concurrent
// updates, one of each date, cannot both pass against the old values. The repository rolls the
// transaction back when the result breaks a rule (dates out of order, an unknown new host).
const UPDATE = `
MATCH (n:HrProgram {id: $id})
SET n += $set, n.updatedAt = datetime()
WITH n
OPTIONAL MATCH (newHost:Organization {id: $hostId})
CALL (n, newHost) {
  WITH n, newHost WHERE newHost IS NOT NULL
  OPTIONAL MATCH (n)-[old:HOSTED_BY]->(oldHost) WHERE oldHost <> newHost
  DELETE old
  MERGE (n)-[:HOSTED_BY]->(newHost)
}
RETURN $hostId IS NULL OR newHost IS NOT NULL AS hostFound, n.startDate AS startDate, n.endDate AS endDate, ${NODE}`;

// Participants' ENROLLED_IN and the HOSTED_BY link go with it (DETACH); the people stay.
const DELETE = `MATCH (n:HrProgram {id: $id}) DETACH DELETE n RETURN count(*) AS deleted`;

// Each kind of person is looked up through its own label, so every lookup is an index seek.
const PERSON = `
OPTIONAL MATCH (researcher:Researcher {id: $personId})
OPTIONAL MATCH (contact:Contact {id: $personId})
OPTIONAL MATCH (staff:SupportStaff {id: $personId})
WITH n, coalesce(researcher, contact, staff) AS p`;

const PARTICIPANT = `{personId: p.id, name: p.name,
  kind: CASE WHEN p:Researcher THEN 'RESEARCHER' WHEN p:Contact THEN 'CONTACT' ELSE 'SUPPORT_STAFF' END,
  enrolledAt: e.enrolledAt}`;

// MERGE between two bound nodes locks both before it creates the relationship (Neo4j's MergeInto),
// so concurrent enrolments of one person make one ENROLLED_IN. Enrolling again changes nothing:
// enrolledAt and the program's updatedAt move only when the enrolment is new.
const ENROL = `
OPTIONAL MATCH (n:HrProgram {id: $programId})
WITH n
${PERSON}
OPTIONAL CALL (n, p) {
  WITH n, p WHERE n IS NOT NULL AND p IS NOT NULL
  MERGE (p)-[e:ENROLLED_IN]->(n)
  ON CREATE SET e.enrolledAt = datetime(), n.updatedAt = datetime()
  RETURN ${PARTICIPANT} AS participant
}
RETURN n IS NOT NULL AS programFound, p IS NOT NULL AS personFound, participant`;

const WITHDRAW = `
OPTIONAL MATCH (n:HrProgram {id: $programId})
WITH n
${PERSON}
OPTIONAL MATCH (p)-[e:ENROLLED_IN]->(n)
WITH n, p, e, e IS NOT NULL AS wasEnrolled
CALL (n, e) {
  WITH n, e WHERE e IS NOT NULL
  DELETE e
  SET n.updatedAt = datetime()
}
RETURN n IS NOT NULL AS programFound, p IS NOT NULL AS personFound, wasEnrolled`;

const PARTICIPANTS = `
MATCH (p)-[e:ENROLLED_IN]->(n:HrProgram)
WHERE n.id IN $ids AND (p:Researcher OR p:Contact OR p:SupportStaff)
RETURN n.id AS parentId, ${PARTICIPANT} AS item
ORDER BY p.name, p.id`;


@Injectable()
export class HrProgramsRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async list(args: HrProgramsArgs) {
    const page = keysetPage(SORT_KEYS[args.sort], args.direction, args.first, args.after);
    const params = {
      regionId: args.regionId ?? null,
      hostId: args.hostId ?? null,
      activeOn: args.activeOn ?? null,
      keyword: args.keyword ?? null,
      ...page.params,
    };
    return this.neo4j.read((tx) =>
      readPage<HrProgram>(tx, { match: 'MATCH (n:HrProgram)', filter: FILTER, node: NODE }, page, params, args.first),
    );
  }

  async findByIds(ids: readonly string[]): Promise<HrProgram[]> {
    const result = await this.neo4j.readOne(`MATCH (n:HrProgram) WHERE n.id IN $ids RETURN ${NODE}`, { ids });
    return result.records.map((r) => toJs(r.get('node')) as HrProgram);
  }

  async create(input: CreateHrProgramInput, userId: string): Promise<HrProgram> {
    const result = await this.neo4j.write((tx) =>
      tx.run(CREATE, {
        hostId: input.hostId,
        input: {
          title: input.title,
          targetSkills: input.targetSkills ?? [],
          description: input.description ?? '',
          startDate: input.startDate,
          endDate: input.endDate,
        },
        userId,
      }),
    );
    if (result.records.length === 0) throw new OrganizationNotFoundError(input.hostId, 'hostId');
    return toJs(result.records[0].get('node')) as HrProgram;
  }

  async update(id: string, input: UpdateHrProgramInput): Promise<HrProgram> {
    const { hostId, ...rest } = input;
    // Throwing inside the transaction function rolls the whole update back.
    return this.neo4j.write(async (tx) => {
      const result = await tx.run(UPDATE, { id, set: defined(rest), hostId: hostId ?? null });
      if (result.records.length === 0) throw new HrProgramNotFoundError(id);
      const row = result.records[0];
      if (!row.get('hostFound')) throw new OrganizationNotFoundError(String(hostId), 'hostId');
      const startDate = row.get('startDate') as string;
      const endDate = row.get('endDate') as string;
      if (endDate < startDate) throw new EndDateBeforeStartDateError(startDate, endDate);
      return toJs(row.get('node')) as HrProgram;
    });
  }

  async delete(id: string): Promise<void> {
    const result = await this.neo4j.write((tx) => tx.run(DELETE, { id }));
    if ((toJs(result.records[0].get('deleted')) as number) === 0) throw new HrProgramNotFoundError(id);
  }

  async enrol(programId: string, personId: string): Promise<HrProgramParticipant> {
    const result = await this.neo4j.write((tx) => tx.run(ENROL, { programId, personId }));
    const row = toJs(result.records[0].toObject()) as {
      programFound: boolean;
      personFound: boolean;
      participant: HrProgramParticipant | null;
    };
    if (!row.programFound) throw new HrProgramNotFoundError(programId, 'programId');
    if (!row.personFound || !row.participant) throw new ParticipantNotFoundError(personId);
    return row.participant;
  }

  /** False when the person was not enrolled. */
  async withdraw(programId: string, personId: string): Promise<boolean> {
    const result = await this.neo4j.write((tx) => tx.run(WITHDRAW, { programId, personId }));
    const row = toJs(result.records[0].toObject()) as { programFound: boolean; personFound: boolean; wasEnrolled: boolean };
    if (!row.programFound) throw new HrProgramNotFoundError(programId, 'programId');
    if (!row.personFound) throw new ParticipantNotFoundError(personId);
    return row.wasEnrolled;
  }

  async participantsOf(programIds: readonly string[]): Promise<{ parentId: string; item: HrProgramParticipant }[]> {
    const result = await this.neo4j.readOne(PARTICIPANTS, { ids: programIds });
    return result.records.map((r) => ({
      parentId: r.get('parentId') as string,
      item: toJs(r.get('item')) as HrProgramParticipant,
    }));
  }
}
