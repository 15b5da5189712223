// ESLint flat config. TypeScript files are linted with type information: the project service gives
// each file the tsconfig.json nearest to it (the root one for src, workers, test and bench;
// web/tsconfig.json for the web app). Plain JS config files belong to no tsconfig and are linted
// without types.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeGlobals = {
  require: 'readonly',
  module: 'writable',
  exports: 'writable',
  process: 'readonly',
  console: 'readonly',
  __dirname: 'readonly',
  __filename: 'readonly',
};

// Leaves: the shared GraphQL/error/logging code and the pure matching engine know nothing of the
// Nest modules or of Neo4j/Redis/BullMQ, so they can be unit-tested and reused from any layer.
const leafPattern = {
  group: ['**/modules/**', '**/infra/**', '**/modules', '**/infra'],
  message: 'A leaf (src/common, the matching engine, analysis, scoring) imports nothing from src/modules or src/infra.',
};
// The engine's folders may use each other but not the matching module around them (its services,
// repositories, resolvers), which `../x` reaches without naming src/modules (paths through
// modules/ or infra/ are the leaf rule's).
const enginePattern = {
  regex: String.raw`^\.\./(?!(engine|analysis|scoring)/)(?!.*\b(modules|infra)/)`,
  message: 'The matching engine, analysis and scoring import only each other, not the matching module around them.',
};

export default defineConfig([
  globalIgnores(['**/dist/', '**/node_modules/', 'coverage/', '.musubi/', 'tools/neo4j-local/target/', 'web/src/gql/']),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // `async` is how a Promise-returning contract is met (Apollo plugin hooks, job processors, test
      // doubles) even with nothing to await; no-floating-promises and await-thenable catch misuse.
      '@typescript-eslint/require-await': 'off',
    },
  },

  {
    files: ['src/common/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [leafPattern] }] },
  },
  {
    files: ['src/modules/matching/{engine,analysis,scoring}/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [leafPattern, enginePattern] }] },
  },

  {
    files: ['web/src/**/*.tsx'],
    ...reactHooks.configs.flat.recommended,
  },

  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.mts'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: nodeGlobals },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },

  prettier,
]);
