/**
 * The rules between inputs, checked once every input is valid on its own. Each problem is
 * reported on the input to change, and every broken rule is reported, not just the first.
 */
import { monitoringStackName } from '../constants.js';
import { plannedDuration, spanText } from './credentials-lifetime.js';
import { appStackName, dropInProblems } from './drop-in.js';
import type { InputName, InputValue } from './inputs.js';
import type { InputProblem } from './messages.js';
import { badEntry, badValue } from './messages.js';
import { INLINE_TEMPLATE_LIMIT_BYTES } from './sources.js';
import type { RegionRuleContext } from './region-rules.js';
import { regionProblems } from './region-rules.js';

/** Every input's typed value, as the table's parsers return them. */
export type ParsedInputs = { readonly [N in InputName]: InputValue<N> };

export interface RuleProblem {
  readonly input: InputName;
  readonly problem: InputProblem;
}

export type RuleContext = RegionRuleContext;

export function crossFieldProblems(parsed: ParsedInputs, context: RuleContext): RuleProblem[] {
  return [
    ...stackProblems(parsed),
    ...monitoringProblems(parsed),
    ...canaryProblems(parsed),
    ...functionArnProblems(parsed, context),
    ...dropInProblems(parsed),
    ...detachedProblems(parsed),
    ...runnerLossProblems(parsed),
    ...credentialsProblems(parsed),
    ...regionProblems(parsed, context),
  ];
}

/** The rule for an input that only means something for the app stack a template deploys. */
function withoutAppStack(expectedValue: string): { reason: string; expected: string } {
  return {
    reason: 'there is no app stack to deploy without template',
    expected: `${expectedValue} when template is not given`,
  };
}

function stackProblems(parsed: ParsedInputs): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const stackName = appStackName(parsed);
  const template = parsed.template;
  if (template !== undefined && stackName === undefined) {
    problems.push({
      input: 'stack-name',
      problem: badValue('', { reason: 'required when template is given' }),
    });
  }
  const monitoring = parsed.monitoring && stackName !== undefined;
  if (stackName !== undefined && monitoring && monitoringStackName(stackName).length > 128) {
    const reason = `the monitoring stack's name would be ${monitoringStackName(stackName).length} characters, over 128`;
    const expected = 'a stack name of at most 117 characters, or monitoring: false';
    problems.push({ input: 'stack-name', problem: badValue(stackName, { reason, expected }) });
  }
  const size = template?.sizeBytes;
  if (size !== undefined && size > INLINE_TEMPLATE_LIMIT_BYTES && parsed['s3-bucket'] === undefined) {
    const reason = `required: the template is ${size} bytes, over the ${INLINE_TEMPLATE_LIMIT_BYTES} CloudFormation takes inline`;
    problems.push({ input: 's3-bucket', problem: badValue('', { reason }) });
  }
  // (mode: execute-only deploys without a template: its own rules are in drop-in.ts.)
  if (template === undefined && parsed.mode !== 'execute-only') {
    if (parsed['termination-protection']) {
      problems.push({ input: 'termination-protection', problem: badValue('true', withoutAppStack('false')) });
    }
    const arns = parsed['notification-arns'];
    if (arns.length > 0) {
      problems.push({
        input: 'notification-arns',
        problem: badValue(arns.join(','), withoutAppStack('it empty')),
      });
    }
    if (parsed.rollback === 'stack') {
      const reason = 'there is no deployed template to roll back to without template';
      const expected = 'alias or none when template is not given';
      problems.push({ input: 'rollback', problem: badValue('stack', { reason, expected }) });
    }
  }
  return problems;
}

/** Inputs that only mean something in the monitoring stack. */
function monitoringProblems(parsed: ParsedInputs): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const stackName = appStackName(parsed);
  const monitoring = parsed.monitoring && stackName !== undefined;
  // (guard and guard-rollback default to true, so a value given cannot be told from the default:
  // they are simply unused without the monitoring stack.)
  const monitoringInputs = [
    ['notification-email', parsed['notification-email'], 'monitoring topic'],
    ['notification-topic-arn', parsed['notification-topic-arn'], 'monitoring topic'],
    ['guard-auto-scaling-group', parsed['guard-auto-scaling-group'], 'guard'],
  ] as const;
  for (const [input, value, what] of monitoringInputs) {
    if (value === undefined) continue;
    if (!monitoring) {
      const reason =
        stackName === undefined
          ? `there is no ${what} without a stack-name`
          : `there is no ${what} when monitoring is false`;
      const expected = 'it empty, or a stack-name with monitoring: true';
      problems.push({ input, problem: badValue(value, { reason, expected }) });
    } else if (what === 'guard' && !parsed.guard) {
      const reason = 'there is no guard when guard is false';
      problems.push({ input, problem: badValue(value, { reason, expected: 'it empty, or guard: true' }) });
    }
  }
  return problems;
}

function canaryProblems(parsed: ParsedInputs): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const noFunctions = parsed.template === undefined && appStackName(parsed) === undefined;
  // (mode: execute-only names its stack: drop-in.ts asks for it.)
  if (noFunctions && parsed.functions.length === 0 && parsed.mode !== 'execute-only') {
    const reason = 'required when neither template nor stack-name is given';
    const expected = 'function names or ARNs, comma- or newline-separated, such as orders-handler';
    problems.push({ input: 'functions', problem: badValue('', { reason, expected }) });
  }
  const environment = parsed['deployment-environment'];
  if (environment !== undefined && parsed['github-token'] === undefined) {
    const reason = 'there is no github-token to record a deployment with';
    const expected = 'it empty, or a github-token';
    problems.push({ input: 'deployment-environment', problem: badValue(environment, { reason, expected }) });
  }
  return problems;
}

const FULL_ARN = /^arn:[^:]+:lambda:([^:]+):(\d{12}):function:/;
const PARTIAL_ARN = /^(\d{12}):function:/;
const ROLE_ACCOUNT = /^arn:[^:]+:iam::(\d{12}):/;

/**
 * A function ARN is in the run's region (the region input, else the environment's) and in the
 * run's account when it is known (the role-arn's); without them, the ARNs agree with each other.
 * With the regions input, region-rules.ts holds each ARN to every region instead.
 */
function functionArnProblems(parsed: ParsedInputs, context: RuleContext): RuleProblem[] {
  const regionsGiven = parsed.regions.length > 0;
  let region = regionsGiven ? undefined : (parsed.region ?? context.fallbackRegion?.region);
  let regionFrom = parsed.region !== undefined ? 'the region input' : (context.fallbackRegion?.from ?? '');
  let account = ROLE_ACCOUNT.exec(parsed['role-arn'] ?? '')?.[1];
  let accountFrom = 'the role-arn';
  for (const entry of parsed.functions) {
    const full = FULL_ARN.exec(entry);
    const arnRegion = full?.[1];
    const arnAccount = full?.[2] ?? PARTIAL_ARN.exec(entry)?.[1];
    if (arnRegion !== undefined && !regionsGiven) {
      if (region === undefined) [region, regionFrom] = [arnRegion, 'the ARN before it'];
      else if (arnRegion !== region) {
        const reason = `in ${arnRegion}, but the run is in ${region}, from ${regionFrom}`;
        return [{ input: 'functions', problem: badEntry(entry, { reason }) }];
      }
    }
    if (arnAccount !== undefined) {
      if (account === undefined) [account, accountFrom] = [arnAccount, 'the ARN before it'];
      else if (arnAccount !== account) {
        const reason = `in account ${arnAccount}, but the run is in account ${account}, from ${accountFrom}`;
        return [{ input: 'functions', problem: badEntry(entry, { reason }) }];
      }
    }
  }
  return [];
}

/** wait: false needs the guard (which goes on with the canary) and no runner-made traffic. */
export function detachedProblems(parsed: ParsedInputs): RuleProblem[] {
  const secret = parsed['github-token-secret'];
  const guardMayFinish = !parsed.wait || parsed['on-runner-loss'] === 'guard';
  if (secret !== undefined && (!guardMayFinish || parsed['deployment-environment'] === undefined)) {
    const reason =
      'only the guard reads it, for the deployment the run records, when it finishes a canary (wait: false, or on-runner-loss: guard)';
    const expected = 'it empty, or wait: false or on-runner-loss: guard, with a deployment-environment';
    return [{ input: 'github-token-secret', problem: badValue(secret, { reason, expected }) }];
  }
  if (parsed.wait) return [];
  const guardOn = parsed.guard && parsed.monitoring && appStackName(parsed) !== undefined;
  if (!guardOn) {
    const reason =
      'the guard goes on with a detached canary, and it is off (guard, monitoring and stack-name)';
    const expected = 'true, or guard: true with monitoring: true and a stack-name';
    return [{ input: 'wait', problem: badValue('false', { reason, expected }) }];
  }
  if (parsed.rollback !== 'alias') {
    const reason = `the guard rolls back aliases only, and rollback is ${parsed.rollback}`;
    return [
      {
        input: 'wait',
        problem: badValue('false', { reason, expected: 'true with rollback: stack or none' }),
      },
    ];
  }
  if (parsed['synthetic-payload'] !== undefined) {
    const reason = 'synthetic traffic is sent by the runner, which a detached canary does not keep';
    return [
      { input: 'wait', problem: badValue('false', { reason, expected: 'true with synthetic-payload' }) },
    ];
  }
  return [];
}

/**
 * on-runner-loss: guard hands a dead run's canary to the guard, which must be deployed and able to
 * carry it out: alias rollbacks only, no runner-made traffic, no post-traffic hook (the guard runs
 * none). With wait: false the guard finishes every canary anyway.
 */
export function runnerLossProblems(parsed: ParsedInputs): RuleProblem[] {
  if (parsed['on-runner-loss'] !== 'guard' || !parsed.wait) return [];
  const refuse = (reason: string, expected: string): RuleProblem[] => [
    { input: 'on-runner-loss', problem: badValue('guard', { reason, expected }) },
  ];
  if (!(parsed.guard && parsed.monitoring && appStackName(parsed) !== undefined)) {
    return refuse(
      'the guard takes the canary over, and it is off (guard, monitoring and stack-name)',
      'rollback, or guard: true with monitoring: true and a stack-name',
    );
  }
  if (parsed.regions.flat().length > 1) {
    return refuse(
      "a region's guard finishes its own region's canary, not a release across regions",
      'rollback with several regions',
    );
  }
  if (parsed.rollback !== 'alias') {
    return refuse(
      `the guard rolls back aliases only, and rollback is ${parsed.rollback}`,
      'rollback with rollback: stack or none',
    );
  }
  if (parsed['synthetic-payload'] !== undefined) {
    return refuse(
      'synthetic traffic is sent by the runner, which the guard does not have',
      'rollback with synthetic-payload',
    );
  }
  if (parsed['post-traffic-hook'] !== undefined) {
    return refuse('the guard runs no post-traffic hook at its promotion', 'rollback with post-traffic-hook');
  }
  return [];
}

/**
 * A waited canary planned to outlast its credentials, refused on credentials-lifetime. With
 * regions, the waves' canaries run one after another, with wave-bake between them.
 */
export function credentialsProblems(parsed: ParsedInputs): RuleProblem[] {
  const lifetime = parsed['credentials-lifetime'];
  if (lifetime === undefined || parsed['dry-run'] || !parsed.wait) return [];
  const plan = plannedDuration(
    parsed.strategy,
    parsed['extend-hold'],
    parsed.metrics.some((metric) => metric.compare && metric.perVersion && metric.rateOf !== undefined),
  );
  const waves = Math.max(1, parsed.regions.length);
  const bakeMs = parsed['wave-bake'];
  const totalMs = plan.totalMs * waves + bakeMs * (waves - 1);
  if (totalMs <= lifetime.ms) return [];
  const setting = lifetime.setting ?? 'credentials-lifetime';
  const oneCanary =
    `holds ${spanText(plan.holdsMs)}, extend-hold ${plan.heldSteps} × ${spanText(parsed['extend-hold'])}, ` +
    `settle wait ${spanText(plan.settleMs)}` +
    (plan.lateMs > 0 ? `, late datapoints ${spanText(plan.lateMs)}` : '');
  const parts =
    waves === 1
      ? oneCanary
      : `${waves} waves of ${spanText(plan.totalMs)} (${oneCanary}), wave-bake ${waves - 1} × ${spanText(bakeMs)}`;
  const reason =
    `the canary may take ${spanText(totalMs)} (${parts}), ` +
    `longer than the credentials live (${spanText(lifetime.ms)}, from ${setting})`;
  const shorter =
    waves === 1
      ? 'a shorter strategy or extend-hold'
      : 'a shorter strategy, extend-hold or wave-bake, or fewer waves';
  const expected = `${setting} of at least ${spanText(totalMs)}, or ${shorter}`;
  return [{ input: 'credentials-lifetime', problem: badValue(lifetime.text, { reason, expected }) }];
}
