import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { filesEndingWith } from '../../test/support/source-files';

/**
 * The leaves of the code base: src/common (what every module may use) and the pure matching engine
 * (text analysis, scoring, the engine itself) import nothing from src/modules or src/infra, so they
 * can be read, tested and reused without Nest, Neo4j or Redis. The engine's folders may import one
 * another. ESLint checks the same; this test is the check that cannot be turned off.
 */
const SRC = resolve(__dirname, '..');
const ENGINE = ['modules/matching/engine', 'modules/matching/analysis', 'modules/matching/scoring'];
const LEAVES: { folder: string; mayImport: string[] }[] = [
  { folder: 'common', mayImport: [] },
  ...ENGINE.map((folder) => ({ folder, mayImport: ENGINE })),
];
const FORBIDDEN = ['modules', 'infra'];

/** Every module specifier of a file: import/export ... from, import '...', import(...), require(...). */
function specifiersOf(source: string): string[] {
  const pattern = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;
  return [...source.matchAll(pattern)].map((m) => m[1]);
}

/** Where a specifier lands, as a path relative to src/ with '/' separators; null for a package. */
function target(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  return relative(SRC, resolve(dirname(file), specifier))
    .split(sep)
    .join('/');
}

const inside = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);

describe('layering', () => {
  it('finds import specifiers of every form', () => {
    const source = `import a from '../x';\nimport type { B } from "../y";\nexport { c } from '../z';\nimport '../side';\nconst d = require('../r');\nconst e = await import('../dyn');`;
    expect(specifiersOf(source)).toEqual(['../x', '../y', '../z', '../side', '../r', '../dyn']);
  });

  it.each(LEAVES)('nothing under src/$folder imports src/modules or src/infra', ({ folder, mayImport }) => {
    const files = filesEndingWith(join(SRC, folder), '.ts');
    expect(files.length).toBeGreaterThan(0);
    const offenders = files.flatMap((file) =>
      specifiersOf(readFileSync(file, 'utf8'))
        .map((specifier) => ({ specifier, to: target(file, specifier) }))
        .filter(
          ({ to }) => to !== null && FORBIDDEN.some((f) => inside(to, f)) && !mayImport.some((f) => inside(to, f)),
        )
        .map(({ specifier }) => `src/${relative(SRC, file).split(sep).join('/')} imports ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });
});
