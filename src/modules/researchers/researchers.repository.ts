import { Injectable } from '@nestjs/common';
import { detachDelete, updateStatement } from '../../infra/neo4j/entity-statements';
import { Neo4jService } from '../../infra/neo4j/neo4j.service';
import { EntityRepository } from '../../infra/neo4j/entity-repository';
import { defined, toJs } from '../../infra/neo4j/neo4j-values';
import { OrganizationNotFoundError } from '../organizations/organizations.exception';
import { CreateResearcherInput, ResearchersArgs, UpdateResearcherInput } from './dto/researcher.inputs';
import { Researcher } from './models/researcher.model';
import { LastAffiliationError, ResearcherNotFoundError } from './researchers.exception';

const NODE = `n {.*,
  affiliationIds: [(n)-[:AFFILIATED_WITH]->(affiliation:Organization) | affiliation.id],
  regionIds: [(n)-[:AFFILIATED_WITH]->(:Organization)-[:IN_REGION]->(affiliationRegion:Region) | affiliationRegion.id]} AS node`;

const FILTER = `($organizationId IS NULL OR EXISTS { (n)-[:AFFILIATED_WITH]->(:Organization {id: $organizationId}) })
  AND ($regionId IS NULL OR EXISTS { (n)-[:AFFILIATED_WITH]->(:Organization)-[:IN_REGION]->(:Region {id: $regionId}) })
  AND ($field IS NULL OR any(f IN n.fields WHERE toLower(f) = toLower($field)))
  AND ($keyword IS NULL OR toLower(n.name) CONTAINS toLower($keyword)
       OR toLower(n.title) CONTAINS toLower($keyword) OR toLower(n.profile) CONTAINS toLower($keyword))`;

const CREATE = `
MATCH (target:Organization {id: $affiliationId})
CREATE (n:Researcher {id: randomUUID(), name: $input.name, title: coalesce($input.title, ''),
  fields: coalesce($input.fields, []), profile: coalesce($input.profile, ''),
  invitedCoreResearcher: coalesce($input.invitedCoreResearcher, false),
  createdAt: datetime(), updatedAt: datetime(), createdBy: $userId})-[:AFFILIATED_WITH]->(target)
RETURN ${NODE}`;

const UPDATE = updateStatement('Researcher', `RETURN ${NODE}`);

const AFFILIATE = `
MATCH (n:Researcher {id: $id}), (target:Organization {id: $organizationId})
MERGE (n)-[:AFFILIATED_WITH]->(target)
SET n.updatedAt = datetime()
RETURN ${NODE}`;

// Refused (no row deleted) when it is the researcher's only affiliation.
const UNAFFILIATE = `
MATCH (n:Researcher {id: $id})-[a:AFFILIATED_WITH]->(o:Organization {id: $organizationId})
WITH n, a, COUNT { (n)-[:AFFILIATED_WITH]->() } AS affiliations
CALL (n, a, affiliations) { WITH n, a, affiliations WHERE affiliations > 1 DELETE a SET n.updatedAt = datetime() }
RETURN affiliations`;

@Injectable()
export class ResearchersRepository extends EntityRepository<Researcher, ResearchersArgs> {
  constructor(neo4j: Neo4jService) {
    super(neo4j, {
      match: 'MATCH (n:Researcher)',
      node: NODE,
      filter: FILTER,
      filterArgs: ['organizationId', 'regionId', 'field', 'keyword'],
    });
  }

  create(input: CreateResearcherInput, userId: string): Promise<Researcher> {
    return this.writeNode(
      CREATE,
      { affiliationId: input.affiliationId, input: { ...input }, userId },
      () => new OrganizationNotFoundError(input.affiliationId, 'affiliationId'),
    );
  }

  update(id: string, input: UpdateResearcherInput): Promise<Researcher> {
    return this.updateNode(UPDATE, id, { set: defined(input) }, () => new ResearcherNotFoundError(id));
  }

  affiliate(id: string, organizationId: string): Promise<Researcher> {
    return this.writeNode(
      AFFILIATE,
      { id, organizationId },
      () => new OrganizationNotFoundError(organizationId, 'organizationId'),
    );
  }

  async unaffiliate(id: string, organizationId: string): Promise<void> {
    const result = await this.neo4j.write((tx) => tx.run(UNAFFILIATE, { id, organizationId }));
    if (result.records.length === 0) throw new OrganizationNotFoundError(organizationId, 'organizationId');
    if ((toJs(result.records[0].get('affiliations')) as number) <= 1) throw new LastAffiliationError(id);
  }

  async delete(id: string): Promise<void> {
    await detachDelete(this.neo4j, 'Researcher', id);
  }
}
