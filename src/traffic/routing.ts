/**
 * The planner-to-alias mapping (pure): a strategy step's weight becomes an alias target.
 * The primary stays on the old version while the canary is routed by AdditionalVersionWeights;
 * a 100% step points the primary at the new version with routing cleared.
 */
import type { Strategy } from '../config/types.js';
import { assertStrategySteps } from '../config/strategy.js';
import { StackCanaryError } from '../errors.js';
import type { AliasTarget } from './types.js';

/** Refuses a routing weight Lambda would refuse (or that means "no canary"/"all canary"): (0, 1) only. */
export function assertRoutingWeight(version: string, weight: number): void {
  if (!Number.isFinite(weight) || weight <= 0 || weight >= 1) {
    throw new StackCanaryError(
      'INVALID_INPUT',
      `Alias weight ${String(weight)} for version ${version} is outside (0, 1); refused before calling Lambda. ` +
        'Accepted: a share strictly between 0 and 1 (a 100% step moves the primary version instead).',
    );
  }
}

/**
 * The strategy's own check (config/strategy.ts), for a plan that did not come through parseConfig.
 * parseConfig already runs it on every strategy, so a Config's plan always passes.
 */
export function assertStrategy(strategy: Strategy): void {
  assertStrategySteps(strategy);
}

/** The alias target for a step: `weight` of the traffic to `canary`, the rest to `baseline`. */
export function stepTarget(baseline: string, canary: string, weight: number): AliasTarget {
  if (weight === 1 || baseline === canary) return { version: canary, weights: {} };
  assertRoutingWeight(canary, weight);
  return { version: baseline, weights: { [canary]: weight } };
}

/** All traffic on one version, routing cleared: promotion and rollback both end here. */
export function soleTarget(version: string): AliasTarget {
  return { version, weights: {} };
}

export function hasRouting(target: AliasTarget): boolean {
  return Object.keys(target.weights).length > 0;
}

const WEIGHT_TOLERANCE = 1e-9;

export function sameTarget(a: AliasTarget | null | undefined, b: AliasTarget | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  if (a.version !== b.version) return false;
  const keysA = Object.keys(a.weights);
  const keysB = Object.keys(b.weights);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((k) => {
    const wb = b.weights[k];
    const wa = a.weights[k];
    return wa !== undefined && wb !== undefined && Math.abs(wa - wb) < WEIGHT_TOLERANCE;
  });
}

export function formatShare(weight: number): string {
  return `${Number((weight * 100).toFixed(2))}%`;
}

/** "v3", or "v3 + v4 at 10%"; "(no alias)" for null. */
export function describeTarget(target: AliasTarget | null | undefined): string {
  if (!target) return '(no alias)';
  const routed = Object.entries(target.weights).map(([v, w]) => ` + v${v} at ${formatShare(w)}`);
  return `v${target.version}${routed.join('')}`;
}
