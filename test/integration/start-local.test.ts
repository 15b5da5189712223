import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/app-config';
import { freePort } from '../../src/infra/neo4j/local/neo4j-local.launcher';
import { DEMO_REGION } from '../../src/modules/demo/demo-region.data';
import { Role } from '../../src/modules/auth/role.enum';
import { pingWorkerOnce } from '../../src/modules/system/worker-ping';
import { expectReady } from '../support/health';
import { httpClient, ServiceProcess, spawnService } from '../support/processes';
import { deleteQueueKeys } from '../support/services';
import { TEST_ENV, testQueuePrefix } from '../support/test-env';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const READY_LINE = /\[local\] Ready in \d+\.\d s/;
const SIGN_IN =
  'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }';

/**
 * `npm start` as a user runs it (src/cli/start-local.ts as a process, which starts its own Neo4j
 * in a throwaway data folder, the API and a worker), checked from outside at the moment it says
 * Ready: nothing may still be on its way.
 */
describe('npm start (the local launcher)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'musubi-start-local-'));
  const prefix = testQueuePrefix();
  let launcher: ServiceProcess | undefined;

  afterAll(async () => {
    await launcher?.stop(60_000);
    rmSync(dataDir, { recursive: true, force: true });
    await deleteQueueKeys(REDIS_URL, prefix);
  });

  it('says Ready only once the demo coordinator can sign in and a worker takes jobs; stops on SIGINT', async () => {
    const port = await freePort();
    const env = {
      NODE_ENV: 'development',
      PORT: String(port),
      REDIS_URL,
      QUEUE_PREFIX: prefix,
      NEO4J_LOCAL_HOME: join(dataDir, 'neo4j'),
      NEO4J_LOCAL_PORT: String(await freePort()),
      NEO4J_LOCAL_HEAP: '384m',
      NEO4J_LOCAL_PAGECACHE: '64m',
      GRAPHQL_SCHEMA_FILE: join(dataDir, 'schema.gql'),
      LOG_LEVEL: 'warn',
    };
    const started = Date.now();
    launcher = spawnService('launcher', env, 'npm-start');
    const readyLine = await launcher.waitForLine(READY_LINE, 480_000);
    const readyMs = Date.now() - started;

    const client = httpClient((path = '') => `http://127.0.0.1:${port}${path}`);
    const coordinator = DEMO_REGION.users.find((u) => u.role === Role.COORDINATOR)!;
    // At once, without a retry: Ready means the demo accounts exist.
    const signIn = await client.gql<{ signIn: { token: string } }>(SIGN_IN, {
      email: coordinator.email,
      password: coordinator.password,
    });
    expect(signIn.errors).toBeUndefined();
    expect(signIn.data?.signIn.token).toEqual(expect.any(String));

    const ping = await pingWorkerOnce(loadConfig({ ...env, NEO4J_URI: 'bolt://unused' }), 10_000, 'musubi-test-ping');
    expect(ping.workerId).toMatch(/:\d+$/);

    await expectReady(client.url('/health/ready'), 1);

    // The URLs and every demo sign-in are printed with the Ready line, after the demo was loaded.
    const logs = launcher.logs();
    expect(logs.indexOf('Demo region loaded')).toBeGreaterThan(-1);
    expect(logs.indexOf('Demo region loaded')).toBeLessThan(logs.indexOf(readyLine));
    expect(logs).toContain(`GraphQL:  http://127.0.0.1:${port}/graphql`);
    for (const user of DEMO_REGION.users) expect(logs).toContain(`${user.email} / ${user.password}`);

    launcher.kill('SIGINT');
    const exit = await launcher.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(launcher.countLines(/^\[local\] Stopped\.$/)).toBe(1);
    console.log(
      `npm start (launcher from ${launcher.child.spawnargs.join(' ').includes('ts-node') ? 'ts-node' : 'dist'}): ${readyLine} (${readyMs} ms seen by the test)`,
    );
  }, 600_000);

  it('exits 1 naming the step that failed', async () => {
    const failing = spawnService(
      'launcher',
      {
        // The suite's own Neo4j: this start fails at Redis, before it writes anything there.
        NEO4J_URI: process.env[TEST_ENV.neo4jUri]!,
        REDIS_URL: 'redis://redis.invalid:6379',
        QUEUE_PREFIX: prefix,
        PORT: String(await freePort()),
      },
      'npm-start-no-redis',
    );
    const exit = await failing.exited;
    expect(exit.code).toBe(1);
    expect(failing.logs()).toMatch(
      /\[local\] Not ready: step "Redis" failed: Nothing answers at REDIS_URL=redis:\/\/redis\.invalid:6379/,
    );
    expect(failing.countLines(READY_LINE)).toBe(0);
  }, 120_000);
});
