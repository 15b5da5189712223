import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../config/app-config';
import { PROJECT_ROOT } from '../config/project-root';
import { publicUrl } from '../bootstrap';
import { LocalNeo4j, startLocalNeo4j } from '../infra/neo4j/local/neo4j-local.launcher';
import { ensureRedis, LocalRedis } from '../infra/redis/redis-local';
import { describeDemoLoad, loadDemoIfEmpty } from '../modules/demo/load-demo';

/**
 * `npm start`: the whole service on one machine. Starts Neo4j (persistent, in .musubi/neo4j) and
 * Redis unless NEO4J_URI / REDIS_URL are given, then the API (which applies graph-schema) and one
 * worker process, and prints the URL once the API is ready. Ctrl-C stops everything in order.
 */
const say = (line: string) => console.log(`[local] ${line}`);

async function main(): Promise<void> {
  const env = { ...process.env };
  env.LOG_FORMAT ??= 'text';
  const config = loadConfig(env);

  let neo4j: LocalNeo4j | undefined;
  let redis: LocalRedis | undefined;
  const children: ChildProcess[] = [];
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
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  try {
    if (process.env.NEO4J_URI) {
      say(`Using Neo4j at ${config.neo4j.uri}`);
    } else {
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
    }
    redis = await ensureRedis(config.redis.url, {
      dataDir: process.env.REDIS_URL ? undefined : config.local.redisDir,
      log: say,
    });
    say(redis.started ? `Redis started at ${redis.url}` : `Using Redis at ${redis.url}`);

    const api = run('API', join(PROJECT_ROOT, 'dist', 'src', 'main.js'), env);
    children.push(api);
    await waitForReady(publicUrl(config, '/health/ready'), api);
    // After the API applied graph-schema; before the worker, whose first reconciliation matches the demo.
    // `env` (not `config`) holds the local Neo4j's URI.
    say(describeDemoLoad(await loadDemoIfEmpty(loadConfig(env))));
    children.push(run('worker', join(PROJECT_ROOT, 'dist', 'workers', 'main.js'), env));
    for (const child of children) {
      child.once('exit', (exitCode) => {
        if (!stopping) {
          say(`A process exited unexpectedly (code ${exitCode}); stopping the rest`);
          void stopAll(1);
        }
      });
    }
    say(`Musubi is running. GraphQL: ${publicUrl(config, '/graphql')}  Health: ${publicUrl(config, '/health/ready')}`);
    say('Press Ctrl-C to stop.');
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stopAll(1);
  }
}

function run(name: string, script: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  child.on('error', (error) => say(`${name} failed to start: ${error.message}`));
  return child;
}

async function waitForReady(url: string, api: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) throw new Error(`The API exited with code ${api.exitCode} during start-up`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The API was not ready at ${url} within ${timeoutMs} ms`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
