import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface MigrationFile {
  /** File name, e.g. 0001_constraints.cypher; also the id recorded in the graph. */
  id: string;
  path: string;
  checksum: string;
  statements: string[];
}

const FILE_NAME = /^(\d{4})_[a-z0-9_]+\.cypher$/;

/**
 * Splits a .cypher file into statements: `//` line comments are dropped and statements end with
 * `;` at the end of a line (our migration files never put a `;` inside a string literal).
 */
export function splitStatements(text: string): string[] {
  const withoutComments = text
    .split('\n')
    .map((line) => line.replace(/^\s*\/\/.*$/, ''))
    .join('\n');
  return withoutComments
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Reads graph-schema/: files named NNNN_name.cypher, in order; anything else there is an error. */
export function readMigrationFiles(dir: string): MigrationFile[] {
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.cypher'))
    .sort();
  const seen = new Map<string, string>();
  return names.map((name) => {
    const match = FILE_NAME.exec(name);
    if (!match) {
      throw new Error(
        `graph-schema file ${name} must be named NNNN_lowercase_name.cypher (e.g. 0003_match_indexes.cypher)`,
      );
    }
    const previous = seen.get(match[1]);
    if (previous) throw new Error(`graph-schema files ${previous} and ${name} share the number ${match[1]}`);
    seen.set(match[1], name);
    const path = join(dir, name);
    const text = readFileSync(path, 'utf8');
    const statements = splitStatements(text);
    if (statements.length === 0) throw new Error(`graph-schema file ${name} holds no statement`);
    return {
      id: name,
      path,
      checksum: createHash('sha256').update(text).digest('hex'),
      statements,
    };
  });
}
