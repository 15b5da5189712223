import { z } from 'zod';

/**
 * Every environment variable Musubi reads, with its rule and default. The table of variables in
 * docs/configuration.md is written from this file: keep the two in step.
 */
const booleanFlag = z
  .enum(['true', 'false', '1', '0'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1');

const port = z.coerce
  .number({ message: 'must be a number' })
  .int('must be a whole number')
  .min(1, 'must be between 1 and 65535')
  .max(65535, 'must be between 1 and 65535');

const positiveInt = (max: number) =>
  z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(1, `must be between 1 and ${max}`)
    .max(max, `must be between 1 and ${max}`);

const url = (schemes: string[]) =>
  z.string().refine(
    (raw) => {
      try {
        return schemes.includes(new URL(raw).protocol.replace(/:$/, ''));
      } catch {
        return false;
      }
    },
    { message: `must be a URL with scheme ${schemes.join(', ')}` },
  );

const jvmSize = z.string().regex(/^[1-9][0-9]{0,5}[mg]$/i, 'must be a size such as 512m or 2g');

// A queue prefix becomes part of Redis keys; ':' would split them and whitespace would be a typo.
const queuePrefix = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1-64 letters, digits, "_" or "-"');

const fraction = z.coerce
  .number({ message: 'must be a number' })
  .min(0, 'must be between 0 and 1')
  .max(1, 'must be between 0 and 1');

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1, 'must not be empty').default('127.0.0.1'),
  PORT: port.default(3000),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
  LOG_FORMAT: z.enum(['json', 'text']).default('json'),

  NEO4J_URI: url(['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc']).default('bolt://127.0.0.1:7687'),
  NEO4J_USER: z.string().min(1, 'must not be empty').default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[a-z][a-z0-9.-]{2,62}$/, 'must be a Neo4j database name such as neo4j')
    .default('neo4j'),
  NEO4J_CONNECTION_TIMEOUT_MS: positiveInt(120_000).default(5_000),
  // Longest a transaction may run on the server before Neo4j ends it (lock waits included): a
  // transaction stuck behind a lock fails and is retried by its caller instead of hanging a request
  // or a job for good. Bulk imports are one transaction: keep it above them.
  NEO4J_TRANSACTION_TIMEOUT_MS: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(1_000, 'must be between 1000 and 600000')
    .max(600_000, 'must be between 1000 and 600000')
    .default(60_000),

  REDIS_URL: url(['redis', 'rediss']).default('redis://127.0.0.1:6379'),
  QUEUE_PREFIX: queuePrefix.default('musubi'),
  WORKER_CONCURRENCY: positiveInt(64).default(4),
  SHUTDOWN_TIMEOUT_MS: positiveInt(600_000).default(15_000),
  // BullMQ job lock and stalled-job check: a job whose worker died is handed to another worker after
  // at most lock + interval. Short values are for tests; too short a lock lets a busy worker lose it.
  WORKER_LOCK_DURATION_MS: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(1_000, 'must be between 1000 and 600000')
    .max(600_000, 'must be between 1000 and 600000')
    .default(30_000),
  WORKER_STALLED_INTERVAL_MS: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(1_000, 'must be between 1000 and 600000')
    .max(600_000, 'must be between 1000 and 600000')
    .default(30_000),

  MATCH_TOP_K: positiveInt(200).default(20),
  MATCH_MIN_SCORE: fraction.default(0.05),
  MATCH_REGION_BOOST: fraction.default(0.05),
  MATCH_PATH_BOOST: fraction.default(0.05),
  MATCH_RECONCILE_INTERVAL_MS: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(1_000, 'must be between 1000 and 86400000')
    .max(86_400_000, 'must be between 1000 and 86400000')
    .default(60_000),

  // How long a coordinator's region list of matches (matchesInMyRegions) may be shared among
  // identical reads: its age at most. 0: every read goes to Neo4j.
  MATCH_LIST_MAX_AGE_MS: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 60000')
    .max(60_000, 'must be between 0 and 60000')
    .default(1_000),

  // A match in INTRODUCED or MEETING_HELD with no event for this many days is flagged STALLED.
  MATCH_STALLED_AFTER_DAYS: positiveInt(3650).default(30),

  // In-app notifications older than this many days are deleted (checked hourly by the workers).
  NOTIFICATION_RETENTION_DAYS: positiveInt(3650).default(90),

  // Notifications go by e-mail when SMTP_URL is set (smtp:// or smtps://user:pass@host:port), else to the log.
  SMTP_URL: url(['smtp', 'smtps']).optional(),
  SMTP_FROM: z.string().email('must be an e-mail address').max(254).optional(),

  GRAPHQL_INTROSPECTION: booleanFlag.optional(),
  GRAPHQL_MAX_DEPTH: positiveInt(50).default(10),
  GRAPHQL_MAX_COST: positiveInt(1_000_000).default(5_000),
  GRAPHQL_MAX_ALIASES: positiveInt(1_000).default(30),
  RATE_LIMIT_PER_MINUTE: positiveInt(1_000_000).default(600),
  // Longest a GraphQL operation's resolvers may run before the client gets SERVICE_UNAVAILABLE
  // (say, while Neo4j restarts) instead of a hanging request. Bulk imports count too: keep it above them.
  GRAPHQL_RESOLVER_TIMEOUT_MS: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(1_000, 'must be between 1000 and 600000')
    .max(600_000, 'must be between 1000 and 600000')
    .default(60_000),

  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  JWT_TTL_SECONDS: positiveInt(30 * 24 * 3600).default(8 * 3600),
  // How long a user's principal (role, regions, links) read from the graph serves the requests of
  // the same user: its age at most. 0: read on every request.
  AUTH_PRINCIPAL_MAX_AGE_MS: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 60000')
    .max(60_000, 'must be between 0 and 60000')
    .default(1_000),
  ADMIN_EMAIL: z.string().email('must be an e-mail address').max(254).optional(),
  ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').max(200).optional(),
  GRAPHQL_SCHEMA_FILE: z.string().min(1).optional(),
  GRAPH_SCHEMA_DIR: z.string().min(1).optional(),
  GRAPH_SCHEMA_ON_START: booleanFlag.default(true),

  // Read only by `npm start` and the tests, when they run Neo4j themselves (NEO4J_URI unset).
  NEO4J_LOCAL_HOME: z.string().min(1).default('.musubi/neo4j'),
  NEO4J_LOCAL_PORT: port.default(7687),
  NEO4J_LOCAL_HEAP: jvmSize.default('512m'),
  NEO4J_LOCAL_PAGECACHE: jvmSize.default('256m'),
  REDIS_LOCAL_DIR: z.string().min(1).default('.musubi/redis'),
});

export const envSchemaChecked = envSchema.superRefine((env, ctx) => {
  if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
    ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'is required when NODE_ENV=production' });
  }
  if (env.SMTP_URL && !env.SMTP_FROM) {
    ctx.addIssue({ code: 'custom', path: ['SMTP_FROM'], message: 'is required when SMTP_URL is set' });
  }
  if (Boolean(env.ADMIN_EMAIL) !== Boolean(env.ADMIN_PASSWORD)) {
    ctx.addIssue({
      code: 'custom',
      path: [env.ADMIN_EMAIL ? 'ADMIN_PASSWORD' : 'ADMIN_EMAIL'],
      message: 'must be set together with ' + (env.ADMIN_EMAIL ? 'ADMIN_EMAIL' : 'ADMIN_PASSWORD'),
    });
  }
});

export type Env = z.infer<typeof envSchema>;
