// The AWS API contracts the test harness checks requests against: the botocore service models
// (service-2.json.gz, the newest API version of each service) that the emulator's virtualenv
// installs, indexed for the request decoders.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The services stack-canary, its guard, its tests and the demo call (botocore's directory names);
 * STS for the SDK's web-identity credentials.
 */
export const SERVICES = [
  'autoscaling',
  'cloudformation',
  'cloudwatch',
  'dynamodb',
  'events',
  'lambda',
  'logs',
  's3',
  'secretsmanager',
  'sns',
  'sts',
];

/** botocore/data in the emulator's virtualenv (installed by scripts/emulator.mjs). */
export function botocoreDataDir(venv = join(root, '.emulator', 'venv')) {
  const lib = join(venv, 'lib');
  const python = existsSync(lib) ? readdirSync(lib).find((d) => d.startsWith('python')) : undefined;
  const dir = python && join(lib, python, 'site-packages', 'botocore', 'data');
  if (!dir || !existsSync(dir))
    throw new Error(`No botocore models under ${venv}: run node scripts/emulator.mjs install`);
  return dir;
}

function readModel(dir) {
  const gz = join(dir, 'service-2.json.gz');
  if (existsSync(gz)) return JSON.parse(gunzipSync(readFileSync(gz)).toString('utf8'));
  return JSON.parse(readFileSync(join(dir, 'service-2.json'), 'utf8'));
}

/**
 * One service's model: its operations, its shapes, and how its requests are recognised
 * (signing name, JSON target prefix, query API version).
 */
export function loadService(dataDir, name) {
  const versions = readdirSync(join(dataDir, name))
    .filter(
      (v) =>
        existsSync(join(dataDir, name, v, 'service-2.json.gz')) ||
        existsSync(join(dataDir, name, v, 'service-2.json')),
    )
    .sort();
  const version = versions.at(-1);
  if (!version) throw new Error(`botocore has no model for ${name}`);
  const model = readModel(join(dataDir, name, version));
  const { metadata } = model;
  return {
    name,
    apiVersion: metadata.apiVersion,
    signingName: metadata.signingName ?? metadata.endpointPrefix,
    targetPrefix: metadata.targetPrefix,
    protocols: metadata.protocols ?? [metadata.protocol],
    operations: model.operations,
    shapes: model.shapes,
  };
}

/** Every service in SERVICES, with lookups by signing name, target prefix and query version. */
export function loadModels(dataDir = botocoreDataDir()) {
  const services = SERVICES.map((name) => loadService(dataDir, name));
  return {
    services,
    bySigningName: new Map(services.map((s) => [s.signingName, s])),
    byTargetPrefix: new Map(services.filter((s) => s.targetPrefix).map((s) => [s.targetPrefix, s])),
    byApiVersion: new Map(
      services.filter((s) => s.protocols.includes('query')).map((s) => [s.apiVersion, s]),
    ),
  };
}
