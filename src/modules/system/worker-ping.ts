import { Queue, QueueEvents } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { AppConfig } from '../../config/app-config';
import { JobName, QueueName, SystemPingPayload, SystemPingResult } from '../../infra/queue/queue.constants';
import { workerRedisOptions } from '../../infra/redis/redis-connections';
import { WorkersUnavailableError } from './system.exception';
import { WorkerPing } from './models/worker-ping.model';

/**
 * Sends one SystemPing job through the system queue and waits up to timeoutMs for a worker's
 * answer: proof that a worker takes jobs, not only that one is connected. `events` must be ready
 * (`waitUntilReady()`) before the call, or a fast answer could be missed. Used by the
 * `pingWorkers` mutation and by `npm start` before it says the service is ready.
 */
export async function pingWorker(queue: Queue, events: QueueEvents, timeoutMs: number): Promise<WorkerPing> {
  const payload: SystemPingPayload = { requestId: randomUUID() };
  const started = Date.now();
  const job = await queue.add(JobName.SystemPing, payload, {
    jobId: `ping-${payload.requestId}`,
    attempts: 1,
    removeOnComplete: { age: 60 },
  });
  try {
    const result = (await job.waitUntilFinished(events, timeoutMs)) as SystemPingResult;
    return {
      jobId: job.id!,
      workerId: result.workerId,
      answeredAt: result.answeredAt,
      roundTripMs: Date.now() - started,
    };
  } catch (error) {
    // A ping nobody picked up must not be answered later by a worker that starts after we gave up.
    await job.remove().catch(() => undefined);
    throw new WorkersUnavailableError(timeoutMs, error);
  }
}

/**
 * pingWorker from a process outside the API's modules (`npm start`, tests): opens the system queue
 * and its events on connections of their own, pings once, closes them.
 */
export async function pingWorkerOnce(config: AppConfig, timeoutMs: number, name = 'musubi-ping'): Promise<WorkerPing> {
  const options = { connection: workerRedisOptions(config.redis.url, name), prefix: config.queue.prefix };
  const queue = new Queue(QueueName.System, options);
  const events = new QueueEvents(QueueName.System, options);
  try {
    await events.waitUntilReady();
    return await pingWorker(queue, events, timeoutMs);
  } finally {
    await Promise.all([queue.close(), events.close()]);
  }
}
