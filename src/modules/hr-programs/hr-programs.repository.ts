import { Injectable } from '@nestjs/common';
import { detachDelete, Link } from '../../infra/neo4j/entity-statements';
import { Neo4jService } from '../../infra/neo4j/neo4j.service';
import { EntityRepository } from '../../infra/neo4j/entity-repository';
import { defined, toJs } from '../../infra/neo4j/neo4j-values';
import { OrganizationNotFoundError } from '../organizations/organizations.exception';
import { CreateHrProgramInput, HrProgramsArgs, UpdateHrProgramInput } from './dto/hr-program.inputs';
import { HrProgram, HrProgramParticipant } from './models/hr-program.model';
import { EndDateBeforeStartDateError, HrProgramNotFoundError, ParticipantNotFoundError } from './hr-programs.exception';

const NODE = `n {.*,
  hostId: head([(n)-[:HOSTED_BY]->(host:Organization) | host.id]),
  regionId: head([(n)-[:HOSTED_BY]->(:Organization)-[:IN_REGION]->(hostRegion:Region) | hostRegion.id]),
  participantCount: COUNT { (participant)-[:ENROLLED_IN]->(n)
    WHERE participant:Researcher OR participant:Contact OR participant:SupportStaff }} AS node`;

// startDate and endDate are stored as YYYY-MM-DD strings: they compare and sort in date order as
// strings, so the activeOn filter and keyset pagination (which knows strings and datetimes) work on them.
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

// A participant is a Researcher, a Contact or a SupportStaff.
// Enrolling again changes nothing: enrolledAt and the program's updatedAt move only when the
// enrolment is new.
const ENROLMENT = new Link<HrProgramParticipant>(
  {
    parent: { label: 'HrProgram', param: 'programId', as: 'n' },
    other: { labels: ['Researcher', 'Contact', 'SupportStaff'], param: 'personId', as: 'p' },
    link: { type: 'ENROLLED_IN', as: 'e', from: 'other' },
  },
  {
    lockParent: false,
    onCreate: 'e.enrolledAt = datetime(), n.updatedAt = datetime()',
    returns: `{personId: p.id, name: p.name,
      kind: CASE WHEN p:Researcher THEN 'RESEARCHER' WHEN p:Contact THEN 'CONTACT' ELSE 'SUPPORT_STAFF' END,
      enrolledAt: e.enrolledAt}`,
  },
  (programId, personId) => ({
    parent: () => new HrProgramNotFoundError(programId, 'programId'),
    other: () => new ParticipantNotFoundError(personId),
  }),
);

@Injectable()
export class HrProgramsRepository extends EntityRepository<HrProgram, HrProgramsArgs> {
  constructor(neo4j: Neo4jService) {
    super(neo4j, {
      match: 'MATCH (n:HrProgram)',
      node: NODE,
      filter: FILTER,
      filterArgs: ['regionId', 'hostId', 'activeOn', 'keyword'],
    });
  }

  create(input: CreateHrProgramInput, userId: string): Promise<HrProgram> {
    const { title, targetSkills, description, startDate, endDate } = input;
    return this.writeNode(
      CREATE,
      {
        hostId: input.hostId,
        input: { title, targetSkills: targetSkills ?? [], description: description ?? '', startDate, endDate },
        userId,
      },
      () => new OrganizationNotFoundError(input.hostId, 'hostId'),
    );
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

  /** Participants' ENROLLED_IN and the HOSTED_BY link go with it; the people stay. */
  async delete(id: string): Promise<void> {
    if (!(await detachDelete(this.neo4j, 'HrProgram', id))) throw new HrProgramNotFoundError(id);
  }

  enrol(programId: string, personId: string): Promise<HrProgramParticipant> {
    return ENROLMENT.merge(this.neo4j, programId, personId);
  }

  /** False when the person was not enrolled. */
  withdraw(programId: string, personId: string): Promise<boolean> {
    return ENROLMENT.delete(this.neo4j, programId, personId);
  }

  participantsOf(programIds: readonly string[]): Promise<{ parentId: string; item: HrProgramParticipant }[]> {
    return ENROLMENT.linksOf(this.neo4j, programIds);
  }
}
