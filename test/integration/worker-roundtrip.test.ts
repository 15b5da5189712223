import { hostname } from 'node:os';
import { INestApplicationContext } from '@nestjs/common';
import { AppConfig } from '../../src/config/app-config';
import { createWorkerApp } from '../../workers/bootstrap';
import { startTestApi, TestApi } from '../support/api-client';
import { deleteQueueKeys } from '../support/services';
import { TEST_ADMIN, testConfig } from '../support/test-env';

describe('a job through a real BullMQ worker', () => {
  let config: AppConfig;
  let api: TestApi;
  let worker: INestApplicationContext | undefined;

  beforeAll(async () => {
    config = await testConfig();
    api = await startTestApi(config);
  });
  afterAll(async () => {
    await worker?.close();
    await api.close();
    await deleteQueueKeys(config.redis.url, config.queue.prefix);
  });

  it('answers pingWorkers from a worker process context, with its id and the round trip', async () => {
    worker = await createWorkerApp(config);
    const token = await api.signIn(TEST_ADMIN.email, TEST_ADMIN.password);
    const response = await api.gql<{ pingWorkers: { jobId: string; workerId: string; roundTripMs: number } }>(
      'mutation { pingWorkers { jobId workerId answeredAt roundTripMs } }',
      undefined,
      token,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.pingWorkers.workerId).toBe(`${hostname()}:${process.pid}`);
    expect(response.data?.pingWorkers.jobId).toMatch(/^ping-/);
    expect(response.data?.pingWorkers.roundTripMs).toBeGreaterThanOrEqual(0);
  });

  it('leaves its jobs under its own queue prefix only', async () => {
    const IORedis = (await import('ioredis')).default;
    const redis = new IORedis(config.redis.url);
    try {
      const keys = await redis.keys(`${config.queue.prefix}:system:*`);
      expect(keys.length).toBeGreaterThan(0);
    } finally {
      redis.disconnect();
    }
  });
});
