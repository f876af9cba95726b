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
// CHILD_JUDGE: watch (never decides), pass (passes every step at its first look), pass-first (only
// the process's first look passes), or pass-first-step (passes the first step, then watches the
// next: the run holds on its second step).
const passes = (step) =>
  process.env.CHILD_JUDGE === 'pass' ||
  (process.env.CHILD_JUDGE === 'pass-first' && looks++ === 0) ||
  (process.env.CHILD_JUDGE === 'pass-first-step' && step.index === 0);

// CHILD_DIE_AT=promote: the process SIGKILLs itself once the alias is on the new version alone,
// before it can record anything more (a runner lost at the promotion).
const dieAtPromotion = process.env.CHILD_DIE_AT === 'promote';
const traffic = {
  ...trafficOps,
  updateAlias: async (lambda, current, to, ...rest) => {
    const after = await trafficOps.updateAlias(lambda, current, to, ...rest);
    const promoted = to && Object.keys(to.weights).length === 0 && current?.target.version !== to.version;
    if (dieAtPromotion && promoted) process.kill(process.pid, 'SIGKILL');
    return after;
  },
};

const parts = {
  ...templatelessParts(config.functions),
  createObserver: () => ({
    beginStep: async () => undefined,
    observe: async () => new Map(),
    endStep: async () => undefined,
  }),
  judge: ({ step }) =>
    passes(step)
      ? { decision: 'pass', reason: 'passed by the child', evidence: {}, rules: [] }
      : { decision: 'continue', reason: 'watching', evidence: {}, rules: [] },
  traffic,
};

// CHILD_CLOCK_OFFSET_MS: the run's clock that far behind the wall clock (its minutes then have
// CloudWatch datapoints a test can write before the guard reads them).
const offset = Number(process.env.CHILD_CLOCK_OFFSET_MS ?? '0');
const clock = { now: () => Date.now() - offset, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };

// CHILD_PLAN_TABLE and CHILD_PLAN_RULE: the monitoring stack's plan table and rule, for
// on-runner-loss: guard (a run without a template deploys no monitoring stack to name them).
const planTable = process.env.CHILD_PLAN_TABLE;
const holdPlans = planTable
  ? async (request) =>
      (await import(`${lib}/src/detached/run-held.js`)).holdPlans({
        ...request,
        monitoringOutputs: { PlanTableName: planTable, PlanRuleName: process.env.CHILD_PLAN_RULE ?? '' },
      })
  : undefined;

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
  await runMainStep(config, new Secrets(), { parts, clock, ...(holdPlans ? { holdPlans } : {}) });
} else {
  throw new Error(`usage: traffic-child.mjs cli|action|main-step (got ${mode})`);
}
