/** The metrics input: the forms it accepts, what each entry becomes, and the one line for each bad entry. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { parseConfig } from '../../../src/config/parse.js';
import { MAX_METRIC_QUERIES } from '../../../src/config/metrics-input.js';
import { expectConfigError, fixtureDir, inputs } from '../../helpers/config.js';

const EXPECTED =
  'Expected a list of { name, namespace, metric-name, dimensions, statistic (Sum, Average, Maximum, Minimum, SampleCount or pNN), direction (higher-is-worse or lower-is-worse), max or min, compare, rate-of: Invocations } entries, or expression instead of namespace/metric-name, as YAML or JSON text or the path of a YAML or JSON file.';

const CHECKOUT = [
  '- name: checkout-failures',
  '  namespace: Orders',
  '  metric-name: CheckoutFailed',
  '  dimensions: { Service: orders, Version: "{version}" }',
  '  statistic: Sum',
  '  direction: higher-is-worse',
  '  max: 5',
  '  compare: true',
  '  rate-of: Invocations',
].join('\n');

const fixture = fixtureDir({ 'metrics.yaml': CHECKOUT, 'bad.yaml': 'name: [' });
afterAll(() => fixture.remove());

const read = (value: string) =>
  parseConfig(inputs({ functions: 'orders', metrics: value }), {
    cwd: fixture.dir,
    env: { AWS_REGION: 'eu-west-1' },
  });

describe('metrics: accepted forms', () => {
  it('is empty by default', () => {
    expect(read('').metrics).toEqual([]);
  });

  it("reads the issue's entry as YAML: {version} marks it per version", () => {
    expect(read(CHECKOUT).metrics).toEqual([
      {
        name: 'checkout-failures',
        source: {
          kind: 'metric',
          namespace: 'Orders',
          metricName: 'CheckoutFailed',
          dimensions: [
            { name: 'Service', value: 'orders' },
            { name: 'Version', value: '{version}' },
          ],
          statistic: 'Sum',
        },
        direction: 'higher-is-worse',
        max: 5,
        min: undefined,
        compare: true,
        rateOf: 'Invocations',
        perVersion: true,
      },
    ]);
  });

  it('reads a service-wide compare: true (a Sum too: the split leaves the service alone)', () => {
    const [wide] = read(
      '- { name: api-5xx, namespace: AWS/ApiGateway, metric-name: 5XXError, dimensions: { ApiName: orders }, statistic: Sum, direction: higher-is-worse, compare: true }',
    ).metrics;
    expect(wide).toMatchObject({ name: 'api-5xx', perVersion: false, compare: true, rateOf: undefined });
  });

  it('reads JSON text, an expression, and a service-wide metric without {version}', () => {
    const value = JSON.stringify([
      {
        name: 'api-5xx',
        namespace: 'AWS/ApiGateway',
        'metric-name': '5XXError',
        dimensions: { ApiName: 'orders' },
        statistic: 'Sum',
        direction: 'higher-is-worse',
        max: 3,
      },
      {
        name: 'conversion',
        expression: "SELECT SUM(Converted) FROM Orders WHERE Version = '{version}'",
        direction: 'lower-is-worse',
        compare: true,
      },
    ]);
    const [api, conversion] = read(value).metrics;
    expect(api).toMatchObject({ name: 'api-5xx', perVersion: false, max: 3, compare: false });
    expect(conversion).toMatchObject({
      source: {
        kind: 'expression',
        expression: "SELECT SUM(Converted) FROM Orders WHERE Version = '{version}'",
      },
      perVersion: true,
      compare: true,
    });
  });

  it('reads a YAML file by its path; a percentile statistic is accepted', () => {
    expect(read('metrics.yaml').metrics).toHaveLength(1);
    const p99 =
      '- { name: pay-latency, namespace: Orders, metric-name: PayMs, statistic: p99.9, direction: higher-is-worse, max: 800 }';
    expect(read(p99).metrics[0]?.source).toMatchObject({ statistic: 'p99.9' });
  });
});

describe('metrics: bad entries are one line naming the entry, before any AWS call', () => {
  const entry = (fields: string) =>
    `- { name: checkout, namespace: Orders, metric-name: Failed, dimensions: { Version: "{version}" }, statistic: Sum, direction: higher-is-worse${fields} }`;
  it.each([
    [
      entry(', max: 5, colour: red'),
      'entry 1 ("checkout": unknown key "colour"; known: name, namespace, metric-name, dimensions, statistic, expression, direction, max, min, compare, rate-of)',
    ],
    [entry(', min: 5'), 'entry 1 ("checkout": min 5 on a higher-is-worse metric (its limit is max))'],
    [
      entry(', max: 5').replace('higher-is-worse', 'lower-is-worse'),
      'entry 1 ("checkout": max 5 on a lower-is-worse metric (its limit is min))',
    ],
    [entry(''), 'entry 1 ("checkout": nothing to judge: give max, compare: true, or both)'],
    [
      entry(', compare: true'),
      'entry 1 ("checkout": compare: true on a Sum compares versions that serve different shares of the traffic: add rate-of: Invocations, or use Average, pNN, Maximum or Minimum)',
    ],
    [
      entry(', max: 5, rate-of: Invocations'),
      'entry 1 ("checkout": rate-of only changes how compare: true judges: add compare: true)',
    ],
    [entry(', max: 5, rate-of: Errors'), 'entry 1 ("checkout": rate-of "Errors" is not Invocations)'],
    [entry(', max: five'), 'entry 1 ("checkout": max "five" is not a number)'],
    [
      entry(', max: 5').replace('statistic: Sum', 'statistic: Median'),
      'entry 1 ("checkout": statistic "Median" is not Sum, Average, Maximum, Minimum, SampleCount or pNN such as p99)',
    ],
    [
      entry(', max: 5').replace('direction: higher-is-worse', 'direction: up'),
      'entry 1 ("checkout": direction "up" is not higher-is-worse or lower-is-worse)',
    ],
    [
      entry(', max: 5').replace('namespace: Orders, ', ''),
      'entry 1 ("checkout": namespace is missing (or give expression instead))',
    ],
    [
      entry(', max: 5').replace('checkout', 'bad name!'),
      'entry 1 (name "bad name!" is not 1-64 letters, digits, dots, dashes or underscores)',
    ],
    [
      entry(', max: 5, expression: "m1"'),
      'entry 1 ("checkout": expression replaces namespace, metric-name, dimensions and statistic (also given: namespace, metric-name, dimensions, statistic))',
    ],
    [`${entry(', max: 5')}\n${entry(', max: 6')}`, 'entry 2 ("checkout": the name is given twice)'],
    [
      '- { name: api-5xx, namespace: AWS/ApiGateway, metric-name: 5XXError, statistic: Sum, direction: higher-is-worse, max: 3, compare: true, rate-of: Invocations }',
      'entry 1 ("api-5xx": rate-of needs "{version}" in the dimensions or expression: a metric of the whole service has no one version\'s invocations to divide by (judge it with max, or compare: true with its own values before the first shift))',
    ],
    [
      '- { name: api-5xx, namespace: AWS/ApiGateway, metric-name: 5XXError, dimensions: { ApiName: "{function}" }, statistic: Sum, direction: higher-is-worse, max: 3 }',
      'entry 1 ("api-5xx": "{function}" needs "{version}" beside it: a metric read once for the whole service has no one function to name)',
    ],
    ['- checkout', 'entry 1 (not an object with name, direction and a metric or expression)'],
    ['{ name: checkout }', '"{ name: checkout }" (not a list of metric entries)'],
    ['bad.yaml', 'file "bad.yaml" (not valid YAML or JSON (a key given twice counts as invalid))'],
    ['missing.yaml', 'file "missing.yaml" (not found)'],
  ])('%s', (value, subject) => {
    expectConfigError(() => read(value), 'metrics', `Invalid input metrics: ${subject}. ${EXPECTED}`);
  });

  it('says how to quote {version} when YAML read it as an object', () => {
    const value =
      '- name: checkout\n  namespace: Orders\n  metric-name: Failed\n  dimensions:\n    Version: {version}\n  statistic: Sum\n  direction: higher-is-worse\n  max: 1';
    expectConfigError(
      () => read(value),
      'metrics',
      `Invalid input metrics: entry 1 ("checkout": dimension Version reads as an object: quote "{version}" in YAML). ${EXPECTED}`,
    );
  });

  it(`refuses more than ${MAX_METRIC_QUERIES} queries a poll`, () => {
    const many = Array.from({ length: MAX_METRIC_QUERIES / 2 + 1 }, (_, i) =>
      entry(', max: 5').replace('checkout', `m${i}`),
    ).join('\n');
    expectConfigError(
      () => read(many),
      'metrics',
      `Invalid input metrics: "51 entries" (102 queries a poll (two for each metric with {version}, one for each other), over the ${MAX_METRIC_QUERIES} that fit in one GetMetricData call beside Lambda's own). ${EXPECTED}`,
    );
  });
});
