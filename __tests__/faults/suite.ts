/**
 * Runs fault rows against the bundled action: one emulator (this worker's), one fault proxy in
 * front of it with a lane per run in flight. Runs mostly wait (the canary's hold, the last
 * minutes' metrics settling), so every run of every row starts at once, up to LANES side by side,
 * each on its own stack; each row's test then waits for its own runs. Prints the table at the end.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AwsClients } from '../../src/aws/clients.js';
import { createAwsClients, destroyAwsClients } from '../../src/aws/clients.js';
import { emulatorEndpoint, resetEmulator } from '../helpers/emulator.js';
import type { RowSpec } from './catalogue.js';
import { LanePool } from './lanes.js';
import { FaultProxy } from './proxy.js';
import type { ScenarioResult } from './scenario.js';
import { runScenario, uploadCode } from './scenario.js';
import type { Row } from './table.js';
import { renderTable, rowProblems } from './table.js';

/** Runs side by side: enough that the long runs (a pass waits ~2.5 min) do not queue the short ones. */
const LANES = 12;
/** A row's test waits for its runs, which may queue behind others: the whole table's time. */
const ROW_TIMEOUT_MS = 1_200_000;

/** `alignStarts`: start every main step at the same second of a minute, so "time added" compares. */
export function describeFaultRows(
  title: string,
  selected: readonly RowSpec[],
  { alignStarts = false }: { alignStarts?: boolean } = {},
): void {
  describe(title, () => {
    let aws: AwsClients;
    const proxy = new FaultProxy();
    const rows: Row[] = [];
    const pending = new Map<string, Promise<ScenarioResult[]>>();
    beforeAll(async () => {
      aws = await createAwsClients({ region: undefined });
      await resetEmulator();
      await uploadCode(aws);
      const runs = selected.reduce((n, spec) => n + spec.runs.length, 0);
      const pool = new LanePool(await proxy.start(emulatorEndpoint(), Math.min(LANES, runs)));
      let id = 0;
      for (const spec of selected) {
        const results = Promise.all(
          spec.runs.map((run) => {
            const runId = ++id;
            const options = { ...run, alignStart: alignStarts };
            return pool.use((lane) => runScenario(aws, emulatorEndpoint(), lane, options, runId));
          }),
        );
        // Awaited by the row's own test; a failure before then is not an unhandled rejection.
        results.catch(() => undefined);
        pending.set(spec.name, results);
      }
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
        const results = await pending.get(spec.name);
        if (!results) throw new Error(`row ${spec.name} never started`);
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
