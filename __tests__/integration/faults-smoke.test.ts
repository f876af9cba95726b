/**
 * A reduced set of the fault rows (`npm run test:faults` runs them all), the two that end within a
 * minute (a pass waits ~2.5 min for its last minutes' metrics): the bundled action through the
 * fault proxy with every CloudWatch read failing (never read as health), and a rollback whose
 * UpdateAlias fails until the post step (action-e2e kills a main step mid-canary).
 */
import { ROWS } from '../faults/catalogue.js';
import { describeFaultRows } from '../faults/suite.js';

const SMOKE = [
  'CloudWatch reads (GetMetricData, alarms) fail on every poll',
  'UpdateAlias fails during the rollback',
];

describeFaultRows(
  'the bundled action under injected faults (reduced set)',
  ROWS.filter((r) => SMOKE.includes(r.name)),
);
