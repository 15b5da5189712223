import { resolve } from 'node:path';
import { Env, envSchemaChecked } from './env.schema';
import { PROJECT_ROOT } from './project-root';

/** Raised at boot when the environment breaks a rule; the message names every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; rule: string }[]) {
    super('Invalid environment: ' + problems.map((p) => `${p.variable} ${p.rule}`).join('; '));
    this.name = 'ConfigError';
  }
}

export interface AppConfig {
  env: Env['NODE_ENV'];
  http: { host: string; port: number };
  log: { level: Env['LOG_LEVEL']; format: Env['LOG_FORMAT'] };
  neo4j: {
    uri: string;
    user: string;
    password?: string;
    database: string;
    connectionTimeoutMs: number;
    transactionTimeoutMs: number;
  };
  redis: { url: string };
  queue: { prefix: string; workerConcurrency: number; lockDurationMs: number; stalledIntervalMs: number };
  shutdownTimeoutMs: number;
  matching: {
    topK: number;
    minScore: number;
    regionBoost: number;
    pathBoost: number;
    reconcileIntervalMs: number;
    /** matchesInMyRegions: identical reads share one answer up to this age (RecentReads). */
    listMaxAgeMs: number;
  };
  matchReview: { stalledAfterDays: number };
  /** In-app notifications: kept this many days, then deleted by the workers' retention job. */
  notifications: { retentionDays: number };
  /** SMTP delivery of notifications; absent: they go to the log. */
  smtp?: { url: string; from: string };
  graphql: {
    introspection: boolean;
    schemaFile: string | false;
    maxDepth: number;
    maxCost: number;
    maxAliases: number;
    rateLimitPerMinute: number;
    resolverTimeoutMs: number;
  };
  auth: {
    jwtSecret: string;
    jwtTtlSeconds: number;
    /** A principal read from the graph serves its user's requests up to this age (AuthService). */
    principalMaxAgeMs: number;
    admin?: { email: string; password: string };
  };
  graphSchema: { dir: string; applyOnStart: boolean };
  local: { neo4jHome: string; neo4jPort: number; neo4jHeap: string; neo4jPageCache: string; redisDir: string };
}

/** Validates the whole environment once; throws ConfigError naming each bad variable and its rule. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty string is how shells and compose files say "unset".
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchemaChecked.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const variable = String(issue.path[0] ?? '(environment)');
        const got = cleaned[variable];
        return {
          variable,
          rule: `${issue.message}${got === undefined ? '' : ` (got ${JSON.stringify(got)})`}`,
        };
      }),
    );
  }
  const env = parsed.data;
  const production = env.NODE_ENV === 'production';
  return {
    env: env.NODE_ENV,
    http: { host: env.HOST, port: env.PORT },
    log: { level: env.LOG_LEVEL, format: env.LOG_FORMAT },
    neo4j: {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER,
      password: env.NEO4J_PASSWORD,
      database: env.NEO4J_DATABASE,
      connectionTimeoutMs: env.NEO4J_CONNECTION_TIMEOUT_MS,
      transactionTimeoutMs: env.NEO4J_TRANSACTION_TIMEOUT_MS,
    },
    redis: { url: env.REDIS_URL },
    queue: {
      prefix: env.QUEUE_PREFIX,
      workerConcurrency: env.WORKER_CONCURRENCY,
      lockDurationMs: env.WORKER_LOCK_DURATION_MS,
      stalledIntervalMs: env.WORKER_STALLED_INTERVAL_MS,
    },
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    matching: {
      topK: env.MATCH_TOP_K,
      minScore: env.MATCH_MIN_SCORE,
      regionBoost: env.MATCH_REGION_BOOST,
      pathBoost: env.MATCH_PATH_BOOST,
      reconcileIntervalMs: env.MATCH_RECONCILE_INTERVAL_MS,
      listMaxAgeMs: env.MATCH_LIST_MAX_AGE_MS,
    },
    matchReview: { stalledAfterDays: env.MATCH_STALLED_AFTER_DAYS },
    notifications: { retentionDays: env.NOTIFICATION_RETENTION_DAYS },
    smtp: env.SMTP_URL && env.SMTP_FROM ? { url: env.SMTP_URL, from: env.SMTP_FROM } : undefined,
    graphql: {
      introspection: env.GRAPHQL_INTROSPECTION ?? !production,
      // In production the schema lives in memory only; elsewhere it is written so it can be committed.
      schemaFile: production ? false : resolve(PROJECT_ROOT, env.GRAPHQL_SCHEMA_FILE ?? 'schema.gql'),
      maxDepth: env.GRAPHQL_MAX_DEPTH,
      maxCost: env.GRAPHQL_MAX_COST,
      maxAliases: env.GRAPHQL_MAX_ALIASES,
      rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
      resolverTimeoutMs: env.GRAPHQL_RESOLVER_TIMEOUT_MS,
    },
    auth: {
      // Outside production a fixed development secret keeps tokens valid across restarts and
      // replicas; production refuses to start without JWT_SECRET (see envSchemaChecked).
      jwtSecret: env.JWT_SECRET ?? 'musubi-development-secret-not-for-production',
      jwtTtlSeconds: env.JWT_TTL_SECONDS,
      principalMaxAgeMs: env.AUTH_PRINCIPAL_MAX_AGE_MS,
      admin:
        env.ADMIN_EMAIL && env.ADMIN_PASSWORD
          ? { email: env.ADMIN_EMAIL.toLowerCase(), password: env.ADMIN_PASSWORD }
          : undefined,
    },
    graphSchema: {
      dir: resolve(PROJECT_ROOT, env.GRAPH_SCHEMA_DIR ?? 'graph-schema'),
      applyOnStart: env.GRAPH_SCHEMA_ON_START,
    },
    local: {
      neo4jHome: resolve(PROJECT_ROOT, env.NEO4J_LOCAL_HOME),
      neo4jPort: env.NEO4J_LOCAL_PORT,
      neo4jHeap: env.NEO4J_LOCAL_HEAP,
      neo4jPageCache: env.NEO4J_LOCAL_PAGECACHE,
      redisDir: resolve(PROJECT_ROOT, env.REDIS_LOCAL_DIR),
    },
  };
}
