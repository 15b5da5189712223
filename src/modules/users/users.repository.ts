import { Injectable } from '@nestjs/common';
import { Neo4jError } from 'neo4j-driver';
import { keepPlan } from '../../infra/neo4j/kept-plan';
import { Neo4jService } from '../../infra/neo4j/neo4j.service';
import { toJs } from '../../infra/neo4j/neo4j-values';
import { Principal } from '../auth/principal';
import { Role } from '../auth/role.enum';
import { EmailTakenError, LinkTargetNotFoundError } from './users.exception';

export interface UserRecord {
  id: string;
  email: string;
  role: Role;
  displayName: string;
  passwordHash: string;
  createdAt: Date;
  linkedId: string | null;
}

export const PRINCIPAL = keepPlan(`
MATCH (u:User {id: $id})
OPTIONAL MATCH (u)-[:ACTS_AS]->(c:Coordinator)
OPTIONAL MATCH (c)-[:COVERS]->(cr:Region)
OPTIONAL MATCH (u)-[:REPRESENTS]->(org:Organization)
OPTIONAL MATCH (org)-[:IN_REGION]->(orgRegion:Region)
OPTIONAL MATCH (u)-[:MANAGES]->(cons:Consortium)
OPTIONAL MATCH (cons)-[:IN_REGION]->(consRegion:Region)
OPTIONAL MATCH (u)-[:ACTS_AS]->(staff:SupportStaff)
RETURN u.id AS userId, u.email AS email, u.role AS role, u.displayName AS displayName,
       c.id AS coordinatorId, collect(DISTINCT cr.id) AS coordinatorRegionIds,
       org.id AS companyId, collect(DISTINCT orgRegion.id) AS companyRegionIds,
       collect(DISTINCT cons.id) AS consortiumIds, collect(DISTINCT consRegion.id) AS managerRegionIds,
       staff.id AS supportStaffId`);

const USER_FIELDS = `u {.id, .email, .role, .displayName, .passwordHash, .createdAt,
  linkedId: head([(u)-[:ACTS_AS|REPRESENTS|MANAGES]->(t) | t.id])} AS user`;

const FIND_BY_EMAIL = `MATCH (u:User {email: $email}) RETURN ${USER_FIELDS}`;
const FIND_BY_ID = `MATCH (u:User {id: $id}) RETURN ${USER_FIELDS}`;
const LIST = `MATCH (u:User) RETURN ${USER_FIELDS} ORDER BY u.email`;

// The link target must exist with the right label; the relationship type comes from a fixed map.
const LINK_TARGET: Record<Role, { rel: string; match: string } | null> = {
  [Role.ADMIN]: null,
  [Role.COORDINATOR]: { rel: 'ACTS_AS', match: '(t:Coordinator {id: $linkId})' },
  [Role.COMPANY]: { rel: 'REPRESENTS', match: "(t:Organization {id: $linkId, kind: 'COMPANY'})" },
  [Role.CONSORTIUM_MANAGER]: { rel: 'MANAGES', match: '(t:Consortium {id: $linkId})' },
  [Role.SUPPORT_STAFF]: { rel: 'ACTS_AS', match: '(t:SupportStaff {id: $linkId})' },
};

const createUserQuery = (role: Role) => {
  const link = LINK_TARGET[role];
  return link
    ? `MATCH ${link.match}
       CREATE (u:User {id: $id, email: $email, role: $role, displayName: $displayName,
                       passwordHash: $passwordHash, createdAt: datetime(), updatedAt: datetime(), createdBy: $createdBy})
       CREATE (u)-[:${link.rel}]->(t)
       RETURN ${USER_FIELDS}`
    : `CREATE (u:User {id: $id, email: $email, role: $role, displayName: $displayName,
                       passwordHash: $passwordHash, createdAt: datetime(), updatedAt: datetime(), createdBy: $createdBy})
       RETURN ${USER_FIELDS}`;
};

const DELETE = `MATCH (u:User {id: $id}) DETACH DELETE u RETURN count(*) AS deleted`;

@Injectable()
export class UsersRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async loadPrincipal(id: string): Promise<Principal | null> {
    const row = (await this.neo4j.readOne(PRINCIPAL, { id })).records[0];
    return row ? (toJs(row.toObject()) as Principal) : null;
  }

  async findByEmail(email: string): Promise<UserRecord | null> {
    return this.one(FIND_BY_EMAIL, { email });
  }

  async findById(id: string): Promise<UserRecord | null> {
    return this.one(FIND_BY_ID, { id });
  }

  async list(): Promise<UserRecord[]> {
    const records = await this.neo4j.read(async (tx) => (await tx.run(LIST)).records);
    return records.map((r) => toJs(r.get('user')) as UserRecord);
  }

  async create(user: {
    id: string;
    email: string;
    role: Role;
    displayName: string;
    passwordHash: string;
    linkId: string | null;
    createdBy: string;
  }): Promise<UserRecord> {
    try {
      const records = await this.neo4j.write(async (tx) => (await tx.run(createUserQuery(user.role), user)).records);
      if (records.length === 0) throw new LinkTargetNotFoundError(user.role, user.linkId ?? '');
      return toJs(records[0].get('user')) as UserRecord;
    } catch (error) {
      if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
        throw new EmailTakenError(user.email, error);
      }
      throw error;
    }
  }

  async delete(id: string): Promise<boolean> {
    const records = await this.neo4j.write(async (tx) => (await tx.run(DELETE, { id })).records);
    return (toJs(records[0].get('deleted')) as number) > 0;
  }

  private async one(query: string, params: Record<string, unknown>): Promise<UserRecord | null> {
    const records = await this.neo4j.read(async (tx) => (await tx.run(query, params)).records);
    return records[0] ? (toJs(records[0].get('user')) as UserRecord) : null;
  }
}
