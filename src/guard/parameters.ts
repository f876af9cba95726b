/**
 * The guard's tunable parameters, once: the action's input that sets each (if any), the monitoring
 * stack's parameter (templates/monitoring.yaml), the guard function's environment variable it
 * becomes, its default, range and unit. settings.ts reads the environment through this table, and
 * a test holds the template's parameters (Default, MinValue, MaxValue, AllowedValues) and the
 * function's Environment to it, the way config/inputs.ts is held to action.yml.
 */
export interface NumberParameter {
  readonly kind: 'number';
  /** The action's input that sets it; undefined: the template's default, unless the stack is deployed alone. */
  readonly input: string | undefined;
  readonly parameter: string;
  readonly env: string;
  readonly default: number;
  readonly min: number;
  /** undefined: no upper bound. */
  readonly max: number | undefined;
  readonly unit: 'minutes' | 'hours' | 'errors';
}

export interface FlagParameter {
  readonly kind: 'flag';
  readonly input: string | undefined;
  readonly parameter: string;
  readonly env: string;
  readonly default: boolean;
}

export const GUARD_PARAMETERS = {
  windowHours: {
    kind: 'number',
    input: undefined,
    parameter: 'GuardWindowHours',
    env: 'WINDOW_HOURS',
    default: 24,
    min: 1,
    max: 336,
    unit: 'hours',
  },
  errorThreshold: {
    kind: 'number',
    input: undefined,
    parameter: 'GuardErrorThreshold',
    env: 'ERROR_THRESHOLD',
    default: 100,
    min: 1,
    max: undefined,
    unit: 'errors',
  },
  cooldownMinutes: {
    kind: 'number',
    input: undefined,
    parameter: 'GuardCooldownMinutes',
    env: 'COOLDOWN_MINUTES',
    default: 60,
    min: 0,
    max: 100_000,
    unit: 'minutes',
  },
  bakeMinutes: {
    kind: 'number',
    input: 'guard-bake',
    parameter: 'GuardBakeMinutes',
    env: 'BAKE_MINUTES',
    default: 24 * 60,
    min: 0,
    max: 14 * 24 * 60,
    unit: 'minutes',
  },
  rollback: {
    kind: 'flag',
    input: 'guard-rollback',
    parameter: 'GuardRollback',
    env: 'ROLLBACK',
    default: true,
  },
} as const satisfies Record<string, NumberParameter | FlagParameter>;
