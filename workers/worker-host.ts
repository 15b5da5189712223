import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Job, Worker } from 'bullmq';
import { APP_CONFIG } from '../src/config/config.module';
import { AppConfig } from '../src/config/app-config';
import { JOB_PROCESSORS, JobProcessor } from '../src/infra/queue/job-processor';
import { JOB_QUEUE, JobName, QueueName } from '../src/infra/queue/queue.constants';
import { workerRedisOptions } from '../src/infra/redis/redis-connections';

/** Checks that every job name has exactly one processor; the worker must not boot otherwise. */
export function indexProcessors(processors: JobProcessor[]): Map<JobName, JobProcessor> {
  const byName = new Map<JobName, JobProcessor>();
  for (const processor of processors) {
    if (byName.has(processor.jobName)) throw new Error(`Two processors handle job ${processor.jobName}`);
    byName.set(processor.jobName, processor);
  }
  const missing = (Object.keys(JOB_QUEUE) as JobName[]).filter((name) => !byName.has(name));
  if (missing.length > 0) throw new Error(`No processor registered for job(s): ${missing.join(', ')}`);
  return byName;
}

/** A job a worker is running, as a stopping worker names it. */
interface RunningJob {
  name: string;
  started: number;
}

/** Runs one BullMQ Worker per queue and dispatches each job to its processor by name. */
@Injectable()
export class WorkerHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(WorkerHost.name);
  private readonly processors: Map<JobName, JobProcessor>;
  private workers: Worker[] = [];
  /** The jobs running now, by queue: named when a stopping worker gives up waiting for them. */
  private readonly running = new Map<string, Set<RunningJob>>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JOB_PROCESSORS) processors: JobProcessor[],
  ) {
    this.processors = indexProcessors(processors);
  }

  async onApplicationBootstrap(): Promise<void> {
    const queues = new Set(Object.values(JOB_QUEUE));
    this.workers = [...queues].map((queue) => this.startWorker(queue));
    await Promise.all(this.workers.map((w) => w.waitUntilReady()));
    this.logger.log(
      `Workers listening on ${[...queues].join(', ')} (prefix ${this.config.queue.prefix}, concurrency ${this.config.queue.workerConcurrency})`,
    );
  }

  private startWorker(queue: QueueName): Worker {
    const running = new Set<RunningJob>();
    this.running.set(queue, running);
    const worker = new Worker(queue, (job) => this.dispatch(job, running), {
      connection: workerRedisOptions(this.config.redis.url, `musubi-worker-${queue}`),
      prefix: this.config.queue.prefix,
      concurrency: this.config.queue.workerConcurrency,
      lockDuration: this.config.queue.lockDurationMs,
      stalledInterval: this.config.queue.stalledIntervalMs,
    });
    worker.on('failed', (job, error) =>
      this.logger.warn(`Job ${job?.name}#${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`),
    );
    worker.on('error', (error) => this.logger.error(`Worker ${queue}: ${error.message}`));
    return worker;
  }

  private async dispatch(job: Job, running: Set<RunningJob>): Promise<unknown> {
    const processor = this.processors.get(job.name as JobName);
    if (!processor) throw new Error(`No processor for job name ${job.name}`);
    const started = Date.now();
    this.logger.debug(`Start ${job.name}#${job.id}`);
    const entry = { name: `${job.name}#${job.id}`, started };
    running.add(entry);
    try {
      const result = await processor.handle(job);
      this.logger.log(`Done ${job.name}#${job.id} in ${Date.now() - started} ms`);
      return result;
    } finally {
      running.delete(entry);
    }
  }

  /**
   * Stops taking jobs and waits for the running ones up to SHUTDOWN_TIMEOUT_MS, before any
   * connection closes (Nest runs every beforeApplicationShutdown hook before the
   * onApplicationShutdown hooks that close the Neo4j driver and Redis), so running jobs finish
   * with their connections open. Past the timeout the worker is closed by force: BullMQ stops
   * renewing the locks of the jobs still running, so they expire and the stalled-job check hands
   * those jobs to another worker. (Waiting in close() instead could not be cut short: a stuck job
   * kept its lock renewed for as long as the process lived, which in a test run was for ever.)
   */
  async beforeApplicationShutdown(): Promise<void> {
    const deadline = Date.now() + this.config.shutdownTimeoutMs;
    await Promise.all(
      this.workers.map(async (worker) => {
        // Stop taking jobs, without BullMQ's own wait (pause() without true waits, then reconnects a
        // connection that close() has meanwhile closed, and the process could not exit).
        await worker.pause(true);
        const running = this.running.get(worker.name)!;
        while (running.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
        const left = [...running];
        if (left.length > 0) {
          const now = Date.now();
          this.logger.warn(
            `Worker ${worker.name} still busy after ${this.config.shutdownTimeoutMs} ms with ${left.map((j) => `${j.name} (running ${now - j.started} ms)`).join(', ')}; leaving them to the stalled-job check`,
          );
          worker.cancelAllJobs('the worker is shutting down');
        }
        await worker.close(left.length > 0);
      }),
    );
  }
}
