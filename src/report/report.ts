/**
 * The JSON report: what a run decided and why, for the CLI's output, the action's `report`
 * output and the job summary. Built from the config and the run's result (its typed run record
 * included as is); carries no secret (no token, no parameter values, no synthetic payload).
 */
import { redact, redactStrings } from '../config/redact.js';
import type { Config } from '../config/types.js';
import type { RunRecord } from '../pipeline/record.js';
import type { RunResult } from '../pipeline/types.js';
import { VERSION } from '../version.js';

export interface Report {
  readonly tool: 'stack-canary';
  readonly version: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly verdict: RunResult['verdict'];
  readonly rolledBack: boolean;
  readonly reason: string;
  readonly stack: {
    readonly name: string | undefined;
    readonly id: string | undefined;
    readonly outputs: Readonly<Record<string, string>>;
    readonly parameters: readonly string[];
  };
  readonly alias: string;
  readonly strategy: Config['strategy'];
  readonly thresholds: Config['thresholds'];
  readonly compareBaseline: boolean;
  readonly rollback: Config['rollback'];
  readonly dryRun: boolean;
  readonly synthetic: { readonly ratePerMinute: number; readonly payloadBytes: number } | undefined;
  readonly versions: RunResult['versions'];
  readonly record: RunRecord;
  /** A release in waves: each region's own report (the fields above are the release's). */
  readonly regions?: readonly RegionReport[] | undefined;
}

export interface RegionReport {
  readonly wave: number;
  readonly region: string;
  /** `not run`: an earlier wave stopped the release; `error`: the region's run threw. */
  readonly verdict: RunResult['verdict'] | 'not run' | 'error';
  readonly rolledBack: boolean;
  readonly reason: string;
  readonly versions: RunResult['versions'];
  /** The monitoring stack's dashboard in the console of that region. */
  readonly dashboardUrl: string | undefined;
  readonly record: RunRecord | undefined;
}

/** The CloudWatch console's page of a dashboard. */
export function dashboardUrl(region: string, name: string): string {
  return `https://${region}.console.aws.amazon.com/cloudwatch/home?region=${region}#dashboards/dashboard/${encodeURIComponent(name)}`;
}

function regionReports(result: RunResult): RegionReport[] | undefined {
  return result.regions?.map((r) => ({
    wave: r.wave,
    region: r.region,
    verdict: r.result?.verdict ?? (r.error === undefined ? 'not run' : 'error'),
    rolledBack: r.result?.rolledBack ?? false,
    reason: r.result?.reason ?? r.error ?? 'an earlier wave stopped the release',
    versions: r.result?.versions ?? {},
    dashboardUrl: r.dashboard === undefined ? undefined : dashboardUrl(r.region, r.dashboard),
    record: r.result?.record,
  }));
}

export function buildReport(
  config: Config,
  result: RunResult,
  times: { startedAt: Date; finishedAt: Date },
): Report {
  return {
    tool: 'stack-canary',
    version: VERSION,
    startedAt: times.startedAt.toISOString(),
    finishedAt: times.finishedAt.toISOString(),
    verdict: result.verdict,
    rolledBack: result.rolledBack,
    reason: result.reason,
    stack: {
      name: config.stackName,
      id: result.stackId,
      outputs: result.stackOutputs,
      parameters: config.parameterOverrides.map((p) => p.key),
    },
    alias: config.alias,
    strategy: config.strategy,
    thresholds: config.thresholds,
    compareBaseline: config.compareBaseline,
    rollback: config.rollback,
    dryRun: config.dryRun,
    synthetic: config.synthetic && {
      ratePerMinute: config.synthetic.ratePerMinute,
      payloadBytes: Buffer.byteLength(config.synthetic.payload),
    },
    versions: result.versions,
    record: result.record,
    ...(result.regions && { regions: regionReports(result) }),
  };
}

export { redact };

/** Where one alias was left by a step that ended without a verdict. */
export interface StopAliasRow {
  readonly functionName: string;
  readonly alias: string;
  readonly leftOn: string;
}

/**
 * The JSON report of a step that ended without a verdict (a bad input, an error, a signal): the
 * same `tool`, `version`, `verdict`, `reason`, `rolledBack` and `versions` as a run's report, where
 * each alias was left, and the run's record when the run had started.
 */
export interface StopReport {
  readonly tool: 'stack-canary';
  readonly version: string;
  readonly finishedAt: string;
  readonly verdict: 'error';
  /** `error` (it threw, or an input was bad) or `stopped` (a signal). */
  readonly stopped: string;
  readonly reason: string;
  /** Every problem on its own (several bad inputs); the reason joins them on one line. */
  readonly problems: readonly string[];
  readonly rolledBack: boolean;
  readonly stackName: string | undefined;
  readonly aliases: { readonly headline: string; readonly rows: readonly StopAliasRow[] };
  readonly versions: RunResult['versions'];
  readonly record: RunRecord | undefined;
}

export function buildStopReport(
  stop: Omit<StopReport, 'tool' | 'version' | 'finishedAt' | 'verdict'>,
  finishedAt: Date,
): StopReport {
  return {
    tool: 'stack-canary',
    version: VERSION,
    finishedAt: finishedAt.toISOString(),
    verdict: 'error',
    ...stop,
  };
}

/**
 * The report as JSON text, with any known secret removed from its texts as a last line of defence
 * (never from its keys or numbers: the JSON stays whole and its counts stay counts).
 */
export function serializeReport(report: Report | StopReport, secrets: readonly string[]): string {
  return `${JSON.stringify(
    redactStrings(report, (text) => redact(text, secrets)),
    null,
    2,
  )}\n`;
}
