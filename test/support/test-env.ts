import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { freePort } from '../../src/infra/neo4j/local/neo4j-local.launcher';

export const TEST_ENV = { neo4jUri: 'MUSUBI_TEST_NEO4J_URI' } as const;

/** The first admin every test API creates from env. */
export const TEST_ADMIN = { email: 'admin@test.musubi.example', password: 'test-admin-password' } as const;

/** A well-formed id that names nothing in the graph. */
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** A unique queue prefix per suite, so suites and developers' own workers never share jobs. */
export function testQueuePrefix(): string {
  return `musubi-test-${randomBytes(4).toString('hex')}`;
}

/**
 * The config a test process runs with: the throwaway Neo4j, its own queue prefix, a free port, and
 * the GraphQL schema written to a temp file (the committed schema.gql is compared, not overwritten).
 */
export async function testConfig(overrides: Record<string, string> = {}): Promise<AppConfig> {
  return loadConfig(await testEnvVars(overrides));
}

/** The environment behind testConfig, for tests that run the API or a worker as a child process. */
export async function testEnvVars(overrides: Record<string, string> = {}): Promise<Record<string, string>> {
  const neo4jUri = process.env[TEST_ENV.neo4jUri];
  if (!neo4jUri) throw new Error('Integration tests run through jest with test/support/global-setup.ts');
  return {
    NODE_ENV: 'test',
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    NEO4J_URI: neo4jUri,
    NEO4J_USER: process.env.TEST_NEO4J_USER ?? 'neo4j',
    NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD ?? '',
    QUEUE_PREFIX: testQueuePrefix(),
    PORT: String(await freePort()),
    LOG_LEVEL: 'warn',
    LOG_FORMAT: 'text',
    SHUTDOWN_TIMEOUT_MS: '5000',
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    GRAPHQL_SCHEMA_FILE: join(tmpdir(), `musubi-schema-${process.pid}-${randomBytes(4).toString('hex')}.gql`),
    ...overrides,
  };
}
