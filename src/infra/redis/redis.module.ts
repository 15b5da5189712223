import { Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG } from '../../config/config.module';
import { AppConfig } from '../../config/app-config';
import { createProducerRedis } from './redis-connections';

export const REDIS_CLIENT = Symbol('REDIS_CLIENT');

/** One shared, fail-fast Redis client for producers and health checks. */
@Global()
@Module({
  providers: [
    {
      provide: REDIS_CLIENT,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig) => {
        const client = createProducerRedis(config.redis.url);
        const logger = new Logger('Redis');
        client.on('error', (error) => logger.warn(`Redis: ${error.message}`));
        try {
          await client.connect();
        } catch (error) {
          client.disconnect();
          throw new Error(`Cannot reach Redis at ${config.redis.url}: ${(error as Error).message}`, {
            cause: error,
          });
        }
        return client;
      },
    },
  ],
  exports: [REDIS_CLIENT],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS_CLIENT) private readonly client: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.client.quit().catch(() => this.client.disconnect());
  }
}
