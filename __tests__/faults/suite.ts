/**
 * Runs fault rows against the bundled action: one emulator (this worker's), one fault proxy in
 * front of it; prints the table when the rows are done.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AwsClients } from '../../src/aws/clients.js';
import { createAwsClients, destroyAwsClients } from '../../src/aws/clients.js';
import { emulatorEndpoint } from '../helpers/emulator.js';
import type { RowSpec } from './catalogue.js';
import { FaultProxy } from './proxy.js';
import type { ScenarioResult } from './scenario.js';
import { runScenario } from './scenario.js';
import type { Row } from './table.js';
import { renderTable, rowProblems } from './table.js';

/** A row runs the bundled action several times; on a loaded 2-core machine one run can take a minute. */
const ROW_TIMEOUT_MS = 300_000;

export function describeFaultRows(title: string, selected: readonly RowSpec[]): void {
  describe(title, () => {
    let aws: AwsClients;
    const proxy = new FaultProxy();
    const rows: Row[] = [];
    beforeAll(async () => {
      aws = await createAwsClients({ region: undefined });
      await proxy.start(emulatorEndpoint());
    });
    afterAll(async () => {
      await proxy.stop();
      destroyAwsClients(aws);
      const baseline = rows.find((r) => r.fault.startsWith('none'))?.results[0]?.ms;
      process.stdout.write(`\n${renderTable(rows, baseline)}\n\n`);
    });

    it.each(selected.map((r) => [r.name, r] as const))(
      '%s',
      async (_name, spec) => {
        const results: ScenarioResult[] = [];
        for (const run of spec.runs) {
          results.push(await runScenario(aws, emulatorEndpoint(), proxy, run));
        }
        const row: Row = {
          fault: spec.name,
          results,
          ...(spec.forbidden ? { forbidden: spec.forbidden } : {}),
          ...(spec.required ? { required: spec.required } : {}),
        };
        rows.push(row);
        const problems = rowProblems(row);
        if (problems.length > 0) {
          for (const r of results)
            process.stdout.write(
              `--- ${spec.name}: ${r.outcome}\n${r.main.stdout.slice(-6000)}\n${r.posts.map((p) => p.stdout).join('\n')}\n`,
            );
        }
        expect(problems).toEqual([]);
      },
      ROW_TIMEOUT_MS,
    );
  });
}
