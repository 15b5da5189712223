import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { DefaultJobOptions, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { APP_CONFIG } from '../../config/config.module';
import { AppConfig } from '../../config/app-config';
import { REDIS_CLIENT } from '../redis/redis.module';
import { QueueName } from './queue.constants';

export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1_000 },
  // Bounded history: enough to inspect recent failures without growing Redis forever.
  removeOnComplete: { count: 1_000 },
  removeOnFail: { count: 5_000 },
};

/** Every queue, for producers. Only producer services use it; resolvers never touch a Queue. */
@Injectable()
export class QueueRegistry implements OnApplicationShutdown {
  private readonly queues: Map<QueueName, Queue>;

  constructor(@Inject(APP_CONFIG) config: AppConfig, @Inject(REDIS_CLIENT) redis: Redis) {
    this.queues = new Map(
      Object.values(QueueName).map((name) => [
        name,
        new Queue(name, { connection: redis, prefix: config.queue.prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS }),
      ]),
    );
  }

  get(name: QueueName): Queue {
    return this.queues.get(name)!;
  }

  async onApplicationShutdown(): Promise<void> {
    // The shared connection belongs to RedisModule; closing a Queue only drops its handle.
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}

@Global()
@Module({ providers: [QueueRegistry], exports: [QueueRegistry] })
export class QueueModule {}
