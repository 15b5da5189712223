import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from '../src/config/app-config';
import { createWorkerApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  await createWorkerApp(config);
  new Logger('Musubi').log(`Worker ${process.pid} ready (Redis ${config.redis.url})`);
}

main().catch((error: unknown) => {
  console.error(
    error instanceof ConfigError ? error.message : 'Musubi worker failed to start:',
    error instanceof ConfigError ? '' : error,
  );
  process.exit(1);
});
