import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { createAppLogger } from '../common/logging/app-logger';
import { QueueName } from '../infra/queue/queue.constants';
import { QueueModule, QueueRegistry } from '../infra/queue/queue.module';
import { RedisModule } from '../infra/redis/redis.module';
import { MatchingJobsModule } from '../modules/matching/matching-jobs.module';
import { MatchingProducer } from '../modules/matching/matching.producer';

const USAGE = 'usage: npm run match:rebuild [-- --no-wait]';
const NO_PROGRESS_HINT_MS = 30_000;

/**
 * `npm run match:rebuild`: queues a full rebuild (every open need matched again by the workers
 * sharing REDIS_URL and QUEUE_PREFIX) and prints progress until the queue is empty.
 */
async function main(argv: string[]): Promise<number> {
  const unknown = argv.filter((a) => a !== '--no-wait');
  if (unknown.length > 0) {
    console.error(`unknown argument ${unknown[0]}\n${USAGE}`);
    return 2;
  }
  const config = loadConfig({ LOG_FORMAT: 'text', ...process.env });
  @Module({ imports: [ConfigModule.forRoot(config), RedisModule, QueueModule, MatchingJobsModule] })
  class RebuildModule {}
  const app = await NestFactory.createApplicationContext(RebuildModule, { logger: createAppLogger(config.log) });
  try {
    const jobId = await app.get(MatchingProducer).rebuild('cli');
    console.log(`Rebuild queued (job ${jobId}) on ${config.redis.url}, prefix ${config.queue.prefix}`);
    if (argv.includes('--no-wait')) return 0;
    const queue = app.get(QueueRegistry).get(QueueName.Matching);
    const started = Date.now();
    let lastChange = Date.now();
    let last = '';
    let seenWork = false;
    for (;;) {
      const c = await queue.getJobCounts('waiting', 'active', 'prioritized', 'completed', 'failed');
      const pending = c.waiting + c.active + c.prioritized;
      const line = `pending ${pending} (active ${c.active}), completed ${c.completed}, failed ${c.failed}`;
      if (line !== last) {
        console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${line}`);
        last = line;
        lastChange = Date.now();
      }
      seenWork ||= pending > 0;
      if (seenWork && pending === 0) break;
      if (Date.now() - lastChange > NO_PROGRESS_HINT_MS) {
        console.log('No progress: is a worker running (`npm run worker`) against the same REDIS_URL and QUEUE_PREFIX?');
        lastChange = Date.now();
      }
      await new Promise((r) => setTimeout(r, 1_000));
    }
    console.log(`Rebuild done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  } finally {
    await app.close();
  }
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : (error as Error).message);
    process.exit(1);
  });
