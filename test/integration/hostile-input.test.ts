import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  GraphQLInputObjectType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { serverAudits } from 'graphql-http';
import { randomUUID } from 'node:crypto';
import { Driver, Integer } from 'neo4j-driver';
import { AppConfig } from '../../src/config/app-config';
import { LIMITS } from '../../src/common/validation/limits';
import { GraphQLResponse, startTestApi, TestApi } from '../support/api-client';
import { startApiSuite } from '../support/api-suite';
import { buildNetworkFixture, createUniversityResources, NetworkFixture } from '../support/network-fixture';
import { countOf, deleteQueueKeys } from '../support/services';
import { testConfig } from '../support/test-env';

/**
 * Hostile input: query bombs, floods and oversized bodies, hostile text in every text field of every
 * create/update mutation, cross-site simple requests, per-user rate limiting, and the graphql-http
 * conformance audit. Each case ends by checking the service still answers a normal query quickly.
 */

const HEALTHY_MS = 2_000;

async function must<T>(response: Promise<GraphQLResponse<T>>): Promise<T> {
  const r = await response;
  if (r.errors || !r.data) throw new Error(JSON.stringify(r.errors));
  return r.data;
}

describe('hostile input', () => {
  let config: AppConfig;
  let driver: Driver;
  let api: TestApi;
  let fx: NetworkFixture;
  let schema: GraphQLSchema;
  const coordinatingOrg = randomUUID();
  const extra: Record<'need' | 'seed' | 'researcher' | 'equipment' | 'supportStaff' | 'hrProgram', string> =
    {} as never;

  /** Raw POST to /graphql with whatever body and headers the attacker chooses. */
  const post = async (
    body: string | Buffer,
    headers: Record<string, string> = { 'content-type': 'application/json' },
  ) => {
    const response = await fetch(api.url('/graphql'), { method: 'POST', headers, body });
    const text = await response.text();
    let json: GraphQLResponse | undefined;
    try {
      json = JSON.parse(text) as GraphQLResponse;
    } catch {
      json = undefined;
    }
    return { status: response.status, text, json };
  };

  /** The headers of a JSON request signed in with `token`. */
  const asUser = (token: string) => ({ 'content-type': 'application/json', authorization: `Bearer ${token}` });

  /** The service still answers a normal, authenticated query, and quickly. */
  const expectHealthy = async () => {
    const started = Date.now();
    const data = await must(api.gql<{ me: { id: string } }>('{ me { id } }', {}, fx.tokens.coordA));
    const elapsed = Date.now() - started;
    expect(data.me.id).toBeTruthy();
    expect(elapsed).toBeLessThan(HEALTHY_MS);
    return elapsed;
  };

  const fixtureCount = async () =>
    await countOf(driver, 'MATCH (n) WHERE n.id IN $ids RETURN count(n) AS c', {
      ids: [...Object.values(fx.ids), ...Object.values(extra)],
    });

  beforeAll(async () => {
    ({ config, driver, api } = await startApiSuite({
      MATCH_RECONCILE_INTERVAL_MS: '3600000',
      RATE_LIMIT_PER_MINUTE: '100000',
    }));
    schema = api.app.get(GraphQLSchemaHost).schema;
    fx = await buildNetworkFixture(api, driver);
    const made = await must(
      api.gql<Record<string, { id: string }>>(
        `mutation($n: CreateNeedInput!, $s: CreateSeedInput!) { n: createNeed(input: $n) { id } s: createSeed(input: $s) { id } }`,
        {
          n: { title: 'Hostile need', description: 'Dry seaweed faster', companyId: fx.ids.companyA1 },
          s: {
            title: 'Hostile seed',
            summary: 'Seaweed drying',
            stage: 'PROTOTYPE',
            holderOrganizationId: fx.ids.universityA,
          },
        },
        fx.tokens.admin,
      ),
    );
    // Coordinators work for a coordinating organization.
    await driver.executeQuery(
      `MATCH (rb:Region {id: $regionB}) CREATE (:Organization {id: $id, name: 'B Coordination Office', kind: 'COORDINATING_ORGANIZATION',
         description: '', createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:IN_REGION]->(rb)`,
      { regionB: fx.ids.regionB, id: coordinatingOrg },
    );
    Object.assign(extra, { need: made.n.id, seed: made.s.id }, await createUniversityResources(api, fx, 'Hostile'));
  }, 180_000);

  afterAll(async () => {
    await api?.close();
    await driver?.close();
    if (config) await deleteQueueKeys(config.redis.url, config.queue.prefix);
  });

  describe('bombs and floods', () => {
    const gqlError = (r: Awaited<ReturnType<typeof post>>) => r.json?.errors?.[0];
    /** The answer is a 400 whose first error has `code` and a message matching `message`; the API still answers. */
    const expectRefused = async (r: Awaited<ReturnType<typeof post>>, code: string, message: RegExp) => {
      expect(r.status).toBe(400);
      expect(gqlError(r)?.extensions?.code).toBe(code);
      expect(gqlError(r)?.message).toMatch(message);
      await expectHealthy();
    };

    it('a depth bomb (40 levels through SupportStaff.equipment.supportStaff...) is refused naming the limit', async () => {
      let inner = 'id';
      for (let i = 0; i < 20; i++) inner = `equipment { supportStaff { ${inner} } }`;
      const r = await post(
        JSON.stringify({ query: `{ supportStaffMembers(first: 1) { edges { node { ${inner} } } } }` }),
        asUser(fx.tokens.coordA),
      );
      await expectRefused(
        r,
        'BAD_USER_INPUT',
        new RegExp(`Query depth \\d+ exceeds the limit of ${config.graphql.maxDepth}`),
      );
    });

    it("an introspection bomb (fields inside fields inside fields...) is refused by Apollo's introspection depth rule", async () => {
      // Introspection is exempt from GRAPHQL_MAX_DEPTH so tools can load the schema; the fan-out of
      // types { fields { type { fields ... } } } is bounded by graphql-js's MaxIntrospectionDepthRule,
      // which Apollo Server runs by default.
      let fanOut = 'name';
      for (let i = 0; i < 6; i++) fanOut = `name fields { name type { ${fanOut} } }`;
      const started = Date.now();
      const r = await post(JSON.stringify({ query: `{ __schema { types { ${fanOut} } } }` }), asUser(fx.tokens.coordA));
      console.log(`introspection bomb: HTTP ${r.status} in ${Date.now() - started} ms: ${gqlError(r)?.message}`);
      await expectRefused(r, 'GRAPHQL_VALIDATION_FAILED', /introspection depth/i);
    });

    it('the standard introspection query (what tools send) still works', async () => {
      const { getIntrospectionQuery } = await import('graphql');
      const r = await post(JSON.stringify({ query: getIntrospectionQuery() }), asUser(fx.tokens.coordA));
      expect(r.status).toBe(200);
      expect(r.json?.errors).toBeUndefined();
    });

    it('a cost bomb (20 connections of 100 with nested lists) is refused naming the limit', async () => {
      const one = (i: number) =>
        `c${i}: supportStaffMembers(first: 100) { edges { node { id name equipment { id name supportStaff { id name } } } } }`;
      const query = `{ ${Array.from({ length: 20 }, (_, i) => one(i)).join(' ')} }`;
      const r = await post(JSON.stringify({ query }), asUser(fx.tokens.coordA));
      await expectRefused(
        r,
        'BAD_USER_INPUT',
        new RegExp(`estimated cost \\d+ exceeds the limit of ${config.graphql.maxCost}`),
      );
    });

    it('a page size beyond 100 is refused naming first and its limit', async () => {
      const r = await api.gql('{ needs(first: 101) { totalCount } }', {}, fx.tokens.coordA);
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(r.errors)).toMatch(/first/);
      expect(JSON.stringify(r.errors)).toMatch(/100/);
      // A huge page size is stopped earlier, by the cost estimate (first x children).
      const huge = await api.gql('{ needs(first: 100000) { totalCount } }', {}, fx.tokens.coordA);
      expect(huge.errors?.[0]?.message).toMatch(/estimated cost 100001 exceeds the limit/);
    });

    it('a variable of the wrong type answers 400 BAD_USER_INPUT, not 500 (found by this suite: the cost check coerced first)', async () => {
      for (const variables of [{ f: 'abc' }, { f: null }, { f: [[[1]]] }, { f: { a: 1 } }]) {
        const r = await post(
          JSON.stringify({ query: 'query($f: Int!) { needs(first: $f) { totalCount } }', variables }),
          asUser(fx.tokens.coordA),
        );
        expect({ variables, status: r.status, code: gqlError(r)?.extensions?.code }).toEqual({
          variables,
          status: 400,
          code: 'BAD_USER_INPUT',
        });
        expect(gqlError(r)?.message).toMatch(/Variable "\$f"/);
      }
    });

    it('an alias flood (1000 aliases) is refused naming the limit', async () => {
      const query = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
      const r = await post(JSON.stringify({ query }), asUser(fx.tokens.coordA));
      expect(r.status).toBe(400);
      expect(gqlError(r)?.message).toMatch(new RegExp(`1000 aliases; the limit is ${config.graphql.maxAliases}`));
      await expectHealthy();
    });

    it('a field repeated 5000 times without aliases is merged, not multiplied, and costs within limits', async () => {
      const query = `{ ${'me { id } '.repeat(5000)} }`;
      const started = Date.now();
      const r = await post(JSON.stringify({ query }), asUser(fx.tokens.coordA));
      expect(Date.now() - started).toBeLessThan(5_000);
      expect([200, 400]).toContain(r.status);
      await expectHealthy();
    });

    it('a batch (array body of 200 mutations) is refused: batching is off, and nothing runs', async () => {
      const ops = Array.from({ length: 200 }, (_, i) => ({
        query: 'mutation($input: CreateRegionInput!) { createRegion(input: $input) { id } }',
        variables: { input: { code: `batch-${i}`, name: `Batch ${i}` } },
      }));
      const r = await post(JSON.stringify(ops), asUser(fx.tokens.admin));
      expect(r.status).toBe(400);
      expect(r.text).toMatch(/batch/i);
      const made = await driver.executeQuery("MATCH (r:Region) WHERE r.code STARTS WITH 'batch-' RETURN count(r) AS c");
      expect((made.records[0].get('c') as Integer).toNumber()).toBe(0);
      await expectHealthy();
    });

    it('a 10 MB JSON body is refused with 413 and a clear message', async () => {
      const body = JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(10 * 1024 * 1024) } });
      const r = await post(body, asUser(fx.tokens.coordA));
      expect(r.status).toBe(413);
      expect(r.text).toMatch(/too large/i);
      await expectHealthy();
    });

    it('a 10 MB body of another content type is refused without a crash', async () => {
      for (const type of ['text/plain', 'application/graphql', 'application/octet-stream']) {
        const r = await post('x'.repeat(10 * 1024 * 1024), {
          'content-type': type,
          authorization: `Bearer ${fx.tokens.coordA}`,
        });
        expect(r.status).toBeGreaterThanOrEqual(400);
        expect(r.status).toBeLessThan(500);
      }
      await expectHealthy();
    });

    it('deeply nested JSON variables (100,000 levels) are refused without a crash', async () => {
      const depth = 100_000;
      const nested = '['.repeat(depth) + '"x"' + ']'.repeat(depth);
      const body = `{"query":"query($k: String) { needs(first: 1, keyword: $k) { totalCount } }","variables":{"k":${nested}}}`;
      const r = await post(body, asUser(fx.tokens.coordA));
      expect(r.status).toBeGreaterThanOrEqual(400);
      expect(r.status).toBeLessThan(500);
      const objects = '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
      const r2 = await post(
        `{"query":"mutation($input: CreateRegionInput!) { createRegion(input: $input) { id } }","variables":{"input":${objects}}}`,
        asUser(fx.tokens.admin),
      );
      expect(r2.status).toBeGreaterThanOrEqual(400);
      expect(r2.status).toBeLessThan(500);
      await expectHealthy();
    });

    it('malformed JSON and a body without a query answer 400, not 500', async () => {
      for (const body of ['{"query":', 'null', '[]', '"just a string"', '{"query": 42}', '{}']) {
        const r = await post(body, asUser(fx.tokens.coordA));
        expect({ body, status: r.status }).toEqual({ body, status: 400 });
      }
      await expectHealthy();
    });
  });

  describe('hostile text in every text field', () => {
    const VALUES: Record<string, string> = {
      cypher: "'}) MATCH (n) DETACH DELETE n //",
      cypher2: '"}) WITH 1 AS x CALL { MATCH (n) DETACH DELETE n } RETURN x //\\',
      html: '<script>alert("x")</script><img src=x onerror=alert(1)>&amp;',
      rtl: 'abc\u202Etxt.exe\u202C \u200F\u061C مرحبا',
      emoji: '👩‍🔬 研究 🌊🧪 e\u0301',
    };
    /** Inputs whose format is not free text: refusing hostile text there is right, not a defect. */
    const FORMATTED = new Set(['email', 'code', 'startDate', 'endDate', 'password', 'activeOn', 'role', 'content']);

    /** The entity of an update mutation's `id`, created in beforeAll or by the fixture. */
    const targetOf = (op: string): string | undefined => {
      const ids: Record<string, string> = {
        updateNeed: extra.need,
        updateSeed: extra.seed,
        updateResearcher: extra.researcher,
        updateEquipment: extra.equipment,
        updateSupportStaff: extra.supportStaff,
        updateHrProgram: extra.hrProgram,
        updateRegion: fx.ids.regionA,
        updateOrganization: fx.ids.companyA1,
        updateCoordinator: fx.ids.coordinatorA,
        updateConsortium: fx.ids.consortiumA,
      };
      return ids[op];
    };

    /** A minimal valid input for a create mutation (hostile text goes into one field at a time). */
    const baseInput = (op: string): Record<string, unknown> | undefined => {
      const u = randomUUID().slice(0, 8);
      const inputs: Record<string, Record<string, unknown>> = {
        createNeed: { title: 'Base need', description: 'Base', companyId: fx.ids.companyA1 },
        createSeed: {
          title: 'Base seed',
          summary: 'Base',
          stage: 'PROTOTYPE',
          holderOrganizationId: fx.ids.universityA,
        },
        createResearcher: { name: 'Base Researcher', affiliationId: fx.ids.universityA },
        createEquipment: { name: 'Base SEM', category: 'microscope', description: 'Base', hostId: fx.ids.universityA },
        createSupportStaff: { name: 'Base Staff', organizationId: fx.ids.universityA },
        createHrProgram: {
          title: 'Base program',
          hostId: fx.ids.universityA,
          startDate: '2026-04-01',
          endDate: '2027-03-31',
        },
        createRegion: { code: `hostile-${u}`, name: 'Base region' },
        createOrganization: { name: 'Base org', kind: 'COMPANY', regionId: fx.ids.regionB },
        createCoordinator: { name: 'Base Coordinator', organizationId: coordinatingOrg, regionIds: [fx.ids.regionB] },
        createConsortium: { name: 'Base consortium', theme: 'Base', regionId: fx.ids.regionB },
        createUser: {
          email: `hostile-${u}@x.musubi.example`,
          password: 'hostile-password-123',
          role: 'ADMIN',
          displayName: 'Base',
        },
      };
      return inputs[op];
    };

    /** Text fields (String and [String]) of an input type. */
    const textFields = (type: GraphQLInputObjectType) =>
      Object.values(type.getFields())
        .filter((f) => isScalarType(getNamedType(f.type)) && getNamedType(f.type).name === 'String')
        .map((f) => ({ name: f.name, list: isListType(isNonNullType(f.type) ? f.type.ofType : f.type) }));

    it('is stored literally or refused with BAD_USER_INPUT naming the field; the graph keeps every node', async () => {
      const before = await fixtureCount();
      const totalBefore = await countOf(driver, 'MATCH (n) RETURN count(n) AS c');
      const problems: string[] = [];
      const tally = { stored: 0, refused: 0, controlRefused: 0, longRefused: 0 };
      const mutations = Object.values(schema.getMutationType()!.getFields()).filter((f) =>
        /^(create|update)/.test(f.name),
      );
      const covered: string[] = [];
      for (const m of mutations) {
        const inputArg = m.args.find((a) => a.name === 'input');
        const inputType = inputArg && getNamedType(inputArg.type);
        if (!inputType || !isInputObjectType(inputType)) continue;
        const isUpdate = m.name.startsWith('update');
        const id = isUpdate ? targetOf(m.name) : undefined;
        const base = isUpdate ? {} : baseInput(m.name);
        if ((isUpdate && !id) || !base) {
          problems.push(`${m.name}: no target or base input in this test; add it to targetOf/baseInput`);
          continue;
        }
        covered.push(m.name);
        const outType = getNamedType(m.type);
        const outFields = isObjectType(outType) ? outType.getFields() : {};
        for (const field of textFields(inputType)) {
          const readable = field.name in outFields;
          const doc = `mutation(${isUpdate ? '$id: ID!, ' : ''}$input: ${inputType.name}!) { ${m.name}(${isUpdate ? 'id: $id, ' : ''}input: $input) { __typename ${readable ? field.name : ''} } }`;
          const send = (value: string) => {
            const v = field.list ? [value] : value;
            return api.gql<Record<string, Record<string, unknown>>>(
              doc,
              { ...(isUpdate ? { id } : {}), input: { ...base, ...freshKeys(m.name, field.name), [field.name]: v } },
              fx.tokens.admin,
            );
          };
          const where = `${m.name}.${field.name}`;
          const namesField = (r: GraphQLResponse) =>
            r.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT' &&
            JSON.stringify(r.errors[0].extensions).includes(field.name);
          for (const [kind, value] of Object.entries(VALUES)) {
            const r = await send(value);
            if (!r.errors) {
              tally.stored++;
              if (readable) {
                const back = r.data![m.name][field.name];
                const expected = field.list ? [value] : value;
                if (JSON.stringify(back) !== JSON.stringify(expected))
                  problems.push(`${where} ${kind}: stored ${JSON.stringify(back)}, sent ${JSON.stringify(expected)}`);
              }
            } else if (namesField(r) && FORMATTED.has(field.name)) {
              tally.refused++;
            } else {
              problems.push(`${where} ${kind}: ${JSON.stringify(r.errors)}`);
            }
          }
          // NUL and other control characters: refused by the documented rule.
          for (const bad of ['a\u0000b', 'a\u0007b', 'a\u001Bb']) {
            const r = await send(bad);
            if (namesField(r)) tally.controlRefused++;
            else
              problems.push(
                `${where} control ${JSON.stringify(bad)}: expected BAD_USER_INPUT naming ${field.name}, got ${JSON.stringify(r.errors ?? r.data)}`,
              );
          }
          // Longer than any documented text limit, well under the 1 MB body limit.
          const long = await send('x'.repeat(LIMITS.longText.max + 1));
          if (namesField(long) && (/\d/.test(long.errors![0].message) || FORMATTED.has(field.name)))
            tally.longRefused++;
          else
            problems.push(
              `${where} ${LIMITS.longText.max + 1} characters: expected BAD_USER_INPUT naming ${field.name} and its limit, got ${JSON.stringify(long.errors ?? 'stored')}`,
            );
        }
      }
      console.log(
        `hostile text: ${covered.length} mutations, stored ${tally.stored}, refused (format) ${tally.refused}, control refused ${tally.controlRefused}, over-limit refused ${tally.longRefused}, problems ${problems.length}`,
      );
      expect(problems).toEqual([]);
      expect(covered.length).toBeGreaterThanOrEqual(20);
      expect(await fixtureCount()).toBe(before);
      const totalAfter = await countOf(driver, 'MATCH (n) RETURN count(n) AS c');
      expect(totalAfter).toBeGreaterThanOrEqual(totalBefore);
    }, 240_000);

    /** Unique keys for creates that are unique by code or e-mail (so repeats do not CONFLICT). */
    function freshKeys(op: string, field: string): Record<string, unknown> {
      const u = randomUUID().slice(0, 8);
      if (op === 'createRegion' && field !== 'code') return { code: `hostile-${u}` };
      if (op === 'createUser' && field !== 'email') return { email: `hostile-${u}@x.musubi.example` };
      return {};
    }

    it('a 1 MB string is refused at the door with 413 (the request body limit)', async () => {
      const r = await post(
        JSON.stringify({
          query: 'mutation($id: ID!, $input: UpdateNeedInput!) { updateNeed(id: $id, input: $input) { id } }',
          variables: { id: extra.need, input: { description: 'x'.repeat(1024 * 1024) } },
        }),
        asUser(fx.tokens.admin),
      );
      expect(r.status).toBe(413);
      await expectHealthy();
    });

    it('hostile text as an ID is refused with BAD_USER_INPUT; as a search keyword it finds nothing and breaks nothing', async () => {
      const before = await fixtureCount();
      const r = await api.gql('query($id: ID!) { need(id: $id) { id } }', { id: VALUES.cypher }, fx.tokens.admin);
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const connections = Object.values(schema.getQueryType()!.getFields()).filter((f) =>
        f.args.some((a) => a.name === 'keyword'),
      );
      const problems: string[] = [];
      // Lucene's query syntax characters too: a full-text search must escape them, not fail on them.
      const keywords = [
        ...Object.values(VALUES),
        'a AND OR NOT',
        '*:* ~ ^2 "unbalanced',
        '\\',
        '/regex/',
        '((((',
        'title:x',
      ];
      for (const f of connections) {
        for (const keyword of keywords) {
          const res = await api.gql(
            `query($k: String) { ${f.name}(first: 5, keyword: $k) { totalCount } }`,
            { k: keyword },
            fx.tokens.admin,
          );
          const code = res.errors?.[0]?.extensions?.code;
          if (res.errors && code !== 'BAD_USER_INPUT')
            problems.push(`${f.name}(keyword: ${JSON.stringify(keyword)}): ${JSON.stringify(res.errors)}`);
        }
      }
      expect(problems).toEqual([]);
      expect(connections.length).toBeGreaterThanOrEqual(5);
      expect(await fixtureCount()).toBe(before);
    });
  });

  describe('CSRF: cross-site simple requests', () => {
    const regionCode = (tag: string) => `csrf-${tag}`;
    const createRegion = (tag: string) =>
      `mutation { createRegion(input: { code: "${regionCode(tag)}", name: "CSRF ${tag}" }) { id } }`;
    const regionExists = async (tag: string) =>
      (await countOf(driver, 'MATCH (r:Region {code: $code}) RETURN count(r) AS c', { code: regionCode(tag) })) > 0;

    it('POST text/plain is refused with 400 and writes nothing', async () => {
      const r = await post(JSON.stringify({ query: createRegion('plain') }), {
        'content-type': 'text/plain',
        authorization: `Bearer ${fx.tokens.admin}`,
      });
      expect(r.status).toBe(400);
      expect(r.text).toMatch(/CSRF|preflight/i);
      expect(await regionExists('plain')).toBe(false);
    });

    it('POST application/x-www-form-urlencoded and multipart/form-data are refused and write nothing', async () => {
      const form = new URLSearchParams({ query: createRegion('form') }).toString();
      const r = await post(form, {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Bearer ${fx.tokens.admin}`,
      });
      expect(r.status).toBe(400);
      const multipart = new FormData();
      multipart.set('query', createRegion('multi'));
      const m = await fetch(api.url('/graphql'), {
        method: 'POST',
        body: multipart,
        headers: { authorization: `Bearer ${fx.tokens.admin}` },
      });
      expect(m.status).toBe(400);
      expect(await regionExists('form')).toBe(false);
      expect(await regionExists('multi')).toBe(false);
    });

    it('GET with a mutation is refused and writes nothing, with or without the preflight header', async () => {
      const url = `${api.url('/graphql')}?query=${encodeURIComponent(createRegion('get'))}`;
      const simple = await fetch(url, { headers: { authorization: `Bearer ${fx.tokens.admin}` } });
      expect(simple.status).toBe(400);
      const preflighted = await fetch(url, {
        headers: { authorization: `Bearer ${fx.tokens.admin}`, 'apollo-require-preflight': 'true' },
      });
      expect(preflighted.status).toBe(405);
      expect(await regionExists('get')).toBe(false);
    });

    it('a simple GET query is refused too; a GET query with the preflight header is answered', async () => {
      const url = `${api.url('/graphql')}?query=${encodeURIComponent('{ me { id } }')}`;
      expect((await fetch(url, { headers: { authorization: `Bearer ${fx.tokens.coordA}` } })).status).toBe(400);
      const ok = await fetch(url, {
        headers: { authorization: `Bearer ${fx.tokens.coordA}`, 'apollo-require-preflight': 'true' },
      });
      expect(ok.status).toBe(200);
    });

    it('the same mutation as application/json works (the control case)', async () => {
      const r = await post(JSON.stringify({ query: createRegion('json') }), asUser(fx.tokens.admin));
      expect(r.status).toBe(200);
      expect(await regionExists('json')).toBe(true);
    });
  });

  describe('rate limiting per user', () => {
    let limited: TestApi;
    let limitedConfig: AppConfig;
    const LIMIT = 20;

    beforeAll(async () => {
      // A second API process on the same graph with a low limit and its own Redis key prefix.
      limitedConfig = await testConfig({
        MATCH_RECONCILE_INTERVAL_MS: '3600000',
        RATE_LIMIT_PER_MINUTE: String(LIMIT),
        GRAPH_SCHEMA_ON_START: 'false',
      });
      limited = await startTestApi(limitedConfig);
    });
    afterAll(async () => {
      await limited?.close();
      if (limitedConfig) await deleteQueueKeys(limitedConfig.redis.url, limitedConfig.queue.prefix);
    });

    it('one user past the limit gets RATE_LIMITED with a clear message; another user is unaffected', async () => {
      const codes: string[] = [];
      let message = '';
      let status = 0;
      for (let i = 0; i < LIMIT * 2 + 5; i++) {
        const r = await limited.gql('{ me { id } }', {}, fx.tokens.companyA1);
        const code = r.errors?.[0]?.extensions?.code ?? 'ok';
        codes.push(code);
        if (code === 'RATE_LIMITED') {
          ({ message } = r.errors![0]);
          status = r.status;
        }
      }
      const refused = codes.filter((c) => c === 'RATE_LIMITED').length;
      console.log(
        `rate limit ${LIMIT}/min: user A ${codes.length} requests, ${refused} RATE_LIMITED (HTTP ${status}): "${message}"`,
      );
      expect(refused).toBeGreaterThan(0);
      expect(codes.filter((c) => c !== 'ok' && c !== 'RATE_LIMITED')).toEqual([]);
      expect(message).toMatch(new RegExp(`Rate limit reached: ${LIMIT} requests a minute; try again in \\d+ s`));
      expect(status).toBe(429);
      for (let i = 0; i < 5; i++) {
        const other = await limited.gql<{ me: { id: string } }>('{ me { id } }', {}, fx.tokens.companyA2);
        expect(other.errors).toBeUndefined();
      }
    });
  });

  describe('GraphQL over HTTP (graphql-http server audits)', () => {
    it('every MUST passes; SHOULD failures are listed', async () => {
      // Audits send anonymous `{ __typename }`-style requests; the wrapper adds a coordinator's
      // token so the answers are about HTTP handling, not authentication.
      const fetchFn = (input: string | URL | Request, init: RequestInit = {}) => {
        const headers = new Headers(init.headers);
        headers.set('authorization', `Bearer ${fx.tokens.coordA}`);
        return fetch(input, { ...init, headers });
      };
      const results = await Promise.all(serverAudits({ url: api.url('/graphql'), fetchFn }).map((a) => a.fn()));
      const failed = results.filter((r) => r.status !== 'ok');
      for (const r of failed)
        console.log(`graphql-http ${r.status}: ${r.name}${'reason' in r ? ` (${r.reason})` : ''}`);
      console.log(
        `graphql-http audit: ${results.length} audits, ${results.filter((r) => r.status === 'ok').length} ok, ${results.filter((r) => r.status === 'warn').length} SHOULD failed, ${results.filter((r) => r.status === 'error').length} MUST failed`,
      );
      expect(
        results
          .filter((r) => r.name.startsWith('MUST') && r.status !== 'ok')
          .map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`),
      ).toEqual([]);
      await expectHealthy();
    }, 60_000);
  });
});
