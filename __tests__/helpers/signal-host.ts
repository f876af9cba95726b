/** A SignalHost for tests: emit('SIGTERM') delivers a signal; exit codes are recorded, not acted on. */
import { EventEmitter } from 'node:events';
import type { SignalHost } from '../../src/signals.js';

export type FakeSignalHost = EventEmitter & SignalHost & { exits: number[] };

export function fakeHost(): FakeSignalHost {
  const host = new EventEmitter() as FakeSignalHost;
  host.exits = [];
  host.exit = (code: number) => void host.exits.push(code);
  return host;
}
