import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { QueueEvents } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { APP_CONFIG } from '../../config/config.module';
import { AppConfig } from '../../config/app-config';
import { JobName, QueueName, SystemPingPayload, SystemPingResult } from '../../infra/queue/queue.constants';
import { QueueRegistry } from '../../infra/queue/queue.module';
import { workerRedisOptions } from '../../infra/redis/redis-connections';
import { WorkersUnavailableError } from './system.exception';
import { WorkerPing } from './models/worker-ping.model';

const PING_TIMEOUT_MS = 10_000;

@Injectable()
export class SystemProducer implements OnApplicationShutdown {
  private events?: QueueEvents;

  constructor(
    private readonly queues: QueueRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Sends a job through the queue and waits for a worker's answer. */
  async pingWorkers(correlationId?: string): Promise<WorkerPing> {
    const events = await this.queueEvents();
    const payload: SystemPingPayload = { requestId: randomUUID(), correlationId };
    const started = Date.now();
    const job = await this.queues.get(QueueName.System).add(JobName.SystemPing, payload, {
      jobId: `ping-${payload.requestId}`,
      attempts: 1,
      removeOnComplete: { age: 60 },
    });
    try {
      const result = (await job.waitUntilFinished(events, PING_TIMEOUT_MS)) as SystemPingResult;
      return {
        jobId: job.id!,
        workerId: result.workerId,
        answeredAt: result.answeredAt,
        roundTripMs: Date.now() - started,
      };
    } catch (error) {
      // A ping nobody picked up must not be answered later by a worker that starts after we gave up.
      await job.remove().catch(() => undefined);
      throw new WorkersUnavailableError(PING_TIMEOUT_MS, error);
    }
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
