import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
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

/** Runs one BullMQ Worker per queue and dispatches each job to its processor by name. */
@Injectable()
export class WorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerHost.name);
  private readonly processors: Map<JobName, JobProcessor>;
  private workers: Worker[] = [];

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
    const worker = new Worker(queue, (job) => this.dispatch(job), {
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

  private async dispatch(job: Job): Promise<unknown> {
    const processor = this.processors.get(job.name as JobName);
    if (!processor) throw new Error(`No processor for job name ${job.name}`);
    const started = Date.now();
    const correlation = (job.data as { correlationId?: string } | undefined)?.correlationId;
    this.logger.debug(`Start ${job.name}#${job.id}${correlation ? ` (correlation ${correlation})` : ''}`);
    const result = await processor.handle(job);
    this.logger.log(`Done ${job.name}#${job.id} in ${Date.now() - started} ms`);
    return result;
  }

  /**
   * Waits for in-flight jobs up to SHUTDOWN_TIMEOUT_MS; past that, stops waiting, and the jobs
   * still running are handed back through BullMQ's stalled-job check to another worker.
   */
  async onApplicationShutdown(): Promise<void> {
    const deadline = this.config.shutdownTimeoutMs;
    await Promise.all(
      this.workers.map(async (worker) => {
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<'timeout'>((resolve) => {
          timer = setTimeout(() => resolve('timeout'), deadline);
        });
        const outcome = await Promise.race([worker.close().then(() => 'closed' as const), timedOut]);
        clearTimeout(timer);
        if (outcome === 'timeout') {
          // BullMQ's close(true) returns the close() already under way, which waits for the jobs: it
          // cannot force anything, and the process hung until its jobs ended (fault tests). Stop
          // waiting instead: the process exits, the jobs' locks expire, and the stalled-job check
          // hands them to another worker.
          this.logger.warn(`Worker ${worker.name} still busy after ${deadline} ms; leaving its jobs to the stalled-job check`);
        }
      }),
    );
  }
}
