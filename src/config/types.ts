/**
 * The one typed configuration both front doors (action inputs, CLI flags) produce.
 * Every value here is validated and normalised: percentages are fractions, durations are ms.
 * The inputs themselves are described once, in inputs.ts.
 */
/** The persisted settings (a detached plan carries them): one zod schema each, in schema/. */
export type {
  CustomMetric,
  MetricDirection,
  MetricSource,
  Strategy,
  Thresholds,
  TrafficStep,
} from '../schema/canary-settings.js';
import type { CustomMetric, Strategy, Thresholds } from '../schema/canary-settings.js';

export type TemplateSource =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'url'; readonly url: string }
  /** A template the action renders itself (the monitoring stack). */
  | { readonly kind: 'inline'; readonly name: string; readonly body: string };

export type ParameterOverride =
  | { readonly key: string; readonly value: string }
  | { readonly key: string; readonly usePreviousValue: true };

export interface Tag {
  readonly key: string;
  readonly value: string;
}

/** The regions of one run, wave by wave: each wave's regions go at once, the waves in order (regions.ts). */
export type Waves = readonly (readonly string[])[];

export type RollbackMode = 'alias' | 'stack' | 'none';
export type InconclusivePolicy = 'fail' | 'pass';

/** The monitoring stack's guard: a Lambda that keeps protecting the alias after the run. */
export interface GuardConfig {
  readonly enabled: boolean;
  /** The guard may point the alias back to the last version that passed a canary. */
  readonly rollback: boolean;
  /** Scaled out by one (up to its maximum) on an error signal; undefined = none. */
  readonly autoScalingGroupName: string | undefined;
  /**
   * guard-bake, in minutes (as the monitoring stack's GuardBakeMinutes and the guard's setting):
   * after a promotion, how long the guard may roll back to the version before it (0: never).
   */
  readonly bakeMinutes: number;
}

export interface SyntheticTraffic {
  /** The JSON payload text (read from the file when a path was given). */
  readonly payload: string;
  readonly ratePerMinute: number;
}

/**
 * How the app stack's change set is made and ended, with the meanings aws-cloudformation-github-deploy
 * gives its inputs of the same names.
 */
export interface ChangeSetOptions {
  /** The change set's name; undefined = a generated one, unique to the run. */
  readonly name: string | undefined;
  /** false (no-execute-changeset, mode: create-only): create and describe it, leave it for review; the canary does not run. */
  readonly execute: boolean;
  /** The input that leaves it for review, as the run's reason names it. */
  readonly leftForReviewBy: 'no-execute-changeset' | 'mode: create-only';
  /** mode: execute-only: the reviewed change set (ARN or name) executed instead of a new one; undefined otherwise. */
  readonly executeId: string | undefined;
  /** The change set includes the nested stacks' changes (IncludeNestedStacks). */
  readonly includeNestedStacks: boolean;
  /** CreateChangeSet's DeploymentMode (update change sets only); undefined = a standard change set. */
  readonly deploymentMode: 'REVERT_DRIFT' | undefined;
  /** An empty change set fails the run instead of being a no-op. */
  readonly failOnEmpty: boolean;
  /** A failed or empty change set is kept instead of deleted (no-delete-failed-changeset). */
  readonly keepFailed: boolean;
  /** When the stack's creation fails, CloudFormation leaves it as it is instead of rolling it back. */
  readonly disableRollback: boolean;
}

/** What a pre-traffic payload's response must show; every part optional. */
export interface PayloadExpectation {
  /** true: the invocation must fail (FunctionError); false (the default): it must not. */
  readonly error?: boolean;
  /** Dotted paths into the JSON response, each with the value it must hold. */
  readonly body?: Readonly<Record<string, unknown>>;
  readonly maxDurationMs?: number;
}

export interface PreTrafficPayload {
  readonly name: string;
  /** The event as JSON text. */
  readonly payload: string;
  /** undefined: the payload only has to return no FunctionError. */
  readonly expect: PayloadExpectation | undefined;
}

/** The 0% step before the first shift, and the hook after promotion. */
export interface PreTrafficConfig {
  readonly payloads: readonly PreTrafficPayload[];
  /** A Lambda function name or ARN that must answer { "status": "Succeeded" }; undefined = none. */
  readonly hook: string | undefined;
  /** The same, invoked after promotion; a failure rolls the aliases back. */
  readonly postHook: string | undefined;
}

/** Which way a custom metric gets worse. */
export interface Config {
  readonly stackName: string | undefined;
  readonly template: TemplateSource | undefined;
  readonly parameterOverrides: readonly ParameterOverride[];
  readonly capabilities: readonly string[];
  readonly tags: readonly Tag[];
  readonly roleArn: string | undefined;
  readonly s3Bucket: string | undefined;
  /** Key prefix of what is uploaded to s3Bucket (templates, the guard's code); undefined = `stack-canary`. */
  readonly s3Prefix: string | undefined;
  /** Enabled on the app stack when this run creates it. */
  readonly terminationProtection: boolean;
  /** SNS topics for the app stack's events; empty = the stack keeps the ones it has. */
  readonly notificationArns: readonly string[];
  /** Bound on waiting for each stack operation (deploy, restore). */
  readonly stackTimeoutMs: number;
  /** The app stack's change set (drop-in inputs of aws-cloudformation-github-deploy). */
  readonly changeSet: ChangeSetOptions;
  readonly monitoring: boolean;
  readonly notificationEmail: string | undefined;
  /** An existing SNS topic the monitoring stack notifies instead of creating one. */
  readonly notificationTopicArn: string | undefined;
  readonly guard: GuardConfig;
  /** Logical ids, names or ARNs; empty = every function in the stack. */
  readonly functions: readonly string[];
  readonly alias: string;
  readonly strategy: Strategy;
  readonly intervalMs: number;
  readonly thresholds: Thresholds;
  readonly compareBaseline: boolean;
  readonly alarms: readonly string[];
  readonly onInconclusive: InconclusivePolicy;
  /** extend-hold: how far past its hold a step still undecided may run when more traffic can decide it; 0 never extends. */
  readonly extendHoldMs: number;
  /** settle-lag: how long after a minute ends its metrics may still arrive; undefined: Lambda's, max(2 min, timeout + 1 min). */
  readonly settleLagMs: number | undefined;
  readonly synthetic: SyntheticTraffic | undefined;
  readonly preTraffic: PreTrafficConfig;
  /** Your own CloudWatch metrics, judged with the built-in ones (the `metrics` input). */
  readonly metrics: readonly CustomMetric[];
  /** Each function gets an anomaly-detection alarm on its p99 Duration in the monitoring stack. */
  readonly latencyAnomalyAlarm: boolean;
  readonly rollback: RollbackMode;
  readonly dryRun: boolean;
  /** false (wait: false): hand the canary to the guard after the first step; the run ends `pending`. */
  readonly wait: boolean;
  /**
   * on-runner-loss: what finishes a waited canary whose main step dies: the post step's rollback,
   * or the guard, which takes over the run's plan once its lease lapses.
   */
  readonly onRunnerLoss: 'rollback' | 'guard';
  /** github-token-secret: the token the guard updates a detached canary's GitHub deployment with. */
  readonly githubTokenSecretArn: string | undefined;
  /** Secret: masked by the entry point, never logged or reported. */
  readonly githubToken: string | undefined;
  /** GitHub environment of the deployment the action records (the CLI ignores it). */
  readonly deploymentEnvironment: string | undefined;
  /** With dry-run on a pull request: the change sets as one comment on it, updated in place. */
  readonly prComment: boolean;
  readonly region: string | undefined;
  /**
   * The regions input: the regions of the run, wave by wave; empty = one region, `region` (or the
   * environment's). Each region's run is configForRegion(config, region) (regions.ts).
   */
  readonly regions: Waves;
  /** wave-bake: how long to hold after a wave passes before the next one starts; 0 = no hold. */
  readonly waveBakeMs: number;
  /** Secret (it may hold credentials): the proxy of every AWS call; undefined = the environment's. */
  readonly httpProxy: string | undefined;
}
