import { Injectable } from '@nestjs/common';
import { Neo4jService } from '../../infra/neo4j/neo4j.service';
import { keysetPage, readPage, SortKey } from '../../infra/neo4j/keyset-page';
import { defined, toJs } from '../../infra/neo4j/neo4j-values';
import { RegionNotFoundError } from '../regions/regions.exception';
import {
  AddConsortiumMemberArgs,
  ConsortiumSort,
  ConsortiumsArgs,
  CreateConsortiumInput,
  UpdateConsortiumInput,
} from './dto/consortium.inputs';
import { Consortium, ConsortiumMember } from './models/consortium.model';
import { ConsortiumNotFoundError, MemberNotFoundError } from './consortiums.exception';

const SORT_KEYS: Record<ConsortiumSort, SortKey> = {
  [ConsortiumSort.NAME]: { property: 'name', type: 'string' },
  [ConsortiumSort.CREATED_AT]: { property: 'createdAt', type: 'datetime' },
};

const NODE = `n {.*,
  regionId: head([(n)-[:IN_REGION]->(inRegion:Region) | inRegion.id]),
  memberCount: COUNT { (member)-[:MEMBER_OF]->(n) WHERE member:Organization OR member:Researcher }} AS node`;

const FILTER = `($regionId IS NULL OR EXISTS { (n)-[:IN_REGION]->(:Region {id: $regionId}) })
  AND ($keyword IS NULL OR toLower(n.name) CONTAINS toLower($keyword)
       OR toLower(n.theme) CONTAINS toLower($keyword) OR toLower(n.description) CONTAINS toLower($keyword))`;

const CREATE = `
MATCH (r:Region {id: $input.regionId})
CREATE (n:Consortium {id: randomUUID(), name: $input.name, theme: $input.theme,
  description: coalesce($input.description, ''),
  createdAt: datetime(), updatedAt: datetime(), createdBy: $userId})-[:IN_REGION]->(r)
RETURN ${NODE}`;

// $set holds only the properties sent; with $regionId the consortium moves, when that region exists.
const UPDATE = `
MATCH (n:Consortium {id: $id})
OPTIONAL MATCH (newRegion:Region {id: $regionId})
WITH n, newRegion WHERE $regionId IS NULL OR newRegion IS NOT NULL
SET n += $set, n.updatedAt = datetime()
WITH n, newRegion
CALL (n, newRegion) {
  WITH n, newRegion WHERE newRegion IS NOT NULL
  OPTIONAL MATCH (n)-[old:IN_REGION]->(oldRegion:Region) WHERE oldRegion <> newRegion
  DELETE old
  MERGE (n)-[:IN_REGION]->(newRegion)
}
RETURN ${NODE}`;

// Members' MEMBER_OF and managers' MANAGES links go with it (DETACH).
const DELETE = `MATCH (n:Consortium {id: $id}) DETACH DELETE n RETURN count(*) AS deleted`;

// Organization and Researcher ids are looked up through their own labels (index seeks).
const MEMBER = `
OPTIONAL MATCH (org:Organization {id: $memberId})
OPTIONAL MATCH (researcher:Researcher {id: $memberId})
WITH c, coalesce(org, researcher) AS member`;

const MEMBER_ITEM = `{memberId: member.id, name: member.name,
  kind: CASE WHEN member:Organization THEN 'ORGANIZATION' ELSE 'RESEARCHER' END, role: m.role, since: m.since}`;

// Writing the consortium first takes its lock, so two concurrent MERGEs of the same member
// serialize and the second updates the first's relationship instead of creating a duplicate.
const ADD_MEMBER = `
OPTIONAL MATCH (c:Consortium {id: $consortiumId})
WITH c
${MEMBER}
OPTIONAL CALL (c, member) {
  WITH c, member WHERE c IS NOT NULL AND member IS NOT NULL
  SET c.updatedAt = datetime()
  MERGE (member)-[m:MEMBER_OF]->(c)
  ON CREATE SET m.since = datetime()
  SET m.role = $role
  RETURN ${MEMBER_ITEM} AS item
}
RETURN c IS NOT NULL AS consortiumFound, member IS NOT NULL AS memberFound, item`;

const REMOVE_MEMBER = `
OPTIONAL MATCH (c:Consortium {id: $consortiumId})
WITH c
${MEMBER}
OPTIONAL MATCH (member)-[m:MEMBER_OF]->(c)
WITH c, member, m, m IS NOT NULL AS wasMember
CALL (c, m) {
  WITH c, m WHERE m IS NOT NULL
  DELETE m
  SET c.updatedAt = datetime()
}
RETURN c IS NOT NULL AS consortiumFound, member IS NOT NULL AS memberFound, wasMember`;

const MEMBERS = `
MATCH (member)-[m:MEMBER_OF]->(c:Consortium)
WHERE c.id IN $ids AND (member:Organization OR member:Researcher)
RETURN c.id AS parentId, ${MEMBER_ITEM} AS item
ORDER BY member.name, member.id`;


@Injectable()
export class ConsortiumsRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async list(args: ConsortiumsArgs) {
    const page = keysetPage(SORT_KEYS[args.sort], args.direction, args.first, args.after);
    const params = { regionId: args.regionId ?? null, keyword: args.keyword ?? null, ...page.params };
    return this.neo4j.read((tx) =>
      readPage<Consortium>(tx, { match: 'MATCH (n:Consortium)', filter: FILTER, node: NODE }, page, params, args.first),
    );
  }

  async findByIds(ids: readonly string[]): Promise<Consortium[]> {
    const result = await this.neo4j.readOne(`MATCH (n:Consortium) WHERE n.id IN $ids RETURN ${NODE}`, { ids });
    return result.records.map((r) => toJs(r.get('node')) as Consortium);
  }

  async create(input: CreateConsortiumInput, userId: string): Promise<Consortium> {
    const result = await this.neo4j.write((tx) =>
      tx.run(CREATE, { input: { description: null, ...input }, userId }),
    );
    if (result.records.length === 0) throw new RegionNotFoundError(input.regionId, 'regionId');
    return toJs(result.records[0].get('node')) as Consortium;
  }

  async update(id: string, input: UpdateConsortiumInput): Promise<Consortium> {
    const { regionId, ...rest } = input;
    const result = await this.neo4j.write((tx) => tx.run(UPDATE, { id, set: defined(rest), regionId: regionId ?? null }));
    if (result.records.length === 0) {
      const exists = await this.findByIds([id]);
      throw exists.length ? new RegionNotFoundError(String(regionId), 'regionId') : new ConsortiumNotFoundError(id);
    }
    return toJs(result.records[0].get('node')) as Consortium;
  }

  async delete(id: string): Promise<void> {
    const result = await this.neo4j.write((tx) => tx.run(DELETE, { id }));
    if ((toJs(result.records[0].get('deleted')) as number) === 0) throw new ConsortiumNotFoundError(id);
  }

  async addMember(args: AddConsortiumMemberArgs): Promise<ConsortiumMember> {
    const result = await this.neo4j.write((tx) => tx.run(ADD_MEMBER, { ...args }));
    const row = toJs(result.records[0].toObject()) as {
      consortiumFound: boolean;
      memberFound: boolean;
      item: ConsortiumMember | null;
    };
    if (!row.consortiumFound) throw new ConsortiumNotFoundError(args.consortiumId, 'consortiumId');
    if (!row.memberFound || !row.item) throw new MemberNotFoundError(args.memberId);
    return row.item;
  }

  /** False when it was not a member. */
  async removeMember(consortiumId: string, memberId: string): Promise<boolean> {
    const result = await this.neo4j.write((tx) => tx.run(REMOVE_MEMBER, { consortiumId, memberId }));
    const row = toJs(result.records[0].toObject()) as { consortiumFound: boolean; memberFound: boolean; wasMember: boolean };
    if (!row.consortiumFound) throw new ConsortiumNotFoundError(consortiumId, 'consortiumId');
    if (!row.memberFound) throw new MemberNotFoundError(memberId);
    return row.wasMember;
  }

  async membersOf(consortiumIds: readonly string[]): Promise<{ parentId: string; item: ConsortiumMember }[]> {
    const result = await this.neo4j.readOne(MEMBERS, { ids: consortiumIds });
    return result.records.map((r) => ({ parentId: r.get('parentId') as string, item: toJs(r.get('item')) as ConsortiumMember }));
  }
}
