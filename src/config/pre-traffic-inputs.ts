/**
 * The input-table entries (see inputs.ts) of the pre-traffic gate and the hooks: events sent to the
 * new version before any traffic shifts, and hook functions asked before and after it does.
 */
import type { InputSpec } from './input-spec.js';
import { parseHookFunction } from './parsers.js';
import { parsePreTrafficPayloads } from './pre-traffic-payloads.js';

export const PRE_TRAFFIC_INPUTS = {
  'pre-traffic-payloads': {
    description:
      'Events sent to the new version (invoked directly, 0% of traffic) before the alias moves: YAML or JSON text, a YAML/JSON file, or a folder of `*.json` events. Each entry: `{ name, payload, expect: { error, body, max-duration-ms } }`; any failed expectation fails the run before any traffic shifts.',
    accepted:
      'a list of { name, payload, expect } entries as YAML or JSON text, the path of a YAML or JSON file, or the path of a folder of *.json events',
    kind: 'value',
    secret: false,
    parse: (raw, { files }) => parsePreTrafficPayloads(raw, files),
  },
  'pre-traffic-hook': {
    description:
      'Lambda function (name or ARN) invoked with `{ "functionName", "version", "alias" }` for each new version before the alias moves; it must return `{ "status": "Succeeded" }`.',
    accepted: 'a Lambda function name or ARN, optionally with :version or :alias, such as orders-smoke-test',
    kind: 'value',
    secret: false,
    parse: parseHookFunction,
  },
  'post-traffic-hook': {
    description:
      'Lambda function (name or ARN) invoked like `pre-traffic-hook` after promotion; anything but `{ "status": "Succeeded" }` fails the run and rolls the aliases back.',
    accepted: 'a Lambda function name or ARN, optionally with :version or :alias, such as orders-smoke-test',
    kind: 'value',
    secret: false,
    parse: parseHookFunction,
  },
} as const satisfies Record<string, InputSpec<unknown>>;
