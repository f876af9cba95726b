// Stands in for Lambda's own metrics in the demo: the local emulator runs no code and publishes no
// metrics, so this sends AWS/Lambda datapoints the way Lambda does for a weighted alias — per
// ExecutedVersion (with FunctionName and Resource = function:alias) and for the alias as a whole
// (FunctionName and Resource alone), Invocations and Errors for
// each minute a version served requests (Errors 0 included, as Lambda sends it; a minute without
// requests has no datapoint), each closed minute published `arrivalDelayMs` after it ended (a minute,
// as Lambda's may take; the demo publishes at once: the 5-second ticks fall on the clock's 5-second
// marks, so one comes just after each minute ends). Each version fails the share of requests
// its FAILURE_RATE environment variable says (as the sample app's handler does). It also writes
// REPORT lines, as Lambda does, into each version's log stream (`YYYY/MM/DD/[version]…`), with
// about 60% of the function's memory used, so the demo's memory figures are read as in AWS.
import { CloudWatchClient, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  PutLogEventsCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { GetAliasCommand, GetFunctionConfigurationCommand, LambdaClient } from '@aws-sdk/client-lambda';

const TICK_MS = 5_000;
/** Ticks fall this long after each 5-second mark of the clock: the first tick of a minute publishes the minute before. */
const TICK_OFFSET_MS = 100;
const ARRIVAL_DELAY_MS = 60_000;

export function simulateLambdaTraffic({
  functionName,
  alias,
  ratePerMinute,
  region,
  historyMinutes = 30,
  arrivalDelayMs = ARRIVAL_DELAY_MS,
}) {
  const lambda = new LambdaClient({ region });
  const cloudWatch = new CloudWatchClient({ region });
  const logs = new CloudWatchLogsClient({ region });
  const logGroupName = `/aws/lambda/${functionName}`;
  const streams = new Map(); // version → log stream name
  const failureRates = new Map();
  const memorySizes = new Map();
  const minutes = new Map(); // minute start → Map(version → { invocations, errors })
  let stopped = false;

  async function failureRate(version) {
    if (!failureRates.has(version)) {
      const config = await lambda.send(
        new GetFunctionConfigurationCommand({ FunctionName: functionName, Qualifier: version }),
      );
      failureRates.set(version, Number(config.Environment?.Variables?.FAILURE_RATE ?? 0));
      memorySizes.set(version, config.MemorySize ?? 128);
    }
    return failureRates.get(version);
  }

  /** A few REPORT lines for a version that served requests in this tick (the reader takes the peak). */
  async function writeReportLines(version, count, now) {
    if (!streams.has(version)) {
      const day = new Date(now).toISOString().slice(0, 10).replace(/-/g, '/');
      const name = `${day}/[${version}]demo${version}`;
      await logs.send(new CreateLogGroupCommand({ logGroupName })).catch(() => undefined); // exists: fine
      await logs.send(new CreateLogStreamCommand({ logGroupName, logStreamName: name }));
      streams.set(version, name);
    }
    const size = memorySizes.get(version);
    const events = Array.from({ length: Math.min(count, 3) }, (_, i) => {
      const used = Math.round(size * (0.56 + 0.06 * Math.random()));
      const duration = (8 + 20 * Math.random()).toFixed(2);
      return {
        timestamp: now + i,
        message: `REPORT RequestId: demo-${now}-${i}\tDuration: ${duration} ms\tBilled Duration: ${Math.ceil(Number(duration))} ms\tMemory Size: ${size} MB\tMax Memory Used: ${used} MB\t`,
      };
    });
    await logs.send(
      new PutLogEventsCommand({ logGroupName, logStreamName: streams.get(version), logEvents: events }),
    );
  }

  async function tick(now) {
    let routing;
    try {
      routing = await lambda.send(new GetAliasCommand({ FunctionName: functionName, Name: alias }));
    } catch {
      return; // no alias yet: no traffic through it
    }
    const weights = routing.RoutingConfig?.AdditionalVersionWeights ?? {};
    const shares = [[routing.FunctionVersion, 1 - Object.values(weights).reduce((a, b) => a + b, 0)]];
    for (const [version, weight] of Object.entries(weights)) shares.push([version, weight]);
    // A tick counts the requests of the 5 seconds before it: the first tick of a minute closes the last.
    const minute = Math.floor((now - TICK_OFFSET_MS - 1) / 60_000) * 60_000;
    const bucket = minutes.get(minute) ?? new Map();
    minutes.set(minute, bucket);
    const requests = (ratePerMinute * TICK_MS) / 60_000;
    for (const [version, share] of shares) {
      const rate = await failureRate(version);
      const expected = requests * share;
      const count = Math.floor(expected) + (Math.random() < expected % 1 ? 1 : 0);
      let errors = 0;
      for (let i = 0; i < count; i++) if (Math.random() < rate) errors++;
      if (count > 0) await writeReportLines(version, count, now - TICK_OFFSET_MS - 10);
      const seen = bucket.get(version) ?? { invocations: 0, errors: 0 };
      bucket.set(version, { invocations: seen.invocations + count, errors: seen.errors + errors });
    }
    for (const [start, versions] of minutes) {
      if (start + 60_000 + arrivalDelayMs > now) continue;
      minutes.delete(start);
      const data = [];
      // The alias's own series (all its versions together), as Lambda publishes it beside the per-version ones.
      const total = { invocations: 0, errors: 0 };
      for (const counts of versions.values()) {
        total.invocations += counts.invocations;
        total.errors += counts.errors;
      }
      for (const [version, counts] of [...versions, [undefined, total]]) {
        const dimensions = [
          { Name: 'FunctionName', Value: functionName },
          { Name: 'Resource', Value: `${functionName}:${alias}` },
          ...(version === undefined ? [] : [{ Name: 'ExecutedVersion', Value: version }]),
        ];
        for (const [name, value] of [
          ['Invocations', counts.invocations],
          ['Errors', counts.errors],
        ]) {
          if (counts.invocations > 0)
            data.push({
              MetricName: name,
              Dimensions: dimensions,
              Timestamp: new Date(start),
              Value: value,
              Unit: 'Count',
            });
        }
      }
      if (data.length)
        await cloudWatch.send(new PutMetricDataCommand({ Namespace: 'AWS/Lambda', MetricData: data }));
    }
  }

  /** The minutes before the simulation began, as Lambda would have published them for the live version. */
  async function backfill(now) {
    const routing = await lambda.send(new GetAliasCommand({ FunctionName: functionName, Name: alias }));
    const current = Math.floor(now / 60_000) * 60_000;
    for (let i = historyMinutes; i >= 1; i--) {
      const bucket = new Map([[routing.FunctionVersion, { invocations: 0, errors: 0 }]]);
      const rate = await failureRate(routing.FunctionVersion);
      const counts = bucket.get(routing.FunctionVersion);
      counts.invocations = Math.round(ratePerMinute * (0.9 + 0.2 * Math.random()));
      for (let r = 0; r < counts.invocations; r++) if (Math.random() < rate) counts.errors++;
      minutes.set(current - i * 60_000, bucket);
    }
    await tick(now);
  }

  // The wait for the next tick, cut short by stop().
  let wake = () => undefined;
  const untilNextTick = () =>
    new Promise((resolve) => {
      wake = resolve;
      setTimeout(resolve, TICK_MS - (Date.now() % TICK_MS) + TICK_OFFSET_MS);
    });

  const loop = (async () => {
    await backfill(Date.now()).catch((error) => console.error(`traffic simulator: ${error.message}`));
    while (!stopped) {
      await untilNextTick();
      if (stopped) break;
      await tick(Date.now()).catch((error) => console.error(`traffic simulator: ${error.message}`));
    }
  })();

  return {
    async stop() {
      stopped = true;
      wake();
      await loop;
      lambda.destroy();
      cloudWatch.destroy();
      logs.destroy();
    },
  };
}
