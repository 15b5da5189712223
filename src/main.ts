import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApiApp, publicUrl } from './bootstrap';
import { ConfigError, loadConfig } from './config/app-config';

async function main(): Promise<void> {
  const config = loadConfig();
  await createApiApp(config);
  // Listening, not "ready": readiness is /health/ready's answer (see docs/operations.md, "Health and readiness").
  new Logger('Musubi').log(`API listening at ${publicUrl(config, '/graphql')}`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('Musubi API failed to start:', error);
  }
  process.exit(1);
});
