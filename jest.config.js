/**
 * Jest: projects over one TypeScript transform. `unit` runs the specs
 * beside pure modules (`*.spec.ts` under services/, gateway/, scripts/) with
 * no database; `integration` runs test/ against one PostgreSQL for the run
 * (global setup), one database per test file; `integration on DATABASE_URL`,
 * only when TEST_ALSO_ON_DATABASE_URL is set, runs test/ again against the
 * server it names. `npm test` runs them all, `npm run test:unit` the first.
 */
// Servers started inside the test processes log nothing unless asked (tests of logging set LOG_LEVEL on the processes they start).
process.env.LOG_LEVEL ??= 'silent';
const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  setupFiles: ['reflect-metadata'],
};
const integration = {
  ...shared,
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
};
module.exports = {
  testTimeout: 60_000,
  // Jest's default is one worker per core less one, a single worker on two cores; a test file spends much of its
  // time waiting on PostgreSQL and on the processes it starts (two files at a time used 1.4 of two cores), so one
  // file more than there are cores keeps them busy.
  maxWorkers: require('node:os').availableParallelism() + 1,
  testSequencer: '<rootDir>/test/support/slowest-first-sequencer.js',
  projects: [
    {
      ...shared,
      displayName: 'unit',
      roots: ['<rootDir>/services', '<rootDir>/gateway', '<rootDir>/scripts'],
      testMatch: ['**/*.spec.ts'],
    },
    {
      ...integration,
      displayName: 'integration',
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
    // With TEST_ALSO_ON_DATABASE_URL (CI sets it), the integration tests run a second time in the same run, each file
    // as under `DATABASE_URL=… npm test`: one pool of workers for both, the slowest files of either first. The
    // benchmark's and the closed checkout's tests always start an embedded PostgreSQL of their own, so they run once.
    ...(process.env.TEST_ALSO_ON_DATABASE_URL
      ? [
          {
            ...integration,
            displayName: 'integration on DATABASE_URL',
            setupFiles: [...shared.setupFiles, '<rootDir>/test/support/on-database-url.setup.ts'],
            testPathIgnorePatterns: ['/node_modules/', '/test/bench/', '/test/database/closed-checkout.test.ts'],
            globalSetup: '<rootDir>/test/support/global-setup-on-database-url.ts',
            globalTeardown: '<rootDir>/test/support/global-teardown-on-database-url.ts',
          },
        ]
      : []),
  ],
};
