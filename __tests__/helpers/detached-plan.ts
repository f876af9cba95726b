/** A detached plan for the pure tests: orders-fn:live, v4 → v5, the test config's judge settings. */
import type { TrafficStep } from '../../src/config/types.js';
import type { DetachedPlan } from '../../src/detached/plan.js';
import { judgeSettings, newPlan } from '../../src/detached/start.js';
import { testConfig } from './pipeline-fakes.js';

/** When the first step was shifted. */
export const PLAN_T0 = Date.UTC(2026, 10, 29, 20, 0, 10);

export function testPlan(
  steps?: readonly TrafficStep[],
  overrides: Partial<DetachedPlan> = {},
): DetachedPlan {
  const config = testConfig({}, steps);
  const plan = newPlan({
    functionName: 'orders-fn',
    functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:orders-fn',
    alias: 'live',
    stackName: 'orders-api',
    runId: 'run-1',
    strategy: config.strategy,
    oldVersion: '4',
    newVersion: '5',
    timeoutSeconds: 3,
    memorySizeMb: 128,
    judge: judgeSettings(config, 1, []),
    startedAt: PLAN_T0,
    journal: {
      functionName: 'orders-fn',
      alias: 'live',
      snapshot: { version: '4', weights: {} },
      changes: [],
    },
  });
  return { ...plan, ...overrides };
}
