// A main step run as a real process, for the signal tests: `node traffic-child.mjs cli|action|main-step`.
// It runs the engine built from src/ (CHILD_LIB, see transpile.ts) on the functions of CHILD_CONFIG,
// with the real traffic part against the emulator and our own fakes for the rest: the observer sees
// nothing and the judge keeps watching, so the run holds mid-canary until it is killed (or, with
// CHILD_JUDGE=pass, passes at its first look; with CHILD_JUDGE=pass-first, only the first look
// passes: the first wave of a release in waves is promoted, the second holds).
// main-step: the action's main step once its inputs are valid (action/main-run.ts), which names the
// run from GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT as on a runner.
import { templatelessParts } from './templateless-parts.mjs';

const lib = process.env.CHILD_LIB;
const mode = process.argv[2];
const config = JSON.parse(process.env.CHILD_CONFIG ?? '{}');
const { trafficOps } = await import(`${lib}/src/traffic/index.js`);

let looks = 0;
const parts = {
  ...templatelessParts(config.functions),
  createObserver: () => ({
    beginStep: async () => undefined,
    observe: async () => new Map(),
    endStep: async () => undefined,
  }),
  judge: () =>
    process.env.CHILD_JUDGE === 'pass' || (process.env.CHILD_JUDGE === 'pass-first' && looks++ === 0)
      ? { decision: 'pass', reason: 'passed by the child', evidence: {}, rules: [] }
      : { decision: 'continue', reason: 'watching', evidence: {}, rules: [] },
  traffic: trafficOps,
};

if (mode === 'cli') {
  // The CLI's own path: journal in memory, SIGINT/SIGTERM restore before exiting.
  const { runCliWithConfig } = await import(`${lib}/src/cli/run.js`);
  process.exitCode = await runCliWithConfig(config, { parts });
} else if (mode === 'action') {
  // The pipeline as the main step runs it, minus the step: the journal goes to GITHUB_STATE; no signal handler.
  const { runPipeline } = await import(`${lib}/src/pipeline/run.js`);
  const { actionState } = await import(`${lib}/src/action/state.js`);
  const { actionLogger } = await import(`${lib}/src/action/logger.js`);
  const { createAwsClients } = await import(`${lib}/src/aws/clients.js`);
  const { realClock } = await import(`${lib}/src/util/clock.js`);
  await runPipeline(
    config,
    {
      logger: actionLogger,
      state: actionState,
      clock: realClock,
      clients: () => createAwsClients({ region: undefined }),
    },
    parts,
  );
} else if (mode === 'main-step') {
  const { runMainStep } = await import(`${lib}/src/action/main-run.js`);
  const { Secrets } = await import(`${lib}/src/config/secrets.js`);
  await runMainStep(config, new Secrets(), { parts });
} else {
  throw new Error(`usage: traffic-child.mjs cli|action|main-step (got ${mode})`);
}
