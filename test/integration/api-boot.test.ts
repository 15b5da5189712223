import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppConfig } from '../../src/config/app-config';
import { PROJECT_ROOT } from '../../src/config/project-root';
import { startTestApi, TestApi } from '../support/api-client';
import { expectReady } from '../support/health';
import { deleteQueueKeys } from '../support/services';
import { testConfig } from '../support/test-env';

describe('API boot against real Neo4j and Redis', () => {
  let config: AppConfig;
  let api: TestApi;

  beforeAll(async () => {
    config = await testConfig();
    api = await startTestApi(config);
  });
  afterAll(async () => {
    await api?.close();
    if (config) await deleteQueueKeys(config.redis.url, config.queue.prefix);
  });

  it('answers liveness', async () => {
    const response = await fetch(api.url('/health'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('reports ready when Neo4j, the graph schema and Redis are up, naming each check and the workers it sees', async () => {
    // No worker runs under this suite's queue prefix: reported, and not required.
    await expectReady(api.url('/health/ready'), 0);
  });

  it('answers a GraphQL query', async () => {
    const response = await api.gql<{ serviceInfo: { name: string; version: string; serverTime: string } }>(
      '{ serviceInfo { name version serverTime } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.serviceInfo.name).toBe('musubi');
    expect(response.data?.serviceInfo.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(Math.abs(Date.parse(response.data!.serviceInfo.serverTime) - Date.now())).toBeLessThan(60_000);
  });

  it('keeps CSRF prevention on: a simple text/plain POST is refused', async () => {
    const response = await fetch(api.url('/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ serviceInfo { name } }' }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });

  it('names a GraphQL syntax error with its code', async () => {
    const response = await api.gql('{ serviceInfo { name ');
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('does not suggest field names to clients', async () => {
    const response = await api.gql('{ serviceInf { name } }');
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it('puts no default value on any update input (a default would reset what the client did not send)', () => {
    const generated = readFileSync(config.graphql.schemaFile as string, 'utf8');
    const updateInputs = generated.match(/input Update\w+Input \{[^}]*\}/g) ?? [];
    expect(updateInputs.length).toBeGreaterThan(0);
    const withDefaults = updateInputs.filter((block) => /=/.test(block)).map((block) => block.split(' ')[1]);
    expect(withDefaults).toEqual([]);
  });

  it('has the committed schema.gql in step with the code', () => {
    const generated = readFileSync(config.graphql.schemaFile as string, 'utf8');
    const committedPath = join(PROJECT_ROOT, 'schema.gql');
    // `npm run schema:gql` refreshes the committed copy after an intended API change.
    if (process.env.UPDATE_SCHEMA_GQL === '1') writeFileSync(committedPath, generated);
    const committed = readFileSync(committedPath, 'utf8');
    expect(committed).toBe(generated);
  });
});

describe('readiness and the graph schema', () => {
  const schemaDir = mkdtempSync(join(tmpdir(), 'musubi-graph-schema-'));
  let config: AppConfig;
  let api: TestApi;

  beforeAll(async () => {
    cpSync(join(PROJECT_ROOT, 'graph-schema'), schemaDir, { recursive: true });
    config = await testConfig({ GRAPH_SCHEMA_DIR: schemaDir });
    api = await startTestApi(config);
  });
  afterAll(async () => {
    await api?.close();
    rmSync(schemaDir, { recursive: true, force: true });
    if (config) await deleteQueueKeys(config.redis.url, config.queue.prefix);
  });

  it('is not ready while a graph-schema file is not applied', async () => {
    expect((await fetch(api.url('/health/ready'))).status).toBe(200);
    writeFileSync(
      join(schemaDir, '9999_readiness_probe.cypher'),
      'CREATE INDEX readiness_probe IF NOT EXISTS FOR (p:ReadinessProbe) ON (p.id);\n',
    );
    const pending = await fetch(api.url('/health/ready'));
    expect(pending.status).toBe(503);
    expect(await pending.json()).toMatchObject({
      status: 'not_ready',
      checks: { neo4j: 'up', graphSchema: 'down', redis: 'up' },
    });
    rmSync(join(schemaDir, '9999_readiness_probe.cypher'));
    expect((await fetch(api.url('/health/ready'))).status).toBe(200);
  });
});
