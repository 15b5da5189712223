/**
 * Two projects: `unit` (pure logic, no services) and `integration` (real Neo4j and Redis; one
 * throwaway Neo4j for the whole run, started by the global setup unless TEST_NEO4J_URI is given).
 * Integration suites share that one database, so they run one at a time.
 */
const tsJest = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] };

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: tsJest,
      roots: ['<rootDir>/src', '<rootDir>/workers'],
      testMatch: ['**/*.spec.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform: tsJest,
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
  maxWorkers: 1,
  testTimeout: 60000,
};
