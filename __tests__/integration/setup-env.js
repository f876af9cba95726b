// Points this worker's AWS SDK at its own emulator, through its lane of the contract proxy
// (see global-setup.js).
const endpoints = (process.env.STACK_CANARY_EMULATOR_ENDPOINTS ?? '').split(',').filter(Boolean);
const worker = Number(process.env.JEST_WORKER_ID ?? '1');
const endpoint = endpoints[(worker - 1) % endpoints.length];
if (!endpoint) throw new Error('No local AWS emulator: integration tests run through jest global setup.');
Object.assign(process.env, {
  AWS_ENDPOINT_URL: endpoint,
  // Kept apart: a test may point AWS_ENDPOINT_URL elsewhere for a while.
  STACK_CANARY_CONTRACT_LANE: endpoint,
  AWS_ACCESS_KEY_ID: 'testing',
  AWS_SECRET_ACCESS_KEY: 'testing',
  AWS_REGION: 'us-east-1',
  AWS_DEFAULT_REGION: 'us-east-1',
});
delete process.env.AWS_PROFILE;
delete process.env.AWS_SESSION_TOKEN;
