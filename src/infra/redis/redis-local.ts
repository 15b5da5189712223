import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { redisAnswers } from './redis-connections';

export interface LocalRedis {
  url: string;
  /** True when this call started the server (and so owns stopping it). */
  started: boolean;
  stop(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/**
 * Makes sure a Redis answers at `url`. When none does, the URL points at this machine and
 * redis-server is on the PATH, starts one on loopback (persistent when `dataDir` is given).
 */
export async function ensureRedis(
  url: string,
  options: { dataDir?: string; log?: (line: string) => void } = {},
): Promise<LocalRedis> {
  const noop = async () => undefined;
  if (await redisAnswers(url)) return { url, started: false, stop: noop };

  const parsed = new URL(url);
  const port = Number(parsed.port || 6379);
  if (!LOOPBACK.has(parsed.hostname)) {
    throw new Error(`Nothing answers at REDIS_URL=${url}. Start that Redis, or point REDIS_URL at one that runs.`);
  }
  const probe = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      `No Redis answers at ${url} and redis-server is not on the PATH. ` +
        'Install it (Debian/Ubuntu: apt-get install redis-server), set REDIS_URL to a running Redis, ' +
        'or run everything with `docker compose up`.',
    );
  }
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--protected-mode', 'yes'];
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    // Queues want persistence and no eviction (see docs/operations.md, Production checklist).
    args.push('--dir', options.dataDir, '--appendonly', 'yes', '--save', '', '--maxmemory-policy', 'noeviction');
  } else {
    args.push('--save', '', '--appendonly', 'no');
  }
  options.log?.(`Starting redis-server on 127.0.0.1:${port}`);
  const child: ChildProcess = spawn('redis-server', args, { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 10_000;
  while (!(await redisAnswers(url, 500))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`redis-server on port ${port} did not come up (is the port taken?)`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    started: true,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}
