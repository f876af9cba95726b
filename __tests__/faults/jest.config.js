/** `npm run test:faults`: the bundled action under injected faults, one emulator, runs side by side. */
const tsJest = [
  'ts-jest',
  { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } },
];

export default {
  rootDir: '../..',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': tsJest },
  testEnvironment: 'node',
  testMatch: ['<rootDir>/__tests__/faults/**/*.test.ts'],
  maxWorkers: 1,
  testTimeout: 1_200_000,
  globalSetup: '<rootDir>/__tests__/integration/global-setup.js',
  globalTeardown: '<rootDir>/__tests__/integration/global-teardown.js',
  setupFiles: ['<rootDir>/__tests__/integration/setup-env.js'],
  setupFilesAfterEnv: ['<rootDir>/__tests__/integration/contract-guard.js'],
};
