/** Jest: unit tests (pure logic, AWS mocked at the client edge) and integration tests
 * (the real AWS SDK over HTTP against the local emulator started by scripts/emulator.mjs). */
const tsJest = [
  'ts-jest',
  { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } },
];
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': tsJest },
  testEnvironment: 'node',
};

export default {
  maxWorkers: 2,
  testTimeout: 60_000,
  collectCoverage: true,
  coverageProvider: 'v8',
  collectCoverageFrom: ['src/**/*.ts'],
  coverageReporters: ['text-summary', 'json-summary'],
  coverageThreshold: { global: { lines: 85 } },
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/__tests__/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/__tests__/integration/global-setup.js',
      globalTeardown: '<rootDir>/__tests__/integration/global-teardown.js',
      setupFiles: ['<rootDir>/__tests__/integration/setup-env.js'],
      setupFilesAfterEnv: ['<rootDir>/__tests__/integration/contract-guard.js'],
    },
  ],
};
