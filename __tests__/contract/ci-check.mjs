// CI's check that the last `npm test` ran its AWS requests through the contract proxy: prints the
// counts per service and fails when the layer saw no requests, missed a service the action calls,
// or recorded a violation.
import { existsSync, readFileSync } from 'node:fs';
import { SERVICES } from './models.mjs';
import { STATS_FILE, summaryLine } from './proxy.mjs';

/** Services the integration suites must reach: all but Auto Scaling (the guard's, unit-tested) and STS (credentials). */
const EXPECTED = SERVICES.filter((service) => service !== 'autoscaling' && service !== 'sts');

if (!existsSync(STATS_FILE)) {
  console.error(`No ${STATS_FILE}: the integration tests did not run through the contract proxy.`);
  process.exit(1);
}
const stats = JSON.parse(readFileSync(STATS_FILE, 'utf8'));
console.log(summaryLine(stats));
const missing = EXPECTED.filter((service) => !stats.checked[service]);
if (missing.length) console.error(`No request checked for: ${missing.join(', ')}`);
if (stats.checked['(unknown)']) console.error(`${stats.checked['(unknown)']} requests of no known service`);
if (stats.presenceOnly.length)
  console.log(`Payloads checked for presence only: ${stats.presenceOnly.join(', ')}`);
if (!stats.deliberate) console.error('The proof test sent no request the model refuses: did it run?');
process.exitCode =
  missing.length || stats.checked['(unknown)'] || stats.violations || !stats.deliberate ? 1 : 0;
