/** Jest: TypeScript through ts-jest; one PostgreSQL for the run (global setup), one database per test file. */
// Servers started inside the test processes log nothing unless asked (tests of logging set LOG_LEVEL on the processes they start).
process.env.LOG_LEVEL ??= 'silent';
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60_000,
};
