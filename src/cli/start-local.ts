import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { AppConfig, ConfigError, loadConfig } from '../config/app-config';
import { PROJECT_ROOT } from '../config/project-root';
import { publicUrl } from '../bootstrap';
import { MigrationError } from '../infra/neo4j/migrations/schema-migrator';
import { LocalNeo4j, startLocalNeo4j } from '../infra/neo4j/local/neo4j-local.launcher';
import { ensureRedis, LocalRedis } from '../infra/redis/redis-local';
import { Role } from '../modules/auth/role.enum';
import { DEMO_REGION } from '../modules/demo/demo-region.data';
import { DemoLoadReport, describeDemoLoad, loadDemoIfEmpty } from '../modules/demo/load-demo';
import { pingWorkerOnce } from '../modules/system/worker-ping';

/**
 * `npm start`: the whole service on one machine. Says "Ready" and prints the URLs and the demo
 * sign-ins only once each of these steps passed, in this order:
 * 1. Neo4j answers (a local 5.26, persistent in .musubi/neo4j, unless NEO4J_URI is given);
 * 2. Redis answers (started from .musubi/redis when nothing answers at REDIS_URL);
 * 3. graph-schema is applied and the demo region loaded when the graph was empty, before the API
 *    and the worker start: the API then never answers a sign-in the demo cannot satisfy yet, and
 *    the worker's first reconciliation matches the demo's needs;
 * 4. the API answers /health/ready (neo4j, graphSchema and redis up);
 * 5. a worker took a SystemPing job from the queue and answered it;
 * 6. the demo coordinator signs in through GraphQL, when the demo region is in the graph.
 * A step that fails or passes its deadline stops everything and exits 1, naming the step.
 * Ctrl-C stops everything in order.
 */
const API_READY_TIMEOUT_MS = 120_000;
/** From the API's readiness; the worker boots alongside the API, so most of it is already spent. */
const WORKER_PING_TIMEOUT_MS = 120_000;

const say = (line: string) => console.log(`[local] ${line}`);

/** A start-up step that did not pass; its message names the step. */
class StepFailed extends Error {
  constructor(
    readonly step: string,
    cause: unknown,
  ) {
    super(`step "${step}" failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'StepFailed';
  }
}

/** Seconds each step took, for the Ready line: where a slow start went. */
const stepSeconds: string[] = [];

async function step<T>(name: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  try {
    return await work();
  } catch (error) {
    throw error instanceof StepFailed ? error : new StepFailed(name, error);
  } finally {
    stepSeconds.push(`${name} ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

async function main(): Promise<void> {
  const env = { ...process.env };
  env.LOG_FORMAT ??= 'text';
  const config = loadConfig(env);

  let neo4j: LocalNeo4j | undefined;
  let redis: LocalRedis | undefined;
  const children: ChildProcess[] = [];
  let ready = false;
  let stopping = false;

  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('Stopping...');
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
    await neo4j?.stop();
    await redis?.stop();
    say('Stopped.');
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stopAll(0));

  try {
    await step('Neo4j', async () => {
      if (process.env.NEO4J_URI) {
        say(`Using Neo4j at ${config.neo4j.uri}`);
        return;
      }
      say(`Starting local Neo4j 5.26 (data in ${config.local.neo4jHome})...`);
      neo4j = await startLocalNeo4j({
        home: config.local.neo4jHome,
        port: config.local.neo4jPort,
        heap: config.local.neo4jHeap,
        pageCache: config.local.neo4jPageCache,
        log: say,
      });
      env.NEO4J_URI = neo4j.uri;
      say(`Neo4j ready at ${neo4j.uri} in ${(neo4j.startupMs / 1000).toFixed(1)} s`);
      void neo4j.exited.then((exitCode) => {
        if (!stopping) {
          say(`Neo4j exited unexpectedly (code ${exitCode})`);
          void stopAll(1);
        }
      });
    });

    await step('Redis', async () => {
      redis = await ensureRedis(config.redis.url, {
        dataDir: process.env.REDIS_URL ? undefined : config.local.redisDir,
        log: say,
      });
      say(redis.started ? `Redis started at ${redis.url}` : `Using Redis at ${redis.url}`);
    });

    // `env` (not `config`) holds the local Neo4j's URI.
    const demo = await step('graph-schema and demo region', () => loadDemo(loadConfig(env)));
    say(describeDemoLoad(demo));

    for (const [name, entry] of [
      ['API', 'src/main'],
      ['worker', 'workers/main'],
    ] as const) {
      const child = run(name, entry, env);
      children.push(child);
      child.once('exit', (exitCode, signal) => {
        if (stopping) return;
        say(
          `The ${name} exited unexpectedly (${signal ?? `code ${exitCode}`})${ready ? '' : ' before the service was ready'}; stopping the rest`,
        );
        void stopAll(1);
      });
    }

    await step('API readiness', () => waitForReady(publicUrl(config, '/health/ready')));
    const ping = await step('worker', async () => {
      say('API ready; sending a ping job to the worker...');
      return pingWorkerOnce(config, WORKER_PING_TIMEOUT_MS, 'musubi-local-ping');
    });
    const demoSignIns = await step('demo sign-in', () => checkDemoSignIn(config, demo));

    ready = true;
    say(
      `Ready in ${process.uptime().toFixed(1)} s: Neo4j, graph-schema, demo region, API and worker ` +
        `(a ping job answered in ${ping.roundTripMs} ms). Steps: ${stepSeconds.join(', ')}.`,
    );
    say(`  Web app:  ${publicUrl(config, '/')}`);
    say(`  GraphQL:  ${publicUrl(config, '/graphql')}`);
    say(`  Health:   ${publicUrl(config, '/health/ready')}`);
    if (demoSignIns) {
      say('  Demo sign-ins (e-mail / password):');
      for (const user of DEMO_REGION.users) {
        say(`    ${roleLabel(user.role).padEnd(20)} ${user.email} / ${user.password}`);
      }
    }
    if (config.auth.admin) say(`  Admin: ${config.auth.admin.email} (password from ADMIN_PASSWORD)`);
    say('Press Ctrl-C to stop.');
  } catch (error) {
    console.error(`[local] Not ready: ${error instanceof Error ? error.message : String(error)}`);
    await stopAll(1);
  }
}

/** graph-schema first (a failure there names graph-schema), then the demo region when the graph is empty. */
async function loadDemo(config: AppConfig): Promise<DemoLoadReport> {
  try {
    return await loadDemoIfEmpty(config);
  } catch (error) {
    throw new StepFailed(error instanceof MigrationError ? 'graph-schema' : 'demo region', error);
  }
}

/**
 * Signs in as the demo coordinator. Returns whether the demo sign-ins work: a demo just loaded must
 * sign in (otherwise the step fails); a graph that held data already may or may not be the demo.
 */
async function checkDemoSignIn(config: AppConfig, demo: DemoLoadReport): Promise<boolean> {
  if (config.env === 'production') return false;
  const coordinator = DEMO_REGION.users.find((u) => u.role === Role.COORDINATOR)!;
  const response = await fetch(publicUrl(config, '/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }',
      variables: { email: coordinator.email, password: coordinator.password },
    }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await response.json()) as { data?: { signIn?: { token?: string } }; errors?: { message: string }[] };
  if (body.data?.signIn?.token) return true;
  const why = body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`;
  if (demo.loaded) throw new Error(`the demo coordinator ${coordinator.email} could not sign in: ${why}`);
  say(`The graph holds data of its own (the demo coordinator cannot sign in: ${why}); use its accounts.`);
  return false;
}

function roleLabel(role: string): string {
  return role.toLowerCase().replace(/_/g, ' ');
}

/**
 * Runs an entry point the way this launcher runs: compiled from dist/ after `npm start`'s build,
 * or through ts-node when the launcher itself runs from source (the integration test).
 */
function run(name: string, entry: string, env: NodeJS.ProcessEnv): ChildProcess {
  const fromSource = __filename.endsWith('.ts');
  const args = fromSource
    ? ['-r', 'ts-node/register/transpile-only', join(PROJECT_ROOT, `${entry}.ts`)]
    : [join(PROJECT_ROOT, 'dist', `${entry}.js`)];
  const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
  child.on('error', (error) => say(`${name} failed to start: ${error.message}`));
  return child;
}

async function waitForReady(url: string, timeoutMs = API_READY_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
      if (response.ok) return;
      last = `${response.status} ${JSON.stringify(((await response.json()) as { checks?: unknown }).checks)}`;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s (last: ${last})`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
