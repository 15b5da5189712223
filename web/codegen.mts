/**
 * GraphQL Code Generator: types the web app's operations from the committed schema.gql, the same
 * file test/integration/api-boot.test.ts holds in step with the server's code. `npm run codegen`
 * writes src/gql/ (committed); `npm run codegen:check` fails when it differs from what the schema and
 * the operations produce. Paths are resolved from this file, so the CLI may run from any folder.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';
import { fileURLToPath } from 'node:url';

const web = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const config: CodegenConfig = {
  schema: fileURLToPath(new URL('../schema.gql', import.meta.url)),
  // Operations are written with `graphql()` from src/gql in any module of the app.
  documents: [web('src/**/*.{ts,tsx}'), '!' + web('src/gql/**')],
  ignoreNoDocuments: false,
  generates: {
    [web('src/gql/')]: {
      preset: 'client',
      // Components read the fields they asked for directly; no useFragment() unmasking step.
      presetConfig: { fragmentMasking: false },
      config: {
        // String unions, as the app compares statuses and kinds with string literals.
        enumType: 'string-literal',
        useTypeImports: true,
        // A new scalar in the schema must be mapped here rather than typed `any`.
        strictScalars: true,
        // ISO 8601 text on the wire.
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
