import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { PROJECT_ROOT } from '../../src/config/project-root';
import type { GraphQLResponse, TestApi } from './api-client';

/**
 * The API and the worker as real child processes, for the fault tests: they can be SIGKILLed,
 * SIGTERMed and restarted. Each keeps the tail of its output, shown in failure messages.
 */
export type ServiceKind = 'api' | 'worker' | 'launcher';

export interface ServiceProcess {
  kind: ServiceKind;
  name: string;
  pid: number;
  child: ChildProcess;
  /** Resolves with how the process ended (code or signal). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The last lines it printed (stdout and stderr). */
  logs(): string;
  /** Resolves with the first line matching, or rejects after timeoutMs / when the process exits. */
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** Lines seen so far that match. */
  countLines(pattern: RegExp): number;
  kill(signal: NodeJS.Signals): void;
  /** SIGTERM, then SIGKILL after timeoutMs; resolves once it has exited. */
  stop(timeoutMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const ENTRY: Record<ServiceKind, { source: string; built: string }> = {
  api: { source: 'src/main.ts', built: 'dist/src/main.js' },
  worker: { source: 'workers/main.ts', built: 'dist/workers/main.js' },
  // `npm start`; it runs the API and the worker the way it runs itself (built or ts-node).
  launcher: { source: 'src/cli/start-local.ts', built: 'dist/src/cli/start-local.js' },
};
const TAIL_LINES = 300;

/** Newest modification time of the .ts files under the given folders. */
function newestSource(folders: string[]): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const folder of folders) walk(join(PROJECT_ROOT, folder));
  return newest;
}

/** Written by every `nest build` that emits anything (tsconfig.build.json's tsBuildInfoFile). */
const BUILD_INFO = 'dist/.tsbuildinfo.build';

let useBuild: boolean | undefined;
/**
 * The compiled code when the last `nest build` is newer than every source file; otherwise ts-node.
 * The build's own record tells when it ran: an incremental build rewrites only the files an edit
 * affects, so the entry files' age said "stale" after most edits and the tests and benches ran
 * ts-node (slower, with source-map-support on every stack trace) on a fresh build.
 */
function commandFor(kind: ServiceKind): string[] {
  useBuild ??=
    existsSync(join(PROJECT_ROOT, ENTRY.api.built)) &&
    existsSync(join(PROJECT_ROOT, ENTRY.worker.built)) &&
    existsSync(join(PROJECT_ROOT, BUILD_INFO)) &&
    statSync(join(PROJECT_ROOT, BUILD_INFO)).mtimeMs > newestSource(['src', 'workers']);
  return useBuild
    ? [join(PROJECT_ROOT, ENTRY[kind].built)]
    : ['-r', 'ts-node/register/transpile-only', join(PROJECT_ROOT, ENTRY[kind].source)];
}

export function spawnService(kind: ServiceKind, env: Record<string, string>, name: string = kind): ServiceProcess {
  const child = spawn(process.execPath, commandFor(kind), {
    cwd: PROJECT_ROOT,
    // Only what a process needs from ours: no jest variables, no developer's NEO4J_URI.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: process.env.LANG ?? 'C.UTF-8', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const matchCounts: { pattern: RegExp; count: number }[] = [];
  const waiters = new Set<{ pattern: RegExp; resolve: (line: string) => void }>();
  const onLine = (line: string) => {
    lines.push(line);
    if (lines.length > TAIL_LINES) lines.shift();
    for (const m of matchCounts) if (m.pattern.test(line)) m.count++;
    for (const w of [...waiters]) {
      if (w.pattern.test(line)) {
        waiters.delete(w);
        w.resolve(line);
      }
    }
  };
  createInterface({ input: child.stdout }).on('line', onLine);
  createInterface({ input: child.stderr }).on('line', onLine);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const logs = () => `--- last output of ${name} (pid ${child.pid}) ---\n${lines.join('\n')}`;
  const service: ServiceProcess = {
    kind,
    name,
    pid: child.pid!,
    child,
    exited,
    logs,
    waitForLine(pattern, timeoutMs = 120_000) {
      const seen = lines.find((l) => pattern.test(l));
      if (seen) return Promise.resolve(seen);
      return new Promise<string>((resolve, reject) => {
        const waiter = { pattern, resolve: (line: string) => (clearTimeout(timer), resolve(line)) };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`${name}: no line matching ${pattern} within ${timeoutMs} ms\n${logs()}`));
        }, timeoutMs);
        waiters.add(waiter);
        void exited.then(({ code, signal }) => {
          if (!waiters.has(waiter)) return;
          waiters.delete(waiter);
          clearTimeout(timer);
          reject(new Error(`${name} exited (code ${code}, signal ${signal}) before printing ${pattern}\n${logs()}`));
        });
      });
    },
    countLines(pattern) {
      let entry = matchCounts.find((m) => m.pattern === pattern);
      if (!entry) {
        entry = { pattern, count: lines.filter((l) => pattern.test(l)).length };
        matchCounts.push(entry);
      }
      return entry.count;
    },
    kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
    async stop(timeoutMs = 20_000) {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
  return service;
}

/** A worker process, resolved once its queues listen ("Worker <pid> ready"). */
export async function startWorker(env: Record<string, string>, name = 'worker'): Promise<ServiceProcess> {
  // LOG_LEVEL log: the ready line and each job's "Done" line are what the tests wait for and count.
  const worker = spawnService('worker', { ...env, LOG_LEVEL: 'log', LOG_FORMAT: 'text' }, name);
  await worker.waitForLine(/Worker \d+ ready/, 300_000);
  return worker;
}

export interface ApiProcess extends ServiceProcess {
  url(path?: string): string;
  /** A TestApi-shaped HTTP client (no in-process app), e.g. for buildNetworkFixture. */
  client: TestApi;
}

/** An API process, resolved once /health answers. */
export async function startApi(env: Record<string, string>, name = 'api', timeoutMs = 300_000): Promise<ApiProcess> {
  const service = spawnService('api', { ...env, LOG_LEVEL: env.LOG_LEVEL ?? 'log', LOG_FORMAT: 'text' }, name);
  const base = `http://127.0.0.1:${env.PORT}`;
  const url = (path = '') => `${base}${path}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (service.child.exitCode !== null || service.child.signalCode !== null) {
      throw new Error(`${name} exited before it answered /health\n${service.logs()}`);
    }
    try {
      const res = await fetch(url('/health'), { signal: AbortSignal.timeout(1_000) });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      service.kill('SIGKILL');
      throw new Error(`${name} did not answer /health within ${timeoutMs} ms\n${service.logs()}`);
    }
    await sleep(200);
  }
  return { ...service, url, client: httpClient(url) };
}

/** GraphQL over HTTP with a timeout, so a hanging server fails the test instead of stalling it. */
export function httpClient(url: (path?: string) => string, timeoutMs = 30_000): TestApi {
  const client: TestApi = {
    app: undefined as never,
    url,
    async gql<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>> {
      const response = await fetch(url('/graphql'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const body = (await response.json()) as GraphQLResponse<T>;
      return { ...body, status: response.status };
    },
    async signIn(email: string, password: string) {
      const response = await client.gql<{ signIn: { token: string } }>(
        'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }',
        { email, password },
      );
      if (!response.data?.signIn) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(response.errors)}`);
      return response.data.signIn.token;
    },
    close: async () => undefined,
  };
  return client;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls check() until it returns a value other than undefined, or fails naming what was awaited. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs = 60_000,
  everyMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${(lastError as Error).message}` : ''}`,
      );
    }
    await sleep(everyMs);
  }
}

/** A redis-server of the test's own (no persistence), to stop and start again on the same port. */
export interface OwnRedis {
  url: string;
  port: number;
  start(): Promise<void>;
  /** SIGKILL: the abrupt loss of the server. */
  kill(): Promise<void>;
}

export function ownRedis(port: number): OwnRedis {
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  const url = `redis://127.0.0.1:${port}`;
  return {
    url,
    port,
    async start() {
      child = spawn(
        'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'],
        {
          stdio: 'ignore',
        },
      );
      exited = new Promise((resolve) => child!.once('exit', () => resolve()));
      const { redisAnswers } = await import('../../src/infra/redis/redis-connections');
      await waitFor(
        `redis-server on port ${port}`,
        async () => ((await redisAnswers(url, 300)) ? true : undefined),
        10_000,
      );
    },
    async kill() {
      if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
