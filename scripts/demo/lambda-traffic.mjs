// Stands in for Lambda's own metrics in the demo: the local emulator runs no code and publishes no
// metrics, so this sends AWS/Lambda datapoints the way Lambda does for a weighted alias — per
// ExecutedVersion (with FunctionName and Resource = function:alias), counts only when non-zero,
// each closed minute published a minute after it ended. Each version fails the share of requests
// its FAILURE_RATE environment variable says (as the sample app's handler does).
import { CloudWatchClient, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { GetAliasCommand, GetFunctionConfigurationCommand, LambdaClient } from '@aws-sdk/client-lambda';

const TICK_MS = 5_000;
const ARRIVAL_DELAY_MS = 60_000;

export function simulateLambdaTraffic({ functionName, alias, ratePerMinute, region, historyMinutes = 30 }) {
  const lambda = new LambdaClient({ region });
  const cloudWatch = new CloudWatchClient({ region });
  const failureRates = new Map();
  const minutes = new Map(); // minute start → Map(version → { invocations, errors })
  let stopped = false;

  async function failureRate(version) {
    if (!failureRates.has(version)) {
      const config = await lambda.send(
        new GetFunctionConfigurationCommand({ FunctionName: functionName, Qualifier: version }),
      );
      failureRates.set(version, Number(config.Environment?.Variables?.FAILURE_RATE ?? 0));
    }
    return failureRates.get(version);
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
    const minute = Math.floor(now / 60_000) * 60_000;
    const bucket = minutes.get(minute) ?? new Map();
    minutes.set(minute, bucket);
    const requests = (ratePerMinute * TICK_MS) / 60_000;
    for (const [version, share] of shares) {
      const rate = await failureRate(version);
      const expected = requests * share;
      const count = Math.floor(expected) + (Math.random() < expected % 1 ? 1 : 0);
      let errors = 0;
      for (let i = 0; i < count; i++) if (Math.random() < rate) errors++;
      const seen = bucket.get(version) ?? { invocations: 0, errors: 0 };
      bucket.set(version, { invocations: seen.invocations + count, errors: seen.errors + errors });
    }
    for (const [start, versions] of minutes) {
      if (start + 60_000 + ARRIVAL_DELAY_MS > now) continue;
      minutes.delete(start);
      const data = [];
      for (const [version, counts] of versions) {
        const dimensions = [
          { Name: 'FunctionName', Value: functionName },
          { Name: 'Resource', Value: `${functionName}:${alias}` },
          { Name: 'ExecutedVersion', Value: version },
        ];
        for (const [name, value] of [
          ['Invocations', counts.invocations],
          ['Errors', counts.errors],
        ]) {
          if (value > 0)
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

  const loop = (async () => {
    await backfill(Date.now()).catch((error) => console.error(`traffic simulator: ${error.message}`));
    while (!stopped) {
      await tick(Date.now()).catch((error) => console.error(`traffic simulator: ${error.message}`));
      await new Promise((r) => setTimeout(r, TICK_MS));
    }
  })();

  return {
    async stop() {
      stopped = true;
      await loop;
      lambda.destroy();
      cloudWatch.destroy();
    },
  };
}
