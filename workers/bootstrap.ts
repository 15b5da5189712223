import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from '../src/config/app-config';
import { createAppLogger } from '../src/common/logging/app-logger';
import { WorkerModule } from './worker.module';

/** Starts the worker process's Nest context: every queue's Worker is listening when this resolves. */
export async function createWorkerApp(config: AppConfig): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: createAppLogger(config.log, 'musubi-worker'),
  });
  app.enableShutdownHooks();
  await app.init();
  return app;
}
