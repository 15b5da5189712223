import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app/app.module';
import { AppConfig } from './config/app-config';
import { createAppLogger } from './common/logging/app-logger';
import { SchemaMigrator } from './infra/neo4j/migrations/schema-migrator';
import { UsersService } from './modules/users/users.service';
import { validationPipe } from './common/validation/validation-pipe';
import { compressResponses } from './web/compression';
import { serveWebApp } from './web/serve-web-app';

/** Largest request body accepted, JSON or otherwise. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Builds the API: applies graph-schema (unless disabled) before it accepts a request, then
 * listens. Shared by main.ts and the end-to-end tests, so both run the same start-up.
 */
export async function createApiApp(config: AppConfig): Promise<INestApplication> {
  const logger = createAppLogger(config.log);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger,
    bodyParser: false,
  });
  app.useBodyParser('json', { limit: MAX_BODY_BYTES });
  // GraphQL answers compressed by Accept-Encoding (the web app's files: serveWebApp); not /health*.
  app.use(compressResponses(/^\/graphql\/?$/));
  // The web app (web/dist) at `/`, before Nest's routes; it steps aside for /graphql and /health*.
  serveWebApp(app);
  app.useGlobalPipes(validationPipe());
  app.enableShutdownHooks();
  if (config.graphSchema.applyOnStart) {
    const report = await app.get(SchemaMigrator).migrate();
    new Logger('GraphSchema').log(
      `graph-schema: ${report.applied.length} applied, ${report.alreadyApplied.length} already applied`,
    );
  }
  await app.get(UsersService).ensureFirstAdmin();
  await app.listen(config.http.port, config.http.host);
  return app;
}

export function publicUrl(config: AppConfig, path = ''): string {
  const host = config.http.host === '0.0.0.0' || config.http.host === '::' ? '127.0.0.1' : config.http.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${config.http.port}${path}`;
}
