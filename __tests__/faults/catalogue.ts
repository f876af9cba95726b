/** The fault rows: what each injects, how many runs, and what it must never end with. */
import type { FaultSpec } from './faults.js';
import { CLOUDWATCH_READS, NO_FAULT } from './faults.js';
import type { ScenarioOptions } from './scenario.js';
import { ALIAS } from './scenario.js';

export interface RowSpec {
  readonly name: string;
  readonly runs: readonly ScenarioOptions[];
  readonly forbidden?: readonly string[];
  readonly required?: string;
}

const once = (fault: FaultSpec, extra: Partial<ScenarioOptions> = {}): ScenarioOptions[] => [
  { fault, ...extra },
];

/** The texts each phase of the main step prints as it begins. */
const PHASES: readonly [string, string][] = [
  ['snapshot', `alias ${ALIAS} is on v1`],
  ['deploy', '::group::Stack '],
  ['publish', '::group::Publish versions'],
  ['shift', `alias ${ALIAS} → v1 + v2 at 50%`],
  ['watch', 'watching ('],
  ['promote', '::group::Promote'],
];

/** The main step killed as each phase begins; the rollback phase needs a failing canary first. */
const killRuns = (signal: NodeJS.Signals): ScenarioOptions[] => [
  ...PHASES.map(([, text]) => ({ fault: NO_FAULT, killWhen: { text, signal } })),
  {
    fault: { kind: 'failingCalls', operations: CLOUDWATCH_READS },
    strategy: 'canary 50% 30s',
    alarm: true,
    killWhen: { text: '::group::Roll back aliases', signal },
  },
];

const NOT_HEALTH = ['pass'];

export const ROWS: readonly RowSpec[] = [
  { name: 'none (reference)', runs: once(NO_FAULT), required: 'pass' },
  { name: 'throttling on 30% of calls', runs: once({ kind: 'throttle', share: 0.3 }) },
  {
    name: 'throttling in bursts (1.5s of every 5s)',
    runs: once({ kind: 'throttleBursts', burstMs: 1_500, periodMs: 5_000 }),
  },
  { name: 'HTTP 500/503 on 20% of calls', runs: once({ kind: 'serverErrors', share: 0.2 }) },
  { name: 'connection resets on 10% of calls', runs: once({ kind: 'resets', share: 0.1 }) },
  { name: '10% of answers 3s late (timeout 2s)', runs: once({ kind: 'slow', share: 0.1, delayMs: 3_000 }) },
  {
    name: 'endpoint stops answering after the first shift',
    runs: once({ kind: 'hangAfter', operation: 'UpdateAlias', count: 1 }),
    forbidden: NOT_HEALTH,
  },
  {
    name: 'GetMetricData returns nothing (no synthetic traffic)',
    runs: once({ kind: 'emptyMetrics' }, { synthetic: false }),
    forbidden: NOT_HEALTH,
  },
  {
    name: 'CloudWatch reads (GetMetricData, alarms) fail on every poll',
    runs: once(
      { kind: 'failingCalls', operations: CLOUDWATCH_READS },
      { strategy: 'canary 50% 30s', alarm: true },
    ),
    forbidden: NOT_HEALTH,
  },
  {
    name: 'UpdateAlias fails during the rollback',
    runs: once(
      { kind: 'failingCalls', operations: CLOUDWATCH_READS, updateAliasAfter: 1 },
      {
        strategy: 'canary 50% 30s',
        alarm: true,
        // The first post step meets the same failure (and must say so), the next one restores.
        postFaults: [{ kind: 'failingCalls', updateAliasAfter: 0 }, NO_FAULT],
      },
    ),
    forbidden: NOT_HEALTH,
  },
  { name: 'main killed (SIGTERM) at each of 7 phases', runs: killRuns('SIGTERM') },
  { name: 'main killed (SIGKILL) at each of 7 phases', runs: killRuns('SIGKILL') },
];
