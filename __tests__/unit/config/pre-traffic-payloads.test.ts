/** pre-traffic-payloads and the hook inputs: every form they accept, and the exact line for each bad entry. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { parseConfig } from '../../../src/config/parse.js';
import { expectConfigError, fixtureDir, inputs } from '../../helpers/config.js';

const EXPECTED =
  'Expected a list of { name, payload, expect } entries as YAML or JSON text, the path of a YAML or JSON file, or the path of a folder of *.json events.';
const HOOK_EXPECTED =
  'Expected a Lambda function name or ARN, optionally with :version or :alias, such as orders-smoke-test.';

const fixture = fixtureDir({
  'gate.yaml':
    '- name: get order\n  payload: { rawPath: /orders/1 }\n  expect: { body: { statusCode: 200 } }\n',
  events: null,
  'events/b-list.json': '{"rawPath":"/orders"}',
  'events/a-get.json': '{"rawPath":"/orders/1"}',
  'events/notes.txt': 'not an event',
  empty: null,
  'events-bad': null,
  'events-bad/x.json': '{"a":1,"a":2}',
});
afterAll(() => fixture.remove());

const read = (value: string, more: Record<string, string> = {}) =>
  parseConfig(inputs({ functions: 'orders', 'pre-traffic-payloads': value, ...more }), {
    cwd: fixture.dir,
    env: { AWS_REGION: 'eu-west-1' },
  });

describe('pre-traffic-payloads: accepted forms', () => {
  it('is empty by default, with no hooks', () => {
    expect(read('').preTraffic).toEqual({ payloads: [], hook: undefined, postHook: undefined });
  });

  it('reads JSON text: each payload as JSON text, the expectation with its parts', () => {
    const value = JSON.stringify([
      {
        name: 'get order',
        payload: { rawPath: '/orders/1' },
        expect: { error: false, body: { statusCode: 200, 'body.id': '1' }, 'max-duration-ms': 1000 },
      },
      { name: 'ping', payload: 'ping' },
    ]);
    expect(read(value).preTraffic.payloads).toEqual([
      {
        name: 'get order',
        payload: '{"rawPath":"/orders/1"}',
        expect: { error: false, body: { statusCode: 200, 'body.id': '1' }, maxDurationMs: 1000 },
      },
      { name: 'ping', payload: '"ping"', expect: undefined },
    ]);
  });

  it('reads YAML text and a YAML file alike', () => {
    const yaml =
      '- name: get order\n  payload: { rawPath: /orders/1 }\n  expect: { body: { statusCode: 200 } }';
    const fromText = read(yaml).preTraffic.payloads;
    expect(fromText).toEqual([
      { name: 'get order', payload: '{"rawPath":"/orders/1"}', expect: { body: { statusCode: 200 } } },
    ]);
    expect(read('gate.yaml').preTraffic.payloads).toEqual(fromText);
  });

  it('reads a folder: each *.json file is one event named after it, in name order, expecting no FunctionError', () => {
    expect(read('events').preTraffic.payloads).toEqual([
      { name: 'a-get', payload: '{"rawPath":"/orders/1"}', expect: undefined },
      { name: 'b-list', payload: '{"rawPath":"/orders"}', expect: undefined },
    ]);
  });

  it('reads the hooks as given, qualified or not', () => {
    const config = read('', {
      'pre-traffic-hook': 'orders-smoke:live',
      'post-traffic-hook': 'arn:aws:lambda:eu-west-1:123456789012:function:after',
    });
    expect([config.preTraffic.hook, config.preTraffic.postHook]).toEqual([
      'orders-smoke:live',
      'arn:aws:lambda:eu-west-1:123456789012:function:after',
    ]);
  });
});

describe('pre-traffic-payloads: bad entries are one line each, before any AWS call', () => {
  const bad = (value: string, subject: string): void =>
    expectConfigError(
      () => read(value),
      'pre-traffic-payloads',
      `Invalid input pre-traffic-payloads: ${subject}. ${EXPECTED}`,
    );

  it.each([
    [
      '[{"name":"a","payload":{},"expected":{}}]',
      'entry 1 (unknown key "expected"; known: name, payload, expect)',
    ],
    [
      '[{"name":"a","payload":{},"expect":{"status":200}}]',
      'entry 1 (unknown key "expect.status"; known: expect.error, expect.body, expect.max-duration-ms)',
    ],
    ['[{"name":"a","payload":{}},{"name":"a","payload":{}}]', 'entry 2 (name "a" is given twice)'],
    ['[{"payload":{}}]', 'entry 1 (name is not a non-empty text)'],
    ['[{"name":"a"}]', 'entry 1 (payload is missing)'],
    ['[{"name":"a","payload":{},"expect":{"error":"no"}}]', 'entry 1 (expect.error is not true or false)'],
    [
      '[{"name":"a","payload":{},"expect":{"body":"200"}}]',
      'entry 1 (expect.body is not an object of dotted paths and values)',
    ],
    [
      '[{"name":"a","payload":{},"expect":{"max-duration-ms":0}}]',
      'entry 1 (expect.max-duration-ms is not whole milliseconds from 1 to 900000)',
    ],
    [
      '[{"name":"a","payload":{},"expect":{"max-duration-ms":"1s"}}]',
      'entry 1 (expect.max-duration-ms is not whole milliseconds from 1 to 900000)',
    ],
    ['[1]', 'entry 1 (not an object with name and payload)'],
    ['{"name":"a","payload":{}}', '"{\\"name\\":\\"a\\",\\"payload\\":{}}" (not a list of entries)'],
    [
      '[{"name":"a","payload":{},"name":"b"}]',
      '"[{\\"name\\":\\"a\\",\\"payload\\":{},\\"name\\":\\"b\\"}]" (a key appears twice in one object)',
    ],
  ])('%s', (value, subject) => bad(value, subject));

  it('names a missing file, an empty folder and a bad event file', () => {
    bad('missing.yaml', 'file "missing.yaml" (not found)');
    bad('empty', 'file "empty" (a folder without *.json files)');
    bad('events-bad', `file "events-bad/x.json" (a key appears twice in one object)`);
  });

  it('refuses a hook that is not a function name or ARN', () => {
    expectConfigError(
      () => read('', { 'pre-traffic-hook': 'arn:aws:s3:::bucket' }),
      'pre-traffic-hook',
      `Invalid input pre-traffic-hook: "arn:aws:s3:::bucket". ${HOOK_EXPECTED}`,
    );
  });
});

describe('latency-anomaly-alarm', () => {
  it('is off by default and on with true', () => {
    expect(read('').latencyAnomalyAlarm).toBe(false);
    expect(read('', { 'latency-anomaly-alarm': 'true' }).latencyAnomalyAlarm).toBe(true);
  });
});
