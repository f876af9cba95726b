/** The summary's Mermaid chart: canary against baseline error rate per minute, from the last observed samples. */
import type { FunctionSamples, MinuteSample } from '../canary/types.js';
import { mdText, mermaidText } from '../util/escape.js';
import { MINUTE_MS } from '../util/time.js';

export interface SeriesPoint {
  readonly start: number;
  readonly canaryErrorRate: number | undefined;
  readonly baselineErrorRate: number | undefined;
}

/** Error rate per minute of the canary and the baseline; undefined where a minute had no invocation. */
export function errorSeries(fn: FunctionSamples): SeriesPoint[] {
  const rate = (m: MinuteSample | undefined): number | undefined =>
    m && m.invocations > 0 ? m.errors / m.invocations : undefined;
  const baseline = new Map((fn.baseline ?? []).map((m) => [m.start, m]));
  const starts = [...new Set([...fn.canary.map((m) => m.start), ...baseline.keys()])].sort((a, b) => a - b);
  const canary = new Map(fn.canary.map((m) => [m.start, m]));
  return starts.map((start) => ({
    start,
    canaryErrorRate: rate(canary.get(start)),
    baselineErrorRate: rate(baseline.get(start)),
  }));
}

/** A Mermaid line chart of canary and baseline error rate (%) per minute; '' without data. */
export function renderErrorChart(functionName: string, points: readonly SeriesPoint[]): string {
  const usable = points.filter((p) => p.canaryErrorRate !== undefined || p.baselineErrorRate !== undefined);
  if (usable.length === 0) return '';
  const t0 = usable[0]?.start ?? 0;
  const labels = usable.map((p) => `"${Math.round((p.start - t0) / MINUTE_MS)}m"`);
  const series = (pick: (p: SeriesPoint) => number | undefined): string =>
    usable.map((p) => ((pick(p) ?? 0) * 100).toFixed(2)).join(', ');
  const max = Math.max(
    1,
    ...usable.flatMap((p) =>
      [p.canaryErrorRate ?? 0, p.baselineErrorRate ?? 0].map((x) => Math.ceil(x * 100)),
    ),
  );
  return [
    `### Error rate, canary vs baseline — ${mdText(functionName)}`,
    '',
    '```mermaid',
    'xychart-beta',
    `  title "${mermaidText(functionName)}: error rate (%)"`,
    `  x-axis [${labels.join(', ')}]`,
    `  y-axis "errors %" 0 --> ${max}`,
    `  line [${series((p) => p.canaryErrorRate)}]`,
    `  line [${series((p) => p.baselineErrorRate)}]`,
    '```',
    '',
    'First line: canary (new version); second: baseline (old version).',
  ].join('\n');
}
