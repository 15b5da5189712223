import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../config/project-root';
import { readMigrationFiles, splitStatements } from './migration-file';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'musubi-migrations-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('splitStatements', () => {
  it('drops comment lines and splits on a semicolon that ends a line', () => {
    const text =
      '// a comment\nCREATE INDEX a IF NOT EXISTS\n  FOR (n:A) ON (n.x);\n\n// another\nCREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y);';
    expect(splitStatements(text)).toEqual([
      'CREATE INDEX a IF NOT EXISTS\n  FOR (n:A) ON (n.x)',
      'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y)',
    ]);
  });
});

describe('readMigrationFiles', () => {
  it('reads files in number order with a checksum each', () => {
    const files = readMigrationFiles(dirWith({ '0002_b.cypher': 'RETURN 2;', '0001_a.cypher': 'RETURN 1;' }));
    expect(files.map((f) => f.id)).toEqual(['0001_a.cypher', '0002_b.cypher']);
    expect(files[0].checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(files[0].checksum).not.toBe(files[1].checksum);
  });

  it('refuses a badly named file, a repeated number and an empty file', () => {
    expect(() => readMigrationFiles(dirWith({ 'constraints.cypher': 'RETURN 1;' }))).toThrow(/must be named NNNN_/);
    expect(() => readMigrationFiles(dirWith({ '0001_a.cypher': 'RETURN 1;', '0001_b.cypher': 'RETURN 1;' }))).toThrow(
      /share the number 0001/,
    );
    expect(() => readMigrationFiles(dirWith({ '0001_a.cypher': '// nothing\n' }))).toThrow(/holds no statement/);
  });

  it('reads the project graph-schema folder with IF NOT EXISTS on every statement', () => {
    const dir = join(PROJECT_ROOT, 'graph-schema');
    const files = readMigrationFiles(dir);
    expect(files.length).toBe(readdirSync(dir).filter((f) => f.endsWith('.cypher')).length);
    for (const statement of files.flatMap((f) => f.statements)) expect(statement).toMatch(/IF NOT EXISTS/);
  });
});
