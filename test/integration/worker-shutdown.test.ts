import { Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { AppConfig } from '../../src/config/app-config';
import { JobProcessor } from '../../src/infra/queue/job-processor';
import { JOB_QUEUE, JobName, QueueName } from '../../src/infra/queue/queue.constants';
import { WorkerHost } from '../../workers/worker-host';
import { deleteQueueKeys } from '../support/services';
import { testConfig } from '../support/test-env';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A worker asked to stop while a job of its never ends (stuck on a call that does not return) must
 * still stop: past SHUTDOWN_TIMEOUT_MS it closes by force and stops renewing that job's lock, so the
 * lock expires and BullMQ's stalled-job check can give the job to another worker. Before, the
 * worker kept renewing the lock for as long as its process lived; in a jest run (workers in the
 * test process) that kept the run alive after its last test until CI's time limit.
 */
describe('a stopping worker whose job never ends', () => {
  let config: AppConfig;
  let queue: Queue;
  let redis: IORedis;
  let release: () => void = () => undefined;

  beforeAll(async () => {
    config = await testConfig({ SHUTDOWN_TIMEOUT_MS: '1000', WORKER_LOCK_DURATION_MS: '2000' });
    queue = new Queue(QueueName.Matching, { connection: { url: config.redis.url }, prefix: config.queue.prefix });
    redis = new IORedis(config.redis.url);
  });

  afterAll(async () => {
    release();
    await queue.close();
    await redis.quit();
    await deleteQueueKeys(config.redis.url, config.queue.prefix);
  });

  it('stops within its shutdown timeout, and the stuck job’s lock then expires instead of being renewed', async () => {
    const stuck = new Promise<void>((resolve) => (release = resolve));
    let markStarted: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (markStarted = resolve));
    const processors: JobProcessor[] = (Object.keys(JOB_QUEUE) as JobName[]).map((jobName) => ({
      jobName,
      handle: async () => {
        markStarted();
        await stuck;
        return 'finished late';
      },
    }));
    const host = new WorkerHost(config, processors);
    await host.onApplicationBootstrap();
    const job = await queue.add(JobName.MatchNeed, { needId: '00000000-0000-4000-8000-000000000001' }, { attempts: 1 });
    await started;
    const lockKey = `${config.queue.prefix}:${QueueName.Matching}:${job.id}:lock`;
    expect(await redis.exists(lockKey)).toBe(1);

    const warn = jest.spyOn(Logger.prototype, 'warn');
    const stopping = Date.now();
    await host.beforeApplicationShutdown();
    const stopMs = Date.now() - stopping;
    // The warning names the job that kept it busy.
    expect(warn.mock.calls.map((call) => String(call[0])).join('\n')).toMatch(
      new RegExp(`still busy after 1000 ms with MatchNeedProcessor#${job.id} \\(running \\d+ ms\\)`),
    );
    warn.mockRestore();
    // Past the lock's 2 s, a lock still renewed would still be there.
    await sleep(3_000);
    const lockLeft = await redis.exists(lockKey);
    console.log(
      `[worker-shutdown] stop took ${stopMs} ms with SHUTDOWN_TIMEOUT_MS 1000; lock key present 3 s later: ${lockLeft}`,
    );
    expect(stopMs).toBeGreaterThanOrEqual(1_000);
    expect(lockLeft).toBe(0);
    expect(await job.getState()).toBe('active');
  });

  it('waits for a running job that ends within the timeout, and leaves it completed', async () => {
    const host = new WorkerHost(
      { ...config, shutdownTimeoutMs: 10_000 },
      (Object.keys(JOB_QUEUE) as JobName[]).map((jobName) => ({
        jobName,
        handle: async () => {
          await sleep(500);
          return 'done';
        },
      })),
    );
    await host.onApplicationBootstrap();
    const job = await queue.add(JobName.TargetChanged, {
      kind: 'SEED',
      targetId: '00000000-0000-4000-8000-000000000002',
    });
    for (let i = 0; i < 50 && (await job.getState()) !== 'active'; i++) await sleep(50);
    await host.beforeApplicationShutdown();
    expect(await job.getState()).toBe('completed');
    expect((await queue.getJob(job.id!))?.returnvalue).toBe('done');
  });
});
