/** Loads the guard (templates/guard/index.cjs, CommonJS) with types for the tests. */
import { createRequire } from 'node:module';

export interface GuardSettings {
  functions: string[];
  alias: string;
  topic: string | undefined;
  prefix: string;
  hours: number;
  threshold: number;
  cooldownMs: number;
  asg: string | undefined;
  rollback: boolean;
  passedTag: string;
  cooldownTag: string;
}

export interface GuardClients {
  lambda: { send(command: unknown): Promise<unknown> };
  cloudWatch: { send(command: unknown): Promise<unknown> };
  sns: { send(command: unknown): Promise<unknown> };
  autoScaling?: { send(command: unknown): Promise<unknown> };
}

export type GuardEntry = Record<string, unknown> & { guard: string };
export type GuardHandler = (event: unknown) => Promise<GuardEntry>;

export interface GuardModule {
  settingsFrom(env: Record<string, string | undefined>): GuardSettings;
  createHandler(deps: {
    settings: GuardSettings;
    clients: GuardClients;
    now?: () => number;
    log?: (entry: GuardEntry) => void;
  }): GuardHandler;
  handler: GuardHandler;
}

const require = createRequire(import.meta.url);

export const GUARD_SOURCE_PATH = require.resolve('../../templates/guard/index.cjs');

export function loadGuard(): GuardModule {
  return require(GUARD_SOURCE_PATH) as GuardModule;
}
