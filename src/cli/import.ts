import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { ConfigError, loadConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { createAppLogger } from '../common/logging/app-logger';
import { LIMITS } from '../common/validation/limits';
import { Neo4jModule } from '../infra/neo4j/neo4j.module';
import { ImportModule } from '../modules/import/import.module';
import { CLI_IMPORTER, ImportFormat, ImportKind, ImportService } from '../modules/import/import.service';

const USAGE = 'usage: npm run import -- FILE.csv|FILE.json --kind seeds|needs [--dry-run]';

/** `npm run import -- FILE --kind seeds|needs`: bulk import into the Neo4j at NEO4J_URI. */
async function main(argv: string[]): Promise<number> {
  const file = argv.find((a) => !a.startsWith('--'));
  const kindArg = argv[argv.indexOf('--kind') + 1];
  if (!file || !argv.includes('--kind') || !['seeds', 'needs'].includes(kindArg)) {
    console.error(USAGE);
    return 2;
  }
  const format = ({ '.csv': 'CSV', '.json': 'JSON' } as Record<string, ImportFormat>)[extname(file).toLowerCase()];
  if (!format) {
    console.error(`${file}: the file must end in .csv or .json\n${USAGE}`);
    return 2;
  }
  const size = statSync(file).size;
  if (size > LIMITS.import.maxBytes) {
    console.error(`${file}: ${size} bytes is over the ${LIMITS.import.maxBytes}-byte import limit; split the file`);
    return 2;
  }
  const config = loadConfig({ LOG_FORMAT: 'text', LOG_LEVEL: 'warn', ...process.env });
  @Module({ imports: [ConfigModule.forRoot(config), Neo4jModule, ImportModule] })
  class ImportCliModule {}
  const app = await NestFactory.createApplicationContext(ImportCliModule, { logger: createAppLogger(config.log) });
  try {
    const kind: ImportKind = kindArg === 'seeds' ? 'SEED' : 'NEED';
    const report = await app.get(ImportService).import(kind, format, readFileSync(file, 'utf8'), CLI_IMPORTER, argv.includes('--dry-run'));
    for (const r of report.rejected) console.log(`${file}:${r.line}: rejected${r.field ? ` (${r.field})` : ''}: ${r.reason}`);
    console.log(
      `${report.dryRun ? 'Checked' : 'Imported'} ${report.accepted} ${kindArg} from ${file}; ${report.rejected.length} problems` +
        (report.dryRun ? ' (dry run: nothing written)' : ''),
    );
    return report.rejected.length > 0 ? 1 : 0;
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
