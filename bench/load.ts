/**
 * npm run bench:load [-- --seconds 60 --connections 100 --rate 20 --workers 2 --seeds 2000 --baseline-seconds 10 --list-max-age-ms N --json]
 *
 * Coordinators reading their suggested matches (matchesInMyRegions) over `--connections` concurrent
 * connections with autocannon, while companies create `--rate` needs a second and `--workers`
 * worker processes match them, for `--seconds`. The API and each worker run in their own process
 * (compiled code when `nest build` is newer than the sources, ts-node otherwise) on a throwaway
 * Neo4j and the Redis at REDIS_URL (own queue prefix).
 *
 * Prints throughput, p50/p99 per operation, error counts, and at the end (after the queue drained)
 * the matches lost (acknowledged needs missing, or never matched from their text) and the duplicate
 * (need, target) pairs. `--json`: one JSON object on the last line of stdout.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Queue } from 'bullmq';
import neo4j, { Driver } from 'neo4j-driver';
import { freePort, startLocalNeo4j } from '../src/infra/neo4j/local/neo4j-local.launcher';
import { auditMatches } from '../test/support/match-audit';
import { ApiProcess, ServiceProcess, startApi, startWorker } from '../test/support/processes';
import { countOf } from '../test/support/services';
import { SyntheticCorpus } from './support/synthetic-corpus';
import { writeSyntheticSeeds } from './support/synthetic-seeds';
import { round, summarise } from './support/timing';
import { numberArg, positiveArg } from './support/args';

const arg = positiveArg;
const SECONDS = arg('seconds', 60);
const CONNECTIONS = Math.round(arg('connections', 100));
const RATE = arg('rate', 20);
const WORKERS = Math.round(arg('workers', 2));
const SEEDS = Math.round(arg('seeds', 2_000));
const WARM_NEEDS = 100;
/** MATCH_LIST_MAX_AGE_MS for the API (the service's default when not given; 0: no region list is shared beyond concurrent reads). */
const LIST_MAX_AGE_MS = process.argv.includes('--list-max-age-ms')
  ? numberArg(
      'list-max-age-ms',
      0,
      (v) => Number.isInteger(v) && v >= 0 && v <= 60_000,
      'a whole number of milliseconds, 0 to 60000',
    )
  : undefined;
/**
 * Seconds of each baseline run before the load, at the same connections: `{ __typename }` (the
 * ceiling of HTTP, Apollo and Nest on this machine: no resolver, no Neo4j) and the read alone (no
 * writers; the workers idle). 0 skips them.
 */
const BASELINE_SECONDS = numberArg('baseline-seconds', 10, (v) => v >= 0, 'a number of seconds, 0 or more');
const JSON_OUT = process.argv.includes('--json');
const ADMIN = { email: 'bench@musubi.example', password: 'bench-admin-password' };
const TARGETS = { readP99Ms: 50, errors: 0, lost: 0, duplicates: 0 };
const READ_QUERY =
  'query { matchesInMyRegions(first: 20) { totalCount edges { node { id score status needId targetId explanation { term share } } } } }';
const CEILING_QUERY = 'query { __typename }';

interface ReadFigures {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

const log = (line: string) => (JSON_OUT ? console.error : console.log)(`[bench:load] ${line}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), 'musubi-bench-load-'));
  const db = await startLocalNeo4j({ home, port: 0, heap: '1g', pageCache: '256m' });
  log(`throwaway Neo4j at ${db.uri} in ${db.startupMs} ms`);
  const prefix = `bench-load-${randomBytes(3).toString('hex')}`;
  const env: Record<string, string> = {
    // The service as deployed (docker-compose, Dockerfile): graphql-js, for one, runs cheaper
    // type checks in production (its dev-mode instanceOf was 3-7% of the API's CPU in a profile).
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(32).toString('hex'),
    NEO4J_URI: db.uri,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: prefix,
    PORT: String(await freePort()),
    LOG_LEVEL: 'warn',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    RATE_LIMIT_PER_MINUTE: '1000000',
    MATCH_RECONCILE_INTERVAL_MS: '600000',
    GRAPHQL_SCHEMA_FILE: join(home, 'schema.gql'),
    ...(LIST_MAX_AGE_MS === undefined ? {} : { MATCH_LIST_MAX_AGE_MS: String(LIST_MAX_AGE_MS) }),
  };
  const processes: ServiceProcess[] = [];
  const driver = neo4j.driver(db.uri);
  const queue = new Queue('matching', { connection: { url: env.REDIS_URL }, prefix });
  try {
    const api: ApiProcess = await startApi({ ...env, LOG_LEVEL: 'warn' }, 'api');
    processes.push(api);
    const ids = await loadNetwork(driver);
    const admin = await api.client.signIn(ADMIN.email, ADMIN.password);
    const user = async (name: string, role: string, linkId: string) => {
      const email = `${name}@bench.musubi.example`;
      const password = `${name}-password-123`;
      const r = await api.client.gql(
        'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
        { input: { email, password, role, displayName: name, linkId } },
        admin,
      );
      if (r.errors) throw new Error(`bench user ${name}: ${JSON.stringify(r.errors)}`);
      return api.client.signIn(email, password);
    };
    const coordinator = await user('coordinator', 'COORDINATOR', ids.coordinator);
    const company = await user('company', 'COMPANY', ids.company);

    const corpus = new SyntheticCorpus();
    let next = 0;
    const acknowledged: string[] = [];
    const createLatencies: number[] = [];
    let createErrors = 0;
    const createNeed = async () => {
      const text = corpus.needText(next++);
      const t0 = performance.now();
      try {
        const r = await api.client.gql<{ createNeed: { id: string } }>(
          'mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }',
          { input: { title: text.title, description: text.body, keywords: text.keywords } },
          company,
        );
        if (r.errors || !r.data) throw new Error(JSON.stringify(r.errors));
        acknowledged.push(r.data.createNeed.id);
        return performance.now() - t0;
      } catch (error) {
        createErrors++;
        log(`createNeed failed: ${(error as Error).message}`);
        return null;
      }
    };

    log(`starting ${WORKERS} workers and warming them with ${WARM_NEEDS} needs...`);
    const warm = Date.now();
    processes.push(
      ...(await Promise.all(
        Array.from({ length: WORKERS }, (_, w) => startWorker({ ...env, LOG_LEVEL: 'warn' }, `worker-${w + 1}`)),
      )),
    );
    for (let i = 0; i < WARM_NEEDS; i++) await createNeed();
    await drained(queue, 300_000);
    log(`warm in ${((Date.now() - warm) / 1000).toFixed(1)} s`);
    acknowledged.length = 0;
    createLatencies.length = 0;
    createErrors = 0;

    // Baselines, side by side in this run: what the stack answers at all, and the read without writes.
    let ceiling: ReadFigures | null = null;
    let alone: ReadFigures | null = null;
    if (BASELINE_SECONDS > 0) {
      log(
        `baseline: ${CONNECTIONS} connections reading ${CEILING_QUERY} for ${BASELINE_SECONDS} s (no resolver, no Neo4j)`,
      );
      ceiling = await readLoad(api.url('/graphql'), coordinator, CEILING_QUERY, BASELINE_SECONDS);
      log(
        `baseline: ${CONNECTIONS} connections reading matchesInMyRegions for ${BASELINE_SECONDS} s, no needs created`,
      );
      alone = await readLoad(api.url('/graphql'), coordinator, READ_QUERY, BASELINE_SECONDS);
    }

    // Writers: RATE needs a second on a fixed schedule (a slow answer does not slow the schedule).
    let stopWriters = false;
    const writes: Promise<void>[] = [];
    log(`load: ${CONNECTIONS} connections reading matchesInMyRegions, ${RATE} createNeed/s, ${SECONDS} s`);
    const writer = (async () => {
      const started = performance.now();
      for (let i = 0; !stopWriters; i++) {
        const wait = started + (i * 1000) / RATE - performance.now();
        if (wait > 0) await sleep(wait);
        if (stopWriters) break;
        writes.push(createNeed().then((ms) => void (ms !== null && createLatencies.push(ms))));
      }
    })();

    const read = await readLoad(api.url('/graphql'), coordinator, READ_QUERY, SECONDS);
    stopWriters = true;
    await writer;
    await Promise.all(writes);
    const writtenFor = SECONDS;

    log('load over; waiting for the workers to drain the queue...');
    const drainStarted = Date.now();
    await drained(queue, 300_000).catch((error: Error) => log(error.message));
    const drainMs = Date.now() - drainStarted;
    const present = await countOf(driver, 'MATCH (n:Need) WHERE n.id IN $ids RETURN count(n) AS n', {
      ids: acknowledged,
    });
    const unmatched = await countOf(
      driver,
      'MATCH (n:Need) WHERE n.id IN $ids AND (n.matchedFrom IS NULL OR n.matchedFrom <> n.updatedAt) RETURN count(n) AS n',
      { ids: acknowledged },
    );
    const audit = await auditMatches(driver);
    const create = summarise(createLatencies);
    const readErrors = read.errors;
    const figures = {
      seconds: SECONDS,
      connections: CONNECTIONS,
      workers: WORKERS,
      seeds: SEEDS,
      listMaxAgeMs: LIST_MAX_AGE_MS ?? null,
      read,
      baseline: { seconds: BASELINE_SECONDS, ceiling, readAlone: alone },
      createNeed: {
        requests: createLatencies.length + createErrors,
        perSecond: round((createLatencies.length + createErrors) / writtenFor, 1),
        p50: round(create.p50),
        p99: round(create.p99),
        errors: createErrors,
      },
      drainMs,
      lost: acknowledged.length - present + unmatched,
      duplicates: audit.duplicatePairs,
      matches: audit.matches,
      targets: {
        readP99Met: read.p99 <= TARGETS.readP99Ms,
        errorsMet: readErrors + createErrors === TARGETS.errors,
        lostMet: acknowledged.length - present + unmatched === TARGETS.lost,
        duplicatesMet: audit.duplicatePairs === TARGETS.duplicates,
      },
    };
    const out = JSON_OUT ? console.error : console.log;
    out(`
load: ${SECONDS} s, ${CONNECTIONS} reader connections (one coordinator, one query: region lists shared for ${LIST_MAX_AGE_MS ?? 'the default'} ms), ${RATE} createNeed/s target, ${WORKERS} workers, ${SEEDS} seeds
operation             requests   per s     p50 ms    p99 ms    errors
${row('matchesInMyRegions', read)}
${row('createNeed', figures.createNeed)}
${
  ceiling && alone
    ? `baselines, same ${CONNECTIONS} connections, ${BASELINE_SECONDS} s each, before the load:
${row('{ __typename }', ceiling)}   (the stack's ceiling: no resolver, no Neo4j)
${row('matchesInMyRegions', alone)}   (reads alone: no needs created)
read p99 under load / ceiling p99: ${ratio(read.p99, ceiling.p99)}; / reads alone p99: ${ratio(read.p99, alone.p99)}
`
    : ''
}after the load: queue drained in ${drainMs} ms; matches lost ${figures.lost} (${acknowledged.length - present} needs missing, ${unmatched} not matched from their text); duplicate pairs ${audit.duplicatePairs}
targets: read p99 <= ${TARGETS.readP99Ms} ms ${figures.targets.readP99Met ? 'met' : 'NOT met'}; 0 errors ${figures.targets.errorsMet ? 'met' : 'NOT met'}; 0 lost ${figures.targets.lostMet ? 'met' : 'NOT met'}; 0 duplicates ${figures.targets.duplicatesMet ? 'met' : 'NOT met'}`);
    if (JSON_OUT) console.log(JSON.stringify(figures));
  } finally {
    await Promise.all(processes.map((p) => p.stop(10_000)));
    await queue.close();
    await deleteKeys(queue);
    await driver.close();
    await db.stop();
    rmSync(home, { recursive: true, force: true });
  }
}

/** A region with its coordinator, a university holding SEEDS synthetic seeds (marked matched), and a company. */
async function loadNetwork(driver: Driver) {
  const ids = { region: randomUUID(), university: randomUUID(), company: randomUUID(), coordinator: randomUUID() };
  await driver.executeQuery(
    `CREATE (r:Region {id: $region, code: 'bench', name: 'Bench', prefectures: [], strategySummary: '', focusFields: [], createdAt: datetime(), updatedAt: datetime(), createdBy: 'bench'})
     CREATE (:Organization {id: $university, name: 'Bench University', kind: 'UNIVERSITY', description: '', createdAt: datetime(), updatedAt: datetime(), createdBy: 'bench'})-[:IN_REGION]->(r)
     CREATE (:Organization {id: $company, name: 'Bench Company', kind: 'COMPANY', description: '', createdAt: datetime(), updatedAt: datetime(), createdBy: 'bench'})-[:IN_REGION]->(r)
     CREATE (:Coordinator {id: $coordinator, name: 'Bench Coordinator', specialtyFields: [], createdAt: datetime(), updatedAt: datetime(), createdBy: 'bench'})-[:COVERS]->(r)`,
    ids,
  );
  await writeSyntheticSeeds(driver, ids.university, SEEDS);
  log(`${SEEDS} seeds written`);
  return ids;
}

/** Until no matching job waits or runs (the reconciliation schedule keeps one delayed). */
async function drained(queue: Queue, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const c = await queue.getJobCounts('waiting', 'active', 'prioritized');
    if (c.waiting + c.active + c.prioritized === 0) return;
    if (Date.now() > deadline) throw new Error(`queue not drained within ${timeoutMs} ms: ${JSON.stringify(c)}`);
    await sleep(200);
  }
}

async function deleteKeys(queue: Queue): Promise<void> {
  const IORedis = (await import('ioredis')).default;
  const redis = new IORedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [nextCursor, keys] = await redis.scan(cursor, 'MATCH', `${queue.opts.prefix}:*`, 'COUNT', 1000);
      cursor = nextCursor;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

const pad = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a').padStart(10);
const row = (name: string, f: ReadFigures) =>
  `${name.padEnd(20)}${String(f.requests).padStart(10)}${pad(f.perSecond)}${pad(f.p50)}${pad(f.p99)}${String(f.errors).padStart(8)}`;
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(1)}x` : 'n/a');

/**
 * CONNECTIONS closed-loop readers of one query for `seconds` (autocannon). An error is a transport
 * error, a timeout, a non-2xx answer or a GraphQL error (HTTP 200 with a body starting {"errors").
 */
async function readLoad(url: string, token: string, query: string, seconds: number): Promise<ReadFigures> {
  let graphQLErrors = 0;
  const result = await autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: seconds,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
    setupClient: (client) => {
      client.on('body', (body: Buffer) => {
        if (body.includes('{"errors"')) graphQLErrors++;
      });
    },
  });
  return {
    requests: result.requests.total,
    perSecond: round(result.requests.average, 1),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx + graphQLErrors,
  };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
