import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  print,
  parseType,
} from 'graphql';
import { createClient } from 'graphql-ws';
import { Driver, Integer } from 'neo4j-driver';
import WebSocket from 'ws';
import { AppConfig } from '../../src/config/app-config';
import { Role } from '../../src/modules/auth/role.enum';
import { GraphQLResponse, TestApi } from '../support/api-client';
import { startApiSuite } from '../support/api-suite';
import { buildNetworkFixture, NetworkFixture } from '../support/network-fixture';
import { deleteQueueKeys } from '../support/services';
import { TEST_ADMIN } from '../support/test-env';

/**
 * Hostile access: every operation of the running schema, called by every role and by no one, must
 * be allowed or refused exactly as the machine-readable operation-roles table of docs/api.md says; and
 * forged, expired or otherwise bad tokens are refused with UNAUTHENTICATED.
 *
 * Cells: `yes` (allowed), `scoped` (allowed within the caller's own regions, company or consortium:
 * called with fixture entities in that scope), `no` (refused: UNAUTHENTICATED without a token,
 * FORBIDDEN with one), `hidden` (refused as invisible: NOT_FOUND, as docs/api.md says for things a
 * caller may not see).
 */

type Caller = Role | 'anonymous';
type Cell = 'yes' | 'scoped' | 'no' | 'hidden';
type Kind = 'query' | 'mutation' | 'subscription';
interface RoleRow {
  operation: string;
  kind: Kind;
  cells: Record<string, Cell>;
}

const ROLE_TABLE_DOC = join(__dirname, '../../docs/api.md');
const START = '<!-- operation-roles:start -->';
const END = '<!-- operation-roles:end -->';

/** The operation-roles block of docs/api.md, parsed; throws naming what is malformed. */
function readRoleTable(): { columns: string[]; rows: Map<string, RoleRow> } {
  const text = readFileSync(ROLE_TABLE_DOC, 'utf8');
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  if (from < 0 || to < from) throw new Error(`docs/api.md has no ${START} ... ${END} block`);
  const lines = text
    .slice(from + START.length, to)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('|'));
  const cellsOf = (line: string) =>
    line
      .slice(1, line.endsWith('|') ? -1 : undefined)
      .split('|')
      .map((c) => c.trim());
  const header = cellsOf(lines[0]);
  if (header[0] !== 'operation' || header[1] !== 'kind')
    throw new Error(`operation-roles header must start with "operation | kind": ${lines[0]}`);
  const columns = header.slice(2);
  const rows = new Map<string, RoleRow>();
  for (const line of lines.slice(2)) {
    const [op, kind, ...cells] = cellsOf(line);
    const operation = op.replace(/`/g, '');
    if (!['query', 'mutation', 'subscription'].includes(kind))
      throw new Error(`operation-roles row ${operation}: kind "${kind}"`);
    if (cells.length !== columns.length)
      throw new Error(`operation-roles row ${operation}: ${cells.length} cells for ${columns.length} columns`);
    const bad = cells.find((c) => !['yes', 'scoped', 'no', 'hidden'].includes(c));
    if (bad !== undefined)
      throw new Error(`operation-roles row ${operation}: cell "${bad}" is not yes/scoped/no/hidden`);
    if (rows.has(operation)) throw new Error(`operation-roles: ${operation} has two rows`);
    rows.set(operation, {
      operation,
      kind: kind as Kind,
      cells: Object.fromEntries(columns.map((c, i) => [c, cells[i] as Cell])),
    });
  }
  return { columns, rows };
}

/** Every root field of the schema, with its kind. */
function schemaOperations(
  schema: GraphQLSchema,
): { name: string; kind: Kind; field: GraphQLField<unknown, unknown> }[] {
  const out: { name: string; kind: Kind; field: GraphQLField<unknown, unknown> }[] = [];
  const roots: [Kind, ReturnType<GraphQLSchema['getQueryType']>][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ];
  for (const [kind, type] of roots) {
    for (const field of Object.values(type?.getFields() ?? {})) out.push({ name: field.name, kind, field });
  }
  return out;
}

/** Fixture entities beyond buildNetworkFixture's, all in region A (the scope of coordA, companyA1, managerA). */
interface Entities {
  need: string;
  seed: string;
  researcher: string;
  equipment: string;
  supportStaff: string;
  hrProgram: string;
  match: string;
  user: string;
  coordinatingOrg: string;
  useRequest: string;
}

/** What a caller uses for an ID argument of a given name (their own entity where it matters). */
function idFor(name: string, op: string, fx: NetworkFixture, e: Entities): string | undefined {
  const byName: Record<string, string> = {
    regionId: fx.ids.regionA,
    regionIds: fx.ids.regionA,
    organizationId: fx.ids.universityA,
    hostId: fx.ids.universityA,
    affiliationId: fx.ids.universityA,
    holderOrganizationId: fx.ids.universityA,
    holderId: fx.ids.universityA,
    companyId: fx.ids.companyA1,
    needId: e.need,
    seedId: e.seed,
    matchId: e.match,
    matchIds: e.match,
    coordinatorId: fx.ids.coordinatorA,
    consortiumId: fx.ids.consortiumA,
    memberId: fx.ids.companyA1,
    personId: e.researcher,
    researcherId: e.researcher,
    programId: e.hrProgram,
    equipmentId: e.equipment,
    staffId: e.supportStaff,
    surveyedById: fx.ids.coordinatorA,
    collectedById: fx.ids.coordinatorA,
    holderResearcherIds: e.researcher,
    requestId: e.useRequest,
    nodeId: fx.ids.universityA,
    fromId: fx.ids.universityA,
    toId: fx.ids.companyA1,
  };
  if (name !== 'id') return byName[name];
  // `id` names the entity of the operation: need, updateNeed, deleteNeed -> the need.
  const entity = op.replace(/^(create|update|delete)/, '').replace(/^./, (c) => c.toLowerCase());
  const byEntity: Record<string, string> = {
    need: e.need,
    seed: e.seed,
    researcher: e.researcher,
    equipment: e.equipment,
    supportStaff: e.supportStaff,
    hrProgram: e.hrProgram,
    match: e.match,
    user: e.user,
    region: fx.ids.regionA,
    organization: fx.ids.companyA1,
    coordinator: fx.ids.coordinatorA,
    consortium: fx.ids.consortiumA,
    equipmentUseRequest: e.useRequest,
  };
  return byEntity[entity];
}

let serial = 0;
/** A string that passes the documented limits for a field of this name. */
function stringFor(name: string): string {
  serial++;
  const special: Record<string, string> = {
    email: `matrix-${serial}-${randomUUID().slice(0, 8)}@matrix.musubi.example`,
    password: 'matrix-password-123',
    code: `matrix-${serial}-${randomUUID().slice(0, 8)}`,
    startDate: '2026-04-01',
    endDate: '2027-03-31',
    activeOn: '2026-06-01',
    role: 'member',
  };
  return special[name] ?? `${name} ${serial}`;
}

/** Minimal value of an input type: required input fields only, plus `extra` at the top level. */
function valueFor(type: GraphQLInputType, name: string, ids: (name: string) => string | undefined): unknown {
  if (isNonNullType(type)) return valueFor(type.ofType, name, ids);
  if (isListType(type)) return [valueFor(type.ofType, name, ids)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) {
      if (isNonNullType(f.type) && f.defaultValue === undefined) out[f.name] = valueFor(f.type, f.name, ids);
    }
    return out;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID': {
        const id = ids(name);
        if (!id)
          throw new Error(`the role matrix has no fixture id for an argument named "${name}": add it to idFor()`);
        return id;
      }
      case 'Int':
        return name === 'first' ? 5 : 1;
      case 'Float':
        return 0;
      case 'Boolean':
        return true;
      case 'DateTime':
        return name === 'from' ? '2026-01-01T00:00:00Z' : '2027-01-01T00:00:00Z';
      default:
        return stringFor(name);
    }
  }
  throw new Error(`no value for ${name}`);
}

interface Override {
  /** Variables merged over the generated ones (input objects merged one level deep). */
  vars?: (caller: Caller, ctx: Ctx) => Record<string, unknown> | Promise<Record<string, unknown>>;
  /** Error codes accepted for an allowed call, with why (an allowed call otherwise must succeed). */
  accept?: { codes: string[]; reason: string };
}
interface Ctx {
  fx: NetworkFixture;
  e: Entities;
  api: TestApi;
  driver: Driver;
  fresh: (entity: string) => Promise<string>;
  freshMatch: (status: string) => Promise<string>;
  freshUseRequest: () => Promise<string>;
}

/**
 * The few operations whose minimal arguments are not enough, and why. Deletes and status moves act
 * on throwaway entities so later cases still find the fixture.
 */
const OVERRIDES: Record<string, Override> = {
  signIn: { vars: () => ({ email: TEST_ADMIN.email, password: TEST_ADMIN.password }) },
  createNeed: { vars: (c, { fx }) => (c === Role.COMPANY ? {} : { input: { companyId: fx.ids.companyA1 } }) },
  createSeed: { vars: (_c, { fx }) => ({ input: { holderOrganizationId: fx.ids.universityA } }) },
  createOrganization: { vars: () => ({ input: { kind: 'COMPANY' } }) },
  createUser: { vars: () => ({ input: { role: 'ADMIN' } }) },
  updateCoordinator: { vars: () => ({ input: { specialtyFields: ['matrix'] } }) },
  updateConsortium: { vars: () => ({ input: { theme: 'matrix theme' } }) },
  updateEquipment: { vars: () => ({ input: { fees: 'matrix fees' } }) },
  updateHrProgram: { vars: () => ({ input: { description: 'matrix description' } }) },
  updateNeed: { vars: () => ({ input: { timeline: 'matrix timeline' } }) },
  updateOrganization: { vars: () => ({ input: { description: 'matrix description' } }) },
  updateRegion: { vars: () => ({ input: { strategySummary: 'matrix summary' } }) },
  updateResearcher: { vars: () => ({ input: { profile: 'matrix profile' } }) },
  updateSeed: { vars: () => ({ input: { field: 'matrix field' } }) },
  updateSupportStaff: { vars: () => ({ input: { title: 'matrix title' } }) },
  changeMatchStatus: {
    vars: async (_c, { freshMatch }) => ({ matchId: await freshMatch('SHARED'), to: 'INTRODUCED' }),
  },
  changeMatchStatuses: {
    vars: async (_c, { freshMatch }) => ({
      matchIds: [await freshMatch('SHARED'), await freshMatch('SHARED')],
      to: 'INTRODUCED',
    }),
  },
  answerMatch: { vars: async (_c, { freshMatch }) => ({ matchId: await freshMatch('SHARED'), interested: true }) },
  // Dry runs of a one-row file in the caller's scope (company A1, university A).
  importNeeds: {
    vars: (_c, { fx }) => ({
      dryRun: true,
      format: 'CSV',
      content: `title,description,company\nMatrix need,Dry run only,${fx.ids.companyA1}\n`,
    }),
  },
  importSeeds: {
    vars: (_c, { fx }) => ({
      dryRun: true,
      format: 'CSV',
      content: `title,summary,stage,holderOrganization\nMatrix seed,Dry run only,PROTOTYPE,${fx.ids.universityA}\n`,
    }),
  },
  // Equipment use: a future window; a status move acts on a throwaway request of company A1, the
  // company cancelling it, the host side (support staff, coordinators, admins) approving it.
  requestEquipmentUse: {
    vars: () => ({ input: { wishedFrom: '2027-02-01T09:00:00Z', wishedTo: '2027-02-01T17:00:00Z' } }),
  },
  changeEquipmentUseStatus: {
    vars: async (c, { freshUseRequest }) => ({
      requestId: await freshUseRequest(),
      to: c === Role.COMPANY ? 'CANCELLED' : 'APPROVED',
    }),
  },
  // Coordinators work for a coordinating organization (the fixture's is in region A).
  createCoordinator: { vars: (_c, { e }) => ({ input: { organizationId: e.coordinatingOrg } }) },
  removeResearcherAffiliation: {
    // A researcher keeps at least one affiliation: remove the second of a throwaway researcher's two.
    vars: async (_c, { fresh, api, fx }) => {
      const researcherId = await fresh('researcher');
      await must(
        api.gql(
          'mutation($r: ID!, $o: ID!) { affiliateResearcher(researcherId: $r, organizationId: $o) { id } }',
          { r: researcherId, o: fx.ids.companyA1 },
          fx.tokens.admin,
        ),
      );
      return { researcherId, organizationId: fx.ids.companyA1 };
    },
  },
  pingWorkers: {
    accept: {
      codes: ['SERVICE_UNAVAILABLE', 'TIMEOUT', 'INTERNAL_SERVER_ERROR'],
      reason: 'no worker runs in this suite; the call got past the role gate',
    },
  },
};

async function must<T>(response: Promise<GraphQLResponse<T>>): Promise<T> {
  const r = await response;
  if (r.errors || !r.data) throw new Error(JSON.stringify(r.errors));
  return r.data;
}

const mergeVars = (base: Record<string, unknown>, over: Record<string, unknown>) => {
  const out = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] =
      b && typeof b === 'object' && !Array.isArray(b) && v && typeof v === 'object' && !Array.isArray(v)
        ? { ...b, ...v }
        : v;
  }
  return out;
};

/** `query($a: T!) { op(a: $a) { __typename } }` for the given variables. */
function documentFor(kind: Kind, field: GraphQLField<unknown, unknown>, vars: Record<string, unknown>): string {
  const used = field.args.filter((a) => a.name in vars);
  const decl = used.map((a) => `$${a.name}: ${print(parseType(String(a.type)))}`).join(', ');
  const args = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${kind} Matrix${decl ? `(${decl})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

/**
 * Starts a subscription over graphql-ws and reports how it went within `settleMs`: the error codes
 * it got, [] when it was accepted and stayed open, or 'UNAUTHENTICATED' when the server closed the
 * socket at connection with 4403 (how graphql-ws refuses a missing or bad token).
 */
async function subscribeCodes(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token: string | undefined,
  settleMs = 700,
): Promise<string[]> {
  const client = createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    lazy: true,
    retryAttempts: 0,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
  });
  try {
    return await new Promise<string[]>((resolve) => {
      const timer = setTimeout(() => resolve([]), settleMs);
      client.subscribe(
        { query, variables },
        {
          next: (result) => {
            if (result.errors) {
              clearTimeout(timer);
              resolve(result.errors.map((e) => String((e.extensions?.code as string | undefined) ?? 'NO_CODE')));
            }
          },
          error: (error: unknown) => {
            clearTimeout(timer);
            if (Array.isArray(error))
              resolve(error.map((e: { extensions?: { code?: string } }) => e.extensions?.code ?? 'NO_CODE'));
            else if ((error as { code?: number }).code === 4403) resolve(['UNAUTHENTICATED']);
            else resolve([`CLOSED_${(error as { code?: number }).code ?? String(error)}`]);
          },
          complete: () => undefined,
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

describe('hostile access: the role matrix and bad tokens', () => {
  let config: AppConfig;
  let driver: Driver;
  let api: TestApi;
  let fx: NetworkFixture;
  let schema: GraphQLSchema;
  const e = {} as Entities;
  const tokens = {} as Record<Caller, string | undefined>;
  /** Roles as the running schema has them (the Role enum), so a new role needs a table column. */
  let roles: Role[] = [];

  beforeAll(async () => {
    ({ config, driver, api } = await startApiSuite({
      MATCH_RECONCILE_INTERVAL_MS: '3600000',
      RATE_LIMIT_PER_MINUTE: '100000',
    }));
    schema = api.app.get(GraphQLSchemaHost).schema;
    const roleEnum = schema.getType('Role');
    if (!roleEnum || !isEnumType(roleEnum)) throw new Error('the schema has no Role enum');
    roles = roleEnum.getValues().map((v) => v.value as Role);
    fx = await buildNetworkFixture(api, driver);
    Object.assign(e, {
      need: randomUUID(),
      seed: randomUUID(),
      researcher: randomUUID(),
      equipment: randomUUID(),
      supportStaff: randomUUID(),
      hrProgram: randomUUID(),
      match: randomUUID(),
      coordinatingOrg: randomUUID(),
    });
    // REGION-confidential need of A1 and REGION seed of A University: visible to every role in region A.
    await driver.executeQuery(
      `MATCH (ua:Organization {id: $universityA}), (a1:Organization {id: $companyA1}), (ra:Region {id: $regionA})
       CREATE (n:Need {id: $need, title: 'Matrix need', description: 'Dry seaweed', keywords: ['seaweed'], desiredOutcome: '', timeline: '',
         budgetBand: 'UNDECIDED', confidentiality: 'REGION', status: 'OPEN', createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:OF_COMPANY]->(a1)
       CREATE (:Organization {id: $coordinatingOrg, name: 'A Coordination Office', kind: 'COORDINATING_ORGANIZATION', description: '',
         createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:IN_REGION]->(ra)
       CREATE (s:Seed {id: $seed, title: 'Matrix seed', summary: 'Seaweed drying', keywords: ['seaweed'], field: 'food', stage: 'PROTOTYPE',
         ipStatus: 'NONE', ipNumbers: [], visibility: 'REGION', createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:HELD_BY]->(ua)`,
      { ...fx.ids, ...e },
    );
    const admin = fx.tokens.admin;
    const created = await must(
      api.gql<Record<string, { id: string }>>(
        `mutation($r: CreateResearcherInput!, $q: CreateEquipmentInput!, $s: CreateSupportStaffInput!, $h: CreateHrProgramInput!) {
        r: createResearcher(input: $r) { id } q: createEquipment(input: $q) { id } s: createSupportStaff(input: $s) { id }
        h: createHrProgram(input: $h) { id } }`,
        {
          r: { name: 'Matrix Researcher', affiliationId: fx.ids.universityA },
          q: {
            name: 'Matrix SEM',
            category: 'microscope',
            description: 'Scanning electron microscope',
            hostId: fx.ids.universityA,
          },
          s: { name: 'Matrix Staff', organizationId: fx.ids.universityA },
          h: { title: 'Matrix program', hostId: fx.ids.universityA, startDate: '2026-04-01', endDate: '2027-03-31' },
        },
        admin,
      ),
    );
    Object.assign(e, {
      researcher: created.r.id,
      equipment: created.q.id,
      supportStaff: created.s.id,
      hrProgram: created.h.id,
    });
    e.match = await makeMatch('SHARED');
    e.user = randomUUID();
    Object.assign(tokens, {
      anonymous: undefined,
      [Role.ADMIN]: admin,
      [Role.COORDINATOR]: fx.tokens.coordA,
      [Role.COMPANY]: fx.tokens.companyA1,
      [Role.CONSORTIUM_MANAGER]: fx.tokens.managerA,
    });
    if (roles.includes('SUPPORT_STAFF' as Role)) {
      // The SUPPORT_STAFF user acts as the staff member who supports the fixture equipment.
      await must(
        api.gql(
          'mutation($e: ID!, $s: ID!) { assignSupportStaff(equipmentId: $e, staffId: $s) { id } }',
          { e: e.equipment, s: e.supportStaff },
          admin,
        ),
      );
      const email = 'support@fixture.musubi.example';
      await must(
        api.gql(
          'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
          {
            input: {
              email,
              password: 'support-password-123',
              role: 'SUPPORT_STAFF',
              displayName: 'Support',
              linkId: e.supportStaff,
            },
          },
          admin,
        ),
      );
      tokens['SUPPORT_STAFF' as Role] = await api.signIn(email, 'support-password-123');
    }
    if (schema.getMutationType()?.getFields().requestEquipmentUse) e.useRequest = await freshUseRequest();
  }, 180_000);

  afterAll(async () => {
    await api?.close();
    await driver?.close();
    if (config) await deleteQueueKeys(config.redis.url, config.queue.prefix);
  });

  /** A match of the fixture need and seed, written as the matcher writes it. */
  async function makeMatch(status: string): Promise<string> {
    const id = randomUUID();
    await driver.executeQuery(
      `MATCH (n:Need {id: $need}), (t:Seed {id: $seed})
       CREATE (m:Match {id: $id, pairKey: $need + '|' + $seed + '|' + $id, needId: $need, targetId: $seed, kind: 'SEED',
         score: 0.5, lexicalScore: 0.5, regionBoost: 0.0, pathBoost: 0.0, explanation: '[]', status: $status,
         current: true, stale: false, engineVersion: 'test', computedAt: datetime(), createdAt: datetime(), updatedAt: datetime(), createdBy: 'matcher'})
       CREATE (m)-[:FOR_NEED]->(n) CREATE (m)-[:SUGGESTS]->(t)`,
      { id, need: e.need, seed: e.seed, status },
    );
    return id;
  }

  /** Variables for `op` as `caller` would send them: their in-scope fixture ids, minimal inputs. */
  async function variablesFor(
    op: string,
    field: GraphQLField<unknown, unknown>,
    caller: Caller,
  ): Promise<Record<string, unknown>> {
    const ctx: Ctx = { fx, e, api, driver, fresh, freshMatch: makeMatch, freshUseRequest };
    const vars: Record<string, unknown> = {};
    if (/^delete/.test(op)) {
      // Deletes act on a throwaway entity created by the admin in region A.
      vars.id = await fresh(op.replace(/^delete/, '').replace(/^./, (c) => c.toLowerCase()));
    }
    for (const arg of field.args) {
      if (arg.name in vars) continue;
      if (isNonNullType(arg.type) && arg.defaultValue === undefined) {
        vars[arg.name] = valueFor(arg.type, arg.name, (name) => idFor(name, op, fx, e));
      }
    }
    const over = OVERRIDES[op]?.vars;
    return over ? mergeVars(vars, await over(caller, ctx)) : vars;
  }

  /** A use request of company A1 for the fixture equipment (when equipment use exists). */
  async function freshUseRequest(): Promise<string> {
    const data = await must(
      api.gql<{ requestEquipmentUse: { id: string } }>(
        'mutation($input: RequestEquipmentUseInput!) { requestEquipmentUse(input: $input) { id } }',
        {
          input: {
            equipmentId: e.equipment,
            purpose: 'Matrix use',
            wishedFrom: '2027-02-01T09:00:00Z',
            wishedTo: '2027-02-01T17:00:00Z',
          },
        },
        fx.tokens.companyA1,
      ),
    );
    return data.requestEquipmentUse.id;
  }

  /** Creates a throwaway entity (as the admin, in region A) with the create mutation's minimal input. */
  async function fresh(entity: string): Promise<string> {
    const op = `create${entity.replace(/^./, (c) => c.toUpperCase())}`;
    const field = schema.getMutationType()?.getFields()[op];
    if (!field) throw new Error(`no ${op} mutation to make a throwaway ${entity}`);
    const vars = await variablesFor(op, field, Role.ADMIN);
    const doc = documentFor('mutation', field, vars).replace('{ __typename }', '{ id }');
    const data = await must(api.gql<Record<string, { id: string }>>(doc, vars, fx.tokens.admin));
    return data[op].id;
  }

  it('the operation-roles table of docs/api.md covers exactly the operations of the schema', () => {
    const { columns, rows } = readRoleTable();
    const expectedColumns = [...roles, 'anonymous'];
    expect(columns.slice().sort()).toEqual(expectedColumns.slice().sort());
    const ops = schemaOperations(schema);
    const problems: string[] = [];
    for (const op of ops) {
      const row = rows.get(op.name);
      if (!row)
        problems.push(`${op.kind} ${op.name} has no row in the operation-roles table of docs/api.md: add its rule`);
      else if (row.kind !== op.kind) problems.push(`${op.name} is a ${op.kind}, the table says ${row.kind}`);
    }
    const names = new Set(ops.map((o) => o.name));
    for (const name of rows.keys())
      if (!names.has(name))
        problems.push(`The operation-roles table of docs/api.md has ${name}, which the schema does not`);
    expect(problems).toEqual([]);
  });

  it('every operation, called by every role and by no one, is allowed or refused as the table says', async () => {
    const { rows } = readRoleTable();
    const callers: Caller[] = [...roles, 'anonymous'];
    // Queries, then mutations; within mutations the account-changing ones last.
    const ops = schemaOperations(schema)
      .filter((o) => rows.has(o.name))
      .sort((a, b) => Number(a.kind === 'mutation') - Number(b.kind === 'mutation'));
    const failures: string[] = [];
    const observed: string[] = [];
    let calls = 0;
    for (const op of ops) {
      const row = rows.get(op.name)!;
      const seen: string[] = [];
      for (const caller of callers) {
        const expected = row.cells[caller];
        let vars: Record<string, unknown>;
        try {
          vars = await variablesFor(op.name, op.field, caller);
        } catch (error) {
          failures.push(`${op.name} as ${caller}: could not build arguments: ${(error as Error).message}`);
          continue;
        }
        const doc = documentFor(op.kind, op.field, vars);
        const response: GraphQLResponse =
          op.kind === 'subscription'
            ? {
                status: 0,
                errors: (await subscribeCodes(api.url('/graphql'), doc, vars, tokens[caller])).map((code) => ({
                  message: code,
                  extensions: { code },
                })),
              }
            : await api.gql(doc, vars, tokens[caller]);
        if (response.errors?.length === 0) delete response.errors;
        calls++;
        const codes = (response.errors ?? []).map((x) => x.extensions?.code ?? 'NO_CODE');
        seen.push(`${caller}:${codes[0] ?? 'ok'}`);
        const what = `${op.kind} ${op.name} as ${caller} (table: ${expected})`;
        const detail = JSON.stringify(response.errors?.map((x) => `${x.extensions?.code}: ${x.message}`));
        if (expected === 'no') {
          const want = caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
          if (codes[0] !== want) failures.push(`${what}: expected ${want}, got ${detail ?? 'success'}`);
        } else if (expected === 'hidden') {
          if (codes[0] !== 'NOT_FOUND') failures.push(`${what}: expected NOT_FOUND, got ${detail ?? 'success'}`);
        } else if (codes.length > 0) {
          const accepted = OVERRIDES[op.name]?.accept?.codes ?? [];
          if (!codes.every((c) => accepted.includes(c))) failures.push(`${what}: expected success, got ${detail}`);
        }
      }
      observed.push(`${op.name}: ${seen.join(' ')}`);
    }
    if (process.env.ROLE_MATRIX_PRINT) console.log(observed.join('\n'));
    console.log(
      `role matrix: ${ops.length} operations x ${callers.length} callers = ${calls} calls, ${failures.length} mismatches`,
    );
    expect(failures).toEqual([]);
    // Nothing the matrix did removed the shared fixture.
    const left = await driver.executeQuery('MATCH (n) WHERE n.id IN $ids RETURN count(n) AS c', {
      ids: [...Object.values(fx.ids), e.need, e.seed, e.match],
    });
    expect((left.records[0].get('c') as Integer).toNumber()).toBe(Object.keys(fx.ids).length + 3);
  }, 300_000);

  describe('tokens', () => {
    const ME = '{ me { id role } }';
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const sign = (header: object, claims: object, secret: string) => {
      const body = `${b64(header)}.${b64(claims)}`;
      return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
    };
    const now = () => Math.floor(Date.now() / 1000);
    const userIdOf = async (token: string) => (await must(api.gql<{ me: { id: string } }>(ME, {}, token))).me.id;
    const raw = async (authorization: string) => {
      const response = await fetch(api.url('/graphql'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query: ME }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLResponse };
    };
    const expectUnauthenticated = async (authorization: string, message?: RegExp) => {
      const { body } = await raw(authorization);
      expect(body.data?.me ?? null).toBeNull();
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      if (message) expect(body.errors?.[0]?.message).toMatch(message);
    };

    it('a good token works (the control case)', async () => {
      const { body } = await raw(`Bearer ${fx.tokens.coordA}`);
      expect(body.errors).toBeUndefined();
    });

    it('a token signed with another secret is refused', async () => {
      const sub = await userIdOf(fx.tokens.admin);
      await expectUnauthenticated(
        `Bearer ${sign({ alg: 'HS256', typ: 'JWT' }, { sub, role: 'ADMIN', iat: now(), exp: now() + 600 }, 'not-the-secret')}`,
        /not valid/,
      );
    });

    it("another user's id in a token whose signature was altered is refused", async () => {
      const adminId = await userIdOf(fx.tokens.admin);
      // Take company A1's real token, swap its claims for the admin's id, keep the old signature.
      const [header, , signature] = fx.tokens.companyA1.split('.');
      const forged = `${header}.${b64({ sub: adminId, role: 'ADMIN', iat: now(), exp: now() + 600 })}.${signature}`;
      await expectUnauthenticated(`Bearer ${forged}`, /not valid/);
    });

    it('an expired token is refused, saying so', async () => {
      const sub = await userIdOf(fx.tokens.admin);
      await expectUnauthenticated(
        `Bearer ${sign({ alg: 'HS256', typ: 'JWT' }, { sub, role: 'ADMIN', iat: now() - 7200, exp: now() - 3600 }, config.auth.jwtSecret)}`,
        /expired/,
      );
    });

    it('an "alg": "none" token is refused', async () => {
      const sub = await userIdOf(fx.tokens.admin);
      await expectUnauthenticated(
        `Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub, role: 'ADMIN', iat: now(), exp: now() + 600 })}.`,
      );
    });

    it('an HS384/RS256-labelled token is refused (only HS256 is accepted)', async () => {
      const sub = await userIdOf(fx.tokens.admin);
      const body = `${b64({ alg: 'HS384', typ: 'JWT' })}.${b64({ sub, role: 'ADMIN', iat: now(), exp: now() + 600 })}`;
      const hs384 = `${body}.${createHmac('sha384', config.auth.jwtSecret).update(body).digest('base64url')}`;
      await expectUnauthenticated(`Bearer ${hs384}`);
    });

    it("a deleted user's token stops working at once", async () => {
      const email = 'doomed@fixture.musubi.example';
      const created = await must(
        api.gql<{ createUser: { id: string } }>(
          'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
          {
            input: {
              email,
              password: 'doomed-password-123',
              role: 'COMPANY',
              displayName: 'Doomed',
              linkId: fx.ids.companyA2,
            },
          },
          fx.tokens.admin,
        ),
      );
      const token = await api.signIn(email, 'doomed-password-123');
      expect((await raw(`Bearer ${token}`)).body.errors).toBeUndefined();
      await must(api.gql('mutation($id: ID!) { deleteUser(id: $id) }', { id: created.createUser.id }, fx.tokens.admin));
      await expectUnauthenticated(`Bearer ${token}`, /no longer exists/);
    });

    it('garbage, an empty bearer and a token without "Bearer" are refused', async () => {
      await expectUnauthenticated('Bearer not-a-jwt');
      await expectUnauthenticated('Bearer a.b.c');
      await expectUnauthenticated('Bearer ');
      await expectUnauthenticated(fx.tokens.admin, /Bearer <token>/);
      await expectUnauthenticated(`Basic ${Buffer.from('admin:pw').toString('base64')}`);
      await expectUnauthenticated(`Bearer ${fx.tokens.admin} extra`);
    });

    it('a token of a public operation does not need to be good, but a bad one is still refused', async () => {
      // serviceInfo is public; sending a bad token there must not be silently ignored either.
      const response = await fetch(api.url('/graphql'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer a.b.c' },
        body: JSON.stringify({ query: '{ serviceInfo { __typename } }' }),
      });
      const body = (await response.json()) as GraphQLResponse;
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });
});
