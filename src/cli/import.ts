import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../common/errors/app-error';
import { createAppLogger } from '../common/logging/app-logger';
import { LIMITS } from '../common/validation/limits';
import { ConfigError, loadConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { Neo4jModule } from '../infra/neo4j/neo4j.module';
import { ImportModule } from '../modules/import/import.module';
import { CLI_IMPORTER, ImportFormat, ImportKind, ImportService } from '../modules/import/import.service';

const USAGE = 'usage: npm run import -- FILE.csv|FILE.json --kind seeds|needs [--dry-run]';

/**
 * Exit codes, for scripts: 0 every row imported (or, with --dry-run, would be); 3 some rows
 * rejected and the others imported (or would be); 1 nothing written (a refused file, a bad
 * environment, Neo4j unreachable, a failed write); 2 wrong arguments.
 */
const EXIT = { ok: 0, failed: 1, usage: 2, someRejected: 3 } as const;

class UsageError extends Error {}

const OPTIONS = { kind: { type: 'string' }, 'dry-run': { type: 'boolean' } } as const;

function parse(argv: string[]): { file: string; kind: ImportKind; format: ImportFormat; dryRun: boolean } {
  let values: { kind?: string; 'dry-run'?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length ? 'give one file' : 'give the file to import');
  if (values.kind !== 'seeds' && values.kind !== 'needs') throw new UsageError('--kind must be seeds or needs');
  const file = positionals[0];
  const format = ({ '.csv': 'CSV', '.json': 'JSON' } as Record<string, ImportFormat>)[extname(file).toLowerCase()];
  if (!format) throw new UsageError(`${file}: the file must end in .csv or .json`);
  return { file, kind: values.kind === 'seeds' ? 'SEED' : 'NEED', format, dryRun: values['dry-run'] ?? false };
}

/** The file's text; refuses what is not UTF-8 rather than importing mojibake. */
function readText(file: string): string {
  if (!existsSync(file)) throw new Error(`${file}: no such file`);
  const size = statSync(file).size;
  if (size > LIMITS.import.maxBytes) {
    throw new Error(`${file}: ${size} bytes is over the ${LIMITS.import.maxBytes}-byte import limit; split the file`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  } catch (error) {
    if (error instanceof TypeError) {
      // Japanese Excel's plain "CSV" is Shift_JIS; decoding it as UTF-8 would silently garble every name.
      throw new Error(`${file} is not UTF-8 text: in Excel, save it as "CSV UTF-8 (comma delimited)"`, {
        cause: error,
      });
    }
    throw error;
  }
}

/** `npm run import -- FILE --kind seeds|needs [--dry-run]`: bulk import into the Neo4j at NEO4J_URI. */
async function main(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    return EXIT.usage;
  }
  const { file, kind, format, dryRun } = args;
  const config = loadConfig({ LOG_FORMAT: 'text', LOG_LEVEL: 'warn', ...process.env });
  const text = readText(file);

  @Module({ imports: [ConfigModule.forRoot(config), Neo4jModule, ImportModule] })
  class ImportCliModule {}
  // abortOnError off: an unreachable Neo4j must end in our message and exit code, not process.abort().
  const app = await NestFactory.createApplicationContext(ImportCliModule, {
    logger: createAppLogger(config.log),
    abortOnError: false,
  });
  try {
    const report = await app.get(ImportService).import(kind, format, text, CLI_IMPORTER, dryRun);
    for (const r of report.rejected) console.log(`${file}:${r.line}: record ${r.record}: ${r.reason}`);
    const noun = (n: number) => `${n} ${kind === 'SEED' ? 'seed' : 'need'}${n === 1 ? '' : 's'}`;
    const rejected = report.rejectedRows
      ? `; ${report.rejectedRows} row${report.rejectedRows > 1 ? 's' : ''} rejected (${report.rejected.length} problem${report.rejected.length > 1 ? 's' : ''})`
      : '';
    console.log(
      dryRun
        ? `Checked ${file}: ${noun(report.accepted)} would be imported${rejected} (dry run: nothing written)`
        : `Imported ${noun(report.createdIds.length)} from ${file}${rejected}`,
    );
    return report.rejectedRows ? EXIT.someRejected : EXIT.ok;
  } catch (error) {
    if (error instanceof AppError) {
      console.error(`${file}: ${error.message}\nNothing was imported.`);
      return EXIT.failed;
    }
    throw error;
  } finally {
    await app.close();
  }
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : (error as Error).message);
    process.exit(EXIT.failed);
  });
