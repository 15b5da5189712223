import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Redis } from 'ioredis';
import { Neo4jService } from '../../infra/neo4j/neo4j.service';
import { REDIS_CLIENT } from '../../infra/redis/redis.module';

type Check = 'up' | 'down';

@Controller('health')
export class HealthController {
  constructor(
    private readonly neo4j: Neo4jService,
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
  ) {}

  /** Liveness: the process serves HTTP. Never touches a dependency, so it cannot cascade. */
  @Get()
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: Neo4j and Redis both answer; 503 with the failing check otherwise. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) res: Response) {
    const [neo4j, redis] = await Promise.all([this.neo4j.ping(), this.redisUp()]);
    const checks: Record<string, Check> = { neo4j: neo4j ? 'up' : 'down', redis: redis ? 'up' : 'down' };
    const ready = neo4j && redis;
    res.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: ready ? 'ready' : 'not_ready', checks };
  }

  private async redisUp(): Promise<boolean> {
    try {
      return (await this.redis.ping()) === 'PONG';
    } catch {
      return false;
    }
  }
}
