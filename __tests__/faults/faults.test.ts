/**
 * The bundled action under injected faults (issue: bounded time, no fault read as health): each
 * row runs a whole deploy + canary through a fault-injecting proxy in front of the emulator, then
 * the post step, and checks the safety invariant: the alias ends on the new version only after a
 * pass, else on the old one with no routing; the exit code matches the verdict.
 * Every run starts its main step at the same second of a minute, so that times compare.
 * Prints the table at the end. FAULTS=<text> runs only the rows whose name contains the text.
 */
import { ROWS } from './catalogue.js';
import { describeFaultRows } from './suite.js';

const only = process.env['FAULTS'];
describeFaultRows(
  'the bundled action under injected faults',
  ROWS.filter((r) => !only || r.name.includes(only) || r.name.startsWith('none')),
  { alignStarts: true },
);
