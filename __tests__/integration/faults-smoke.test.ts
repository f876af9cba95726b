/**
 * A reduced set of the fault rows (`npm run test:faults` runs them all): the bundled action
 * through the fault proxy with 500/503 answers, and a rollback whose UpdateAlias fails until the
 * post step (action-e2e kills a main step mid-canary).
 */
import { ROWS } from '../faults/catalogue.js';
import { describeFaultRows } from '../faults/suite.js';

const SMOKE = ['HTTP 500/503 on 20% of calls', 'UpdateAlias fails during the rollback'];

describeFaultRows(
  'the bundled action under injected faults (reduced set)',
  ROWS.filter((r) => SMOKE.includes(r.name)),
);
