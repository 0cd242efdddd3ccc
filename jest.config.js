/**
 * Jest: two projects over one TypeScript transform. `unit` runs the specs
 * beside pure modules (`*.spec.ts` under services/, gateway/, scripts/) with
 * no database; `integration` runs test/ against one PostgreSQL for the run
 * (global setup), one database per test file. `npm test` runs both,
 * `npm run test:unit` only the first.
 */
// Servers started inside the test processes log nothing unless asked (tests of logging set LOG_LEVEL on the processes they start).
process.env.LOG_LEVEL ??= 'silent';
const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  setupFiles: ['reflect-metadata'],
};
module.exports = {
  testTimeout: 60_000,
  // Jest's default is one worker per core less one, a single worker on two cores; a test file spends much of its
  // time waiting on PostgreSQL and on the processes it starts (two files at a time used 1.4 of two cores), so one
  // file more than there are cores keeps them busy.
  maxWorkers: require('node:os').availableParallelism() + 1,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      roots: ['<rootDir>/services', '<rootDir>/gateway', '<rootDir>/scripts'],
      testMatch: ['**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'integration',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
