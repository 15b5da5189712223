import { ConfigError, loadConfig } from './app-config';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => `${p.variable} ${p.rule}`);
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('gives working local defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.http).toEqual({ host: '127.0.0.1', port: 3000 });
    expect(config.neo4j.uri).toBe('bolt://127.0.0.1:7687');
    expect(config.redis.url).toBe('redis://127.0.0.1:6379');
    expect(config.queue).toEqual({
      prefix: 'musubi',
      workerConcurrency: 4,
      lockDurationMs: 30_000,
      stalledIntervalMs: 30_000,
    });
    expect(config.graphql.introspection).toBe(true);
    expect(config.graphql.schemaFile).toMatch(/schema\.gql$/);
    expect(config.notifications).toEqual({ retentionDays: 90 });
    expect(loadConfig({ NOTIFICATION_RETENTION_DAYS: '7' }).notifications.retentionDays).toBe(7);
  });

  it('turns introspection off and keeps the schema in memory in production, unless told otherwise', () => {
    const secret = { JWT_SECRET: 'x'.repeat(32) };
    expect(loadConfig({ NODE_ENV: 'production', ...secret }).graphql).toMatchObject({
      introspection: false,
      schemaFile: false,
    });
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true', ...secret }).graphql.introspection).toBe(
      true,
    );
  });

  it('requires JWT_SECRET in production, and ADMIN_EMAIL with ADMIN_PASSWORD', () => {
    expect(problems({ NODE_ENV: 'production' })).toEqual(['JWT_SECRET is required when NODE_ENV=production']);
    expect(problems({ JWT_SECRET: 'short' })).toEqual(['JWT_SECRET must be at least 32 characters (got "short")']);
    expect(problems({ ADMIN_EMAIL: 'a@b.example' })).toEqual(['ADMIN_PASSWORD must be set together with ADMIN_EMAIL']);
  });

  it('treats an empty string as unset', () => {
    expect(loadConfig({ PORT: '', NEO4J_PASSWORD: '' }).http.port).toBe(3000);
  });

  it.each([
    [{ PORT: '70000' }, 'PORT must be between 1 and 65535 (got "70000")'],
    [{ PORT: '3.5' }, 'PORT must be a whole number (got "3.5")'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI must be a URL with scheme bolt'],
    [{ REDIS_URL: 'not a url' }, 'REDIS_URL must be a URL with scheme redis, rediss (got "not a url")'],
    [{ QUEUE_PREFIX: 'a:b' }, 'QUEUE_PREFIX must be 1-64 letters, digits, "_" or "-" (got "a:b")'],
    [{ GRAPHQL_INTROSPECTION: 'yes' }, 'GRAPHQL_INTROSPECTION must be true or false (got "yes")'],
    [{ NEO4J_LOCAL_HEAP: '512' }, 'NEO4J_LOCAL_HEAP must be a size such as 512m or 2g (got "512")'],
    [{ WORKER_CONCURRENCY: '0' }, 'WORKER_CONCURRENCY must be between 1 and 64 (got "0")'],
    [
      { NEO4J_TRANSACTION_TIMEOUT_MS: '500' },
      'NEO4J_TRANSACTION_TIMEOUT_MS must be between 1000 and 600000 (got "500")',
    ],
    [{ AUTH_PRINCIPAL_MAX_AGE_MS: '60001' }, 'AUTH_PRINCIPAL_MAX_AGE_MS must be between 0 and 60000 (got "60001")'],
    [{ MATCH_LIST_MAX_AGE_MS: '-1' }, 'MATCH_LIST_MAX_AGE_MS must be between 0 and 60000 (got "-1")'],
    [{ MATCH_LIST_MAX_AGE_MS: '0.5' }, 'MATCH_LIST_MAX_AGE_MS must be a whole number (got "0.5")'],
    [{ NOTIFICATION_RETENTION_DAYS: '0' }, 'NOTIFICATION_RETENTION_DAYS must be between 1 and 3650 (got "0")'],
    [{ NOTIFICATION_RETENTION_DAYS: 'ninety' }, 'NOTIFICATION_RETENTION_DAYS must be a number (got "ninety")'],
  ])('rejects %j naming the variable and the rule', (env, expected) => {
    expect(problems(env).join('\n')).toContain(expected);
  });

  it('reports every bad variable at once', () => {
    expect(problems({ PORT: 'x', REDIS_URL: 'y' }).map((p) => p.split(' ')[0])).toEqual(['PORT', 'REDIS_URL']);
  });
});
