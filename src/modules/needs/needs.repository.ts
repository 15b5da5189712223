import { Injectable } from '@nestjs/common';
import { ManagedTransaction } from 'neo4j-driver';
import { AppError, ErrorCode } from '../../common/errors/app-error';
import { keepPlan } from '../../infra/neo4j/kept-plan';
import { Neo4jService } from '../../infra/neo4j/neo4j.service';
import { VisibleEntityRepository } from '../../infra/neo4j/entity-repository';
import { detachDelete, updateStatement, writeFound } from '../../infra/neo4j/entity-statements';
import { defined } from '../../infra/neo4j/neo4j-values';
import { runRowBatches } from '../../infra/neo4j/row-batches';
import { NEED_VISIBLE, visibilityParams } from '../auth/visibility';
import { Principal } from '../auth/principal';
import { CoordinatorNotFoundError } from '../coordinators/coordinators.exception';
import { CreateNeedInput, NEED_DEFAULTS, NeedsArgs, UpdateNeedInput } from './dto/need.inputs';
import { Need } from './models/need.model';
import { CompanyNotFoundError, NeedNotFoundError } from './needs.exception';

/**
 * Needs with their company and its region. `byIds` starts from the needs in $ids by a seek of the
 * id index, forced (on a young graph the planner's statistics made a scan of the whole index look
 * cheaper) and closed by a WITH before the expansions. A filter on ids after the final WITH is not
 * pushed through it: a read by id written as SCOPE + WHERE expanded every need in the graph
 * (12,000 db hits at 1,500 needs, against 41).
 */
const scope = (byIds = false) => `MATCH (n:Need)${byIds ? ' USING INDEX SEEK n:Need(id) WHERE n.id IN $ids WITH n' : ''}
MATCH (n)-[:OF_COMPANY]->(company:Organization)
OPTIONAL MATCH (company)-[:IN_REGION]->(region:Region)
WITH n, company, region`;

const SCOPE = scope();

/** A need as the API returns it. `company` and `region` must be bound. */
const NODE_MAP = `n {.*, companyId: company.id, regionId: region.id,
  surveyedById: head([(surveyedBy:Coordinator)-[:SURVEYED]->(n) | surveyedBy.id]),
  matchesComputedAt: CASE WHEN n.matchedFrom = n.updatedAt THEN n.matchedAt ELSE null END}`;
const NODE = `${NODE_MAP} AS node`;

const FILTER = `($status IS NULL OR n.status = $status)
  AND ($confidentiality IS NULL OR n.confidentiality = $confidentiality)
  AND ($companyId IS NULL OR company.id = $companyId)
  AND ($regionId IS NULL OR region.id = $regionId)
  AND ($keyword IS NULL OR toLower(n.title) CONTAINS toLower($keyword)
       OR toLower(n.description) CONTAINS toLower($keyword)
       OR any(k IN n.keywords WHERE toLower(k) CONTAINS toLower($keyword)))`;

// Each row's company (and surveying coordinator, when given) is matched first: when one is missing,
// nothing of that row is created and the returned flags say which. The new need comes back as a
// read of it would show it to its creator, so creating one costs one statement, not a write and a read.
export const CREATE = keepPlan(`
UNWIND $rows AS row
OPTIONAL MATCH (company:Organization {id: row.companyId})
OPTIONAL MATCH (surveyor:Coordinator {id: row.surveyedById})
WITH row, company, surveyor
OPTIONAL CALL (row, company, surveyor) {
  WITH row, company, surveyor
  WHERE company IS NOT NULL AND company.kind = 'COMPANY' AND (row.surveyedById IS NULL OR surveyor IS NOT NULL)
  CREATE (n:Need {id: randomUUID(), title: row.input.title, description: row.input.description, keywords: row.input.keywords,
    desiredOutcome: row.input.desiredOutcome, timeline: row.input.timeline, budgetBand: row.input.budgetBand,
    confidentiality: row.input.confidentiality, status: row.input.status,
    createdAt: datetime(), updatedAt: datetime(), createdBy: $userId})-[:OF_COMPANY]->(company)
  FOREACH (_ IN CASE WHEN surveyor IS NULL THEN [] ELSE [1] END | CREATE (surveyor)-[:SURVEYED]->(n))
  RETURN n
}
OPTIONAL MATCH (company)-[:IN_REGION]->(region:Region)
RETURN row.i AS i, n.id AS id, company IS NOT NULL AS companyFound, company.kind AS companyKind,
  surveyor IS NOT NULL AS surveyorFound, CASE WHEN n IS NOT NULL AND ${NEED_VISIBLE} THEN ${NODE_MAP} END AS node`);

/** A need to create: its company and its input. */
export interface NewNeed {
  companyId: string;
  input: CreateNeedInput;
}

/** What CREATE did with one row: `id` is null when nothing was written, and the flags say why. */
export interface NeedCreation {
  id: string | null;
  companyFound: boolean;
  companyKind: string | null;
  surveyorFound: boolean;
  /** As its creator sees it; null when the creator may not see it. */
  node: Need | null;
}

/** Why a need could not be created, as the API reports it. */
function refusal(row: NewNeed, outcome: NeedCreation): AppError {
  if (!outcome.companyFound) return new CompanyNotFoundError(row.companyId);
  if (outcome.companyKind !== 'COMPANY') {
    return new AppError(ErrorCode.BadUserInput, `Organization ${row.companyId} is not a company`, {
      field: 'companyId',
    });
  }
  return new CoordinatorNotFoundError(String(row.input.surveyedById), 'surveyedById');
}

// With $surveyedById, the coordinator who surveyed the need changes, when that coordinator exists.
const UPDATE = updateStatement('Need', 'RETURN n.id AS id', {
  type: 'SURVEYED',
  to: 'Coordinator',
  param: 'surveyedById',
  from: 'other',
});

/** The needs among $ids that the viewer may see (starts from the id index). */
export const FIND_VISIBLE = keepPlan(`${scope(true)} WHERE ${NEED_VISIBLE} RETURN ${NODE}`);

@Injectable()
export class NeedsRepository extends VisibleEntityRepository<Need, NeedsArgs, Principal> {
  constructor(neo4j: Neo4jService) {
    super(
      neo4j,
      {
        match: SCOPE,
        node: NODE,
        filter: `${NEED_VISIBLE} AND ${FILTER}`,
        filterArgs: ['status', 'confidentiality', 'companyId', 'regionId', 'keyword'],
        byIds: FIND_VISIBLE,
      },
      visibilityParams,
    );
  }

  /**
   * Runs CREATE for `rows` inside `tx`, in batches; one outcome per row, in order. A row whose
   * company or surveyor is missing is not written; the others are.
   */
  async createIn(tx: ManagedTransaction, rows: readonly NewNeed[], creator: Principal): Promise<NeedCreation[]> {
    const params = rows.map(({ companyId, input }) => ({
      companyId,
      surveyedById: input.surveyedById ?? null,
      input: { ...NEED_DEFAULTS, ...defined(input) },
    }));
    return runRowBatches<NeedCreation>(tx, CREATE, params, { userId: creator.userId, ...visibilityParams(creator) });
  }

  /**
   * Creates every row or none, in one transaction, and returns each need as `creator` sees it (null
   * if the creator may not see it). Throws the first refused row's error.
   */
  async createMany(rows: readonly NewNeed[], creator: Principal): Promise<{ id: string; need: Need | null }[]> {
    return this.neo4j.write(async (tx) => {
      const outcomes = await this.createIn(tx, rows, creator);
      const refused = outcomes.findIndex((o) => !o.id);
      // Throwing inside the transaction function rolls the rows already written back.
      if (refused >= 0) throw refusal(rows[refused], outcomes[refused]);
      return outcomes.map((o) => ({ id: o.id!, need: o.node }));
    });
  }

  async create(
    companyId: string,
    input: CreateNeedInput,
    creator: Principal,
  ): Promise<{ id: string; need: Need | null }> {
    return (await this.createMany([{ companyId, input }], creator))[0];
  }

  async update(id: string, input: UpdateNeedInput): Promise<void> {
    const { surveyedById, ...rest } = input;
    if (!(await writeFound(this.neo4j, UPDATE, { id, set: defined(rest), surveyedById: surveyedById ?? null }))) {
      throw surveyedById ? new CoordinatorNotFoundError(surveyedById, 'surveyedById') : new NeedNotFoundError(id);
    }
  }

  async delete(id: string): Promise<void> {
    await detachDelete(this.neo4j, 'Need', id);
  }
}
