import { Controller, Get, HttpStatus, Inject, Logger, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Redis } from 'ioredis';
import { APP_CONFIG } from '../../config/config.module';
import { AppConfig } from '../../config/app-config';
import { SchemaMigrator } from '../../infra/neo4j/migrations/schema-migrator';
import { Neo4jService } from '../../infra/neo4j/neo4j.service';
import { QueueName } from '../../infra/queue/queue.constants';
import { QueueRegistry } from '../../infra/queue/queue.module';
import { REDIS_CLIENT } from '../../infra/redis/redis.module';

type Check = 'up' | 'down';
/** Workers are reported, not required: "none" is a state of the service, not a failure of this API. */
type WorkersCheck = 'up' | 'none' | 'unknown';

interface ReadinessBody {
  status: 'ready' | 'not_ready';
  checks: { neo4j: Check; graphSchema: Check; redis: Check; workers: WorkersCheck };
  /** Workers connected to each queue (absent while Redis does not answer). */
  workers?: Record<QueueName, number>;
}

@Controller('health')
export class HealthController {
  private readonly logger = new Logger(HealthController.name);

  constructor(
    private readonly neo4j: Neo4jService,
    private readonly migrator: SchemaMigrator,
    private readonly queues: QueueRegistry,
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Liveness: the process serves HTTP. Never touches a dependency, so it cannot cascade. */
  @Get()
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /**
   * Readiness: can this API process serve requests? 200 `ready` when the three required checks
   * are up, 503 `not_ready` otherwise; the body names every check and its state.
   * - `neo4j` (required): the database answers `RETURN 1` within NEO4J_CONNECTION_TIMEOUT_MS.
   * - `graphSchema` (required): every graph-schema/ file is recorded in the graph with its
   *   checksum, so the constraints that writes rely on exist (the API applies them before it
   *   listens, unless GRAPH_SCHEMA_ON_START=false leaves it to `npm run schema:migrate`).
   * - `redis` (required): Redis answers PING; every write enqueues a job there.
   * - `workers` (reported, not required): `up` when each queue has a connected worker, `none`
   *   when one has none, `unknown` while Redis is down; `workers` in the body counts them per
   *   queue. It does not gate readiness: without workers the API still serves reads and writes
   *   and the jobs wait in Redis, while a load balancer that dropped every API replica because
   *   the workers were down would turn late matches into an outage.
   * Demo data is no concern of readiness (`npm start` waits for it itself; production never
   * loads it). See docs/operations.md, "Health and readiness".
   */
  @Get('ready')
  async ready(@Res({ passthrough: true }) res: Response): Promise<ReadinessBody> {
    const [neo4j, redis] = await Promise.all([this.neo4j.ping(), this.redisUp()]);
    const [graphSchema, workers] = await Promise.all([
      neo4j ? this.graphSchemaUp() : Promise.resolve(false),
      redis ? this.workerCounts() : Promise.resolve(undefined),
    ]);
    const up = (ok: boolean): Check => (ok ? 'up' : 'down');
    const ready = neo4j && graphSchema && redis;
    res.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return {
      status: ready ? 'ready' : 'not_ready',
      checks: {
        neo4j: up(neo4j),
        graphSchema: up(graphSchema),
        redis: up(redis),
        workers: !workers ? 'unknown' : Object.values(workers).every((n) => n > 0) ? 'up' : 'none',
      },
      ...(workers ? { workers } : {}),
    };
  }

  private async redisUp(): Promise<boolean> {
    try {
      return (await this.redis.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  private async graphSchemaUp(): Promise<boolean> {
    try {
      const pending = await withTimeout(this.migrator.pending(), this.config.neo4j.connectionTimeoutMs);
      if (pending.length > 0) this.logger.warn(`graph-schema not applied: ${pending.join(', ')}`);
      return pending.length === 0;
    } catch (error) {
      this.logger.warn(`graph-schema check failed: ${(error as Error).message}`);
      return false;
    }
  }

  /** BullMQ names each worker's Redis connection after its queue; CLIENT LIST finds them. */
  private async workerCounts(): Promise<Record<QueueName, number> | undefined> {
    try {
      const names = Object.values(QueueName);
      // The shared client has no offline queue: while Redis is down this fails at once.
      const counts = await Promise.all(names.map((name) => this.queues.get(name).getWorkersCount()));
      return Object.fromEntries(names.map((name, i) => [name, counts[i]])) as Record<QueueName, number>;
    } catch (error) {
      this.logger.warn(`worker count failed: ${(error as Error).message}`);
      return undefined;
    }
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
