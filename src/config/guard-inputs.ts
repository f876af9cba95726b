/**
 * The input-table entries (see inputs.ts) of the monitoring stack's guard: whether it is deployed,
 * what it may roll back, what it scales, and its bake window after a promotion.
 */
import type { InputSpec } from './input-spec.js';
import { BOOLEAN, TRUE_OR_FALSE } from './input-spec.js';
import { parseAutoScalingGroup, parseGuardBake } from './parsers.js';

export const GUARD_INPUTS = {
  guard: {
    description:
      'Deploy the guard with the monitoring stack: a Lambda that keeps protecting the alias after the run.',
    default: 'true',
    accepted: TRUE_OR_FALSE,
    kind: 'boolean',
    secret: false,
    parse: BOOLEAN,
  },
  'guard-rollback': {
    description:
      'Let the guard move the alias back: to the last version that passed a canary, or within guard-bake to the version a bad release replaced.',
    default: 'true',
    accepted: TRUE_OR_FALSE,
    kind: 'boolean',
    secret: false,
    parse: BOOLEAN,
  },
  'guard-auto-scaling-group': {
    description: 'Auto Scaling group the guard scales out by one (up to its maximum) on an error signal.',
    accepted:
      'an Auto Scaling group name of 1 to 255 printable ASCII characters without spaces or colons, such as orders-asg',
    kind: 'value',
    secret: false,
    parse: parseAutoScalingGroup,
  },
  'guard-bake': {
    description:
      'After a promotion, how long the guard rolls the alias back to the version before it when the new one errs more than it did (0: never).',
    default: '24h',
    accepted: 'a duration from 0 to 336h, such as 1h or 24h (0 turns the bake window off)',
    kind: 'value',
    secret: false,
    parse: parseGuardBake,
  },
} as const satisfies Record<string, InputSpec<unknown>>;
