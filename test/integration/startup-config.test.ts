import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config/project-root';
import { deleteQueueKeys } from '../support/services';
import { testQueuePrefix } from '../support/test-env';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
/** A process that gets as far as creating its queues writes to Redis: under this suite's own prefix. */
const QUEUE_PREFIX = testQueuePrefix();

/** Runs the real entry points as child processes, the way a deployment starts them. */
function start(entry: string, env: Record<string, string>) {
  return spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', join(PROJECT_ROOT, entry)], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? '', REDIS_URL, QUEUE_PREFIX, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('start-up with a bad environment', () => {
  afterAll(async () => {
    await deleteQueueKeys(REDIS_URL, QUEUE_PREFIX);
  });

  it('the API stops with the variable name and the rule', () => {
    const run = start('src/main.ts', { PORT: 'eighty' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('PORT must be a number (got "eighty")');
  });

  it('the worker stops naming every bad variable', () => {
    const run = start('workers/main.ts', { REDIS_URL: 'http://example', WORKER_CONCURRENCY: '0' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('REDIS_URL must be a URL with scheme redis, rediss (got "http://example")');
    expect(run.stderr).toContain('WORKER_CONCURRENCY must be between 1 and 64 (got "0")');
  });

  it('the API stops with the URI when Neo4j does not answer', () => {
    const run = start('src/main.ts', {
      NEO4J_URI: 'bolt://127.0.0.1:1',
      NEO4J_CONNECTION_TIMEOUT_MS: '300',
      LOG_FORMAT: 'text',
    });
    expect(run.status).toBe(1);
    expect(`${run.stdout}${run.stderr}`).toContain('Cannot reach Neo4j at bolt://127.0.0.1:1');
  });
});
