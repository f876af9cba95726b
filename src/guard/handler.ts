/**
 * The guard's handler, built from its settings, clients, clock and log (all injected: tests drive
 * it against the emulator with a fake clock). Three kinds of event:
 * - from the plan rule (detached canaries): the plans only; the rule is turned off once none is
 *   left in flight;
 * - a watched alarm went to ALARM: that function is protected (protect.ts);
 * - the schedule: errors over the longer window, and each function at or above the threshold is
 *   protected.
 * Every invocation logs one JSON line saying what it did.
 */
import type { GuardClients } from '../aws/guard-clients.js';
import type { Logger } from '../logger.js';
import { ALARM_KINDS } from '../monitoring/alarm-kinds.js';
import type { Clock } from '../util/clock.js';
import type { GuardEntry } from './entry.js';
import { describeError } from './entry.js';
import type { PlanTick } from './plan-events.js';
import { disablePlanRule, fromRule } from './plan-events.js';
import { protect } from './protect.js';
import type { GuardSettings } from './settings.js';
import { windowErrors } from './window-errors.js';

export interface GuardDeps {
  readonly settings: GuardSettings;
  readonly clients: GuardClients;
  readonly clock: Pick<Clock, 'now'>;
  /** Receives the invocation's one line (default: console.log of its JSON). */
  readonly log?: (entry: GuardEntry) => void;
  /** Runs the detached canaries; without it, plan-rule events are only logged. */
  readonly planTick?: PlanTick;
}

export type GuardHandler = (event: unknown) => Promise<GuardEntry>;

interface AlarmEvent {
  readonly 'detail-type'?: string;
  readonly detail?: { alarmName?: string; state?: { value?: string; reason?: string } };
}

/** A logger for the shared readers: their warnings go into the invocation's line, not apart from it. */
function notesLogger(notes: string[]): Logger {
  return {
    debug: () => undefined,
    info: () => undefined,
    warning: (message) => notes.push(message),
    error: (message) => notes.push(message),
    group: (_title, body) => body(),
  };
}

export function createHandler(deps: GuardDeps): GuardHandler {
  const { settings, clients, clock } = deps;
  const write = deps.log ?? ((entry: GuardEntry) => console.log(JSON.stringify(entry)));

  async function plans(): Promise<GuardEntry> {
    if (!deps.planTick) return { guard: 'plans', note: 'no plan runner in this guard: nothing advanced' };
    const { inFlight, entries } = await deps.planTick(clock.now());
    const entry: GuardEntry = { guard: 'plans', inFlight, plans: entries };
    if (inFlight === 0 && settings.planRule) {
      await disablePlanRule(await clients.events(), settings.planRule);
      return { ...entry, ruleDisabled: settings.planRule };
    }
    return entry;
  }

  async function onAlarm(event: AlarmEvent, notes: string[]): Promise<GuardEntry> {
    const alarmName = event.detail?.alarmName ?? '';
    const state = event.detail?.state ?? {};
    const hit = settings.functions
      .flatMap((fn) => ALARM_KINDS.map((kind) => ({ fn, kind })))
      .find((h) => alarmName === `${settings.alarmPrefix}${h.fn}-${h.kind}`);
    if (state.value !== 'ALARM' || !hit) return { guard: 'ignored', alarm: alarmName, state: state.value };
    const saw = `alarm ${alarmName} is in ALARM: ${(state.reason ?? '').slice(0, 300)}`;
    const logger = notesLogger(notes);
    return protect({ settings, clients, nowMs: clock.now(), logger }, hit.fn, saw, hit.kind);
  }

  /** The check's entry, and the first function's failure (the others are still handled). */
  async function onSchedule(notes: string[]): Promise<{ entry: GuardEntry; failure?: unknown }> {
    const nowMs = clock.now();
    const logger = notesLogger(notes);
    const errors = await windowErrors(clients.cloudWatch, settings, nowMs, logger);
    const results: GuardEntry[] = [];
    let failure: unknown;
    for (const fn of settings.functions.filter((f) => (errors[f] ?? 0) >= settings.errorThreshold)) {
      const saw = `${errors[fn]} errors on ${fn}:${settings.alias} in ${settings.windowHours} h (threshold ${settings.errorThreshold})`;
      try {
        results.push(await protect({ settings, clients, nowMs, logger }, fn, saw, 'schedule'));
      } catch (error) {
        failure ??= error;
        results.push({ guard: 'failed', function: fn, saw, error: describeError(error) });
      }
    }
    const entry: GuardEntry = {
      guard: 'check',
      hours: settings.windowHours,
      threshold: settings.errorThreshold,
      errors,
      results,
    };
    return failure === undefined ? { entry } : { entry, failure };
  }

  async function run(event: unknown, notes: string[]): Promise<{ entry: GuardEntry; failure?: unknown }> {
    if (fromRule(event, settings.planRule)) return { entry: await plans() };
    if ((event as AlarmEvent | undefined)?.['detail-type'] === 'CloudWatch Alarm State Change') {
      return { entry: await onAlarm(event as AlarmEvent, notes) };
    }
    return onSchedule(notes);
  }

  /** One line per invocation, a failed one included; a failure is thrown after its line (the failures alarm counts it). */
  return async function handler(event: unknown): Promise<GuardEntry> {
    const notes: string[] = [];
    const outcome = await run(event, notes).catch((error: unknown) => ({
      entry: { guard: 'failed', error: describeError(error) } as GuardEntry,
      failure: error,
    }));
    const line = notes.length > 0 ? { ...outcome.entry, notes } : outcome.entry;
    write(line);
    if ('failure' in outcome) throw outcome.failure;
    return line;
  };
}
