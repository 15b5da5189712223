import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { QueueEvents } from 'bullmq';
import { APP_CONFIG } from '../../config/config.module';
import { AppConfig } from '../../config/app-config';
import { QueueName } from '../../infra/queue/queue.constants';
import { QueueRegistry } from '../../infra/queue/queue.module';
import { workerRedisOptions } from '../../infra/redis/redis-connections';
import { WorkerPing } from './models/worker-ping.model';
import { pingWorker } from './worker-ping';

const PING_TIMEOUT_MS = 10_000;

@Injectable()
export class SystemProducer implements OnApplicationShutdown {
  private events?: QueueEvents;

  constructor(
    private readonly queues: QueueRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Sends a job through the queue and waits for a worker's answer. */
  async pingWorkers(): Promise<WorkerPing> {
    const events = await this.queueEvents();
    return pingWorker(this.queues.get(QueueName.System), events, PING_TIMEOUT_MS);
  }

  private async queueEvents(): Promise<QueueEvents> {
    if (!this.events) {
      this.events = new QueueEvents(QueueName.System, {
        connection: workerRedisOptions(this.config.redis.url, 'musubi-api-events'),
        prefix: this.config.queue.prefix,
      });
      await this.events.waitUntilReady();
    }
    return this.events;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.events?.close();
  }
}
