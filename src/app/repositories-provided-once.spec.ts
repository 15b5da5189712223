import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { filesEndingWith } from '../../test/support/source-files';

/**
 * Each repository class is provided by exactly one Nest module, which exports it to the modules
 * that need it: a second provider would be a second instance, with its own caches, that writes
 * through the first would not reach.
 */
const ROOT = resolve(__dirname, '../..');

const moduleFiles = (dir: string) => filesEndingWith(dir, '.module.ts');

/** The identifiers in a module's `providers: [...]` list that name a repository class. */
function providedRepositories(source: string): string[] {
  const lists = [...source.matchAll(/providers:\s*\[([\s\S]*?)\]/g)].map((m) => m[1]);
  return lists.flatMap((list) => [...list.matchAll(/\b([A-Z]\w*Repository)\b/g)].map((m) => m[1]));
}

describe('repositories', () => {
  it('each repository class is provided by exactly one module', () => {
    const providers = new Map<string, string[]>();
    for (const file of [...moduleFiles(join(ROOT, 'src')), ...moduleFiles(join(ROOT, 'workers'))]) {
      for (const name of providedRepositories(readFileSync(file, 'utf8'))) {
        providers.set(name, [...(providers.get(name) ?? []), relative(ROOT, file)]);
      }
    }
    expect(providers.size).toBeGreaterThan(10);
    expect([...providers].filter(([, files]) => files.length > 1)).toEqual([]);
  });
});
