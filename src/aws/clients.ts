/**
 * The only place that builds AWS clients. The SDK is imported lazily, after the config is
 * validated, so rejecting a bad input neither loads the SDK nor touches the network.
 *
 * The endpoint follows the SDK's own convention (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_<SERVICE>):
 * that is how tests and the demo reach the local emulator.
 *
 * Every request is bounded: a connection timeout, a request timeout (until the answer's headers)
 * that throws instead of warning, and the same bound on an idle socket while a body streams in.
 * A timed-out attempt is retried like any transient error, at most `maxAttempts` times in all, so
 * one call ends within maxAttempts × (connection + request timeout) plus the SDK's back-off
 * (at most 20 s between attempts). An endpoint that accepts a connection and never answers ends the
 * run with the SDK's own "exceeded the configured … requestTimeout" reason instead of a hang.
 *
 * The SDK reads no proxy variable by itself: a proxy (the http-proxy input, else HTTPS_PROXY, then
 * HTTP_PROXY, unless NO_PROXY covers the endpoint) is given to every client as its agent, which
 * tunnels each connection through the proxy with CONNECT.
 */
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { S3Client } from '@aws-sdk/client-s3';
import type { SNSClient } from '@aws-sdk/client-sns';
import { durationMsOf } from '../config/units.js';
import { ConfigError } from '../errors.js';
import { VERSION } from '../version.js';
import { sdk } from './sdk.js';
import { MINUTE_MS } from '../util/time.js';

export interface AwsClients {
  readonly region: string;
  readonly cloudFormation: CloudFormationClient;
  readonly lambda: LambdaClient;
  /**
   * The synthetic traffic's own Lambda client. The SDK's retry quota is per client: hundreds of
   * invocations a minute meeting throttles or timeouts would spend it, and the alias updates
   * (promotion, rollback) would then get no retry at all.
   */
  readonly syntheticLambda?: LambdaClient;
  readonly cloudWatch: CloudWatchClient;
  readonly logs: CloudWatchLogsClient;
  readonly sns: SNSClient;
  readonly s3: S3Client;
}

export interface ClientSettings {
  /** From the `region` input; falls back to AWS_REGION, then AWS_DEFAULT_REGION. */
  region: string | undefined;
  maxAttempts?: number;
  /** Overrides of the request bounds (tests); otherwise read from the environment, then defaults. */
  timeouts?: Partial<RequestTimeouts>;
  /** The http-proxy input; without it, the environment's proxy variables (see resolveProxy). */
  proxy?: string | undefined;
}

export interface RequestTimeouts {
  /** Until the TCP connection is established. */
  readonly connectionMs: number;
  /** Until the answer's headers arrive; also the longest a socket may stay idle while a body streams. */
  readonly requestMs: number;
}

export const DEFAULT_TIMEOUTS: RequestTimeouts = { connectionMs: 5_000, requestMs: 30_000 };
export const DEFAULT_MAX_ATTEMPTS = 6;
/** Environment variables that tighten or relax the bounds (a duration such as `10s` or `0.5s`). */
export const TIMEOUT_ENV = {
  connectionMs: 'STACK_CANARY_CONNECTION_TIMEOUT',
  requestMs: 'STACK_CANARY_REQUEST_TIMEOUT',
} as const;
const MAX_TIMEOUT_MS = 15 * MINUTE_MS;

/** The bounds every request gets: explicit settings, then the environment, then the defaults. */
export function resolveTimeouts(
  settings: Partial<RequestTimeouts> = {},
  env: NodeJS.ProcessEnv = process.env,
): RequestTimeouts {
  const pick = (key: keyof RequestTimeouts): number => {
    const explicit = settings[key];
    if (explicit !== undefined) return explicit;
    const name = TIMEOUT_ENV[key];
    const text = env[name];
    if (text === undefined || text.trim() === '') return DEFAULT_TIMEOUTS[key];
    const ms = durationMsOf(text);
    if (ms === null || ms < 100 || ms > MAX_TIMEOUT_MS) {
      throw new ConfigError(
        name,
        `Environment variable ${name} is "${text.slice(0, 40)}". Accepted: a duration from 0.1s to 15m, such as 10s or 1m.`,
      );
    }
    return ms;
  };
  return { connectionMs: pick('connectionMs'), requestMs: pick('requestMs') };
}

/** The NodeHttpHandler options of every client (passed as options, so the handler loads with the SDK). */
export function requestHandlerOptions(timeouts: RequestTimeouts) {
  return {
    connectionTimeout: timeouts.connectionMs,
    requestTimeout: timeouts.requestMs,
    // Without it the SDK only logs a warning when requestTimeout passes, and keeps waiting.
    throwOnRequestTimeout: true,
    socketTimeout: timeouts.requestMs,
  } as const;
}

/** The proxy variables read, in this order (the upper-case name first, as curl does). */
export const PROXY_ENV = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'] as const;

/**
 * The proxy of every AWS call: the http-proxy input; else the first proxy variable set, unless
 * NO_PROXY (or no_proxy) covers the endpoint's host (AWS_ENDPOINT_URL's, else amazonaws.com's).
 */
export function resolveProxy(
  input: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (input) return input;
  const fromEnv = PROXY_ENV.map((name) => env[name]).find(
    (value) => value !== undefined && value.trim() !== '',
  );
  if (fromEnv === undefined) return undefined;
  const endpoint = env['AWS_ENDPOINT_URL'];
  const host = endpoint && URL.canParse(endpoint) ? new URL(endpoint).hostname : 'service.amazonaws.com';
  return noProxyCovers(env['NO_PROXY'] ?? env['no_proxy'] ?? '', host) ? undefined : fromEnv.trim();
}

/** NO_PROXY's entries: `*`, a host, or a domain (`.example.com`, `example.com`, `*.example.com`); ports ignored. */
export function noProxyCovers(noProxy: string, host: string): boolean {
  const name = host.replace(/^\[|\]$/g, '').toLowerCase();
  return noProxy
    .split(/[\s,]+/)
    .map((entry) => entry.trim().toLowerCase())
    .filter((entry) => entry !== '')
    .some((entry) => {
      if (entry === '*') return true;
      const domain = entry
        .replace(/^\*?\.?/, '')
        .replace(/:\d+$/, '')
        .replace(/^\[|\]$/g, '');
      return name === domain || name.endsWith(`.${domain}`);
    });
}

/**
 * The request handler options of every client, with the proxy's agent when there is one (its
 * package is loaded only then). One agent for HTTP and HTTPS endpoints: it tunnels both.
 */
export async function requestHandlerWithProxy(settings: ClientSettings) {
  const handler = requestHandlerOptions(resolveTimeouts(settings.timeouts));
  const proxy = resolveProxy(settings.proxy);
  if (proxy === undefined) return handler;
  const { HttpsProxyAgent } = await import('https-proxy-agent');
  const agent = new HttpsProxyAgent(proxy, { keepAlive: true, maxSockets: 50 });
  return { ...handler, httpAgent: agent, httpsAgent: agent };
}

export const USER_AGENT = `stack-canary/${VERSION}`;

/** How many clients this process has built: lets a test prove bad input built none. */
let constructed = 0;
export function clientsConstructed(): number {
  return constructed;
}

export function resolveRegion(region: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const resolved = region || env['AWS_REGION'] || env['AWS_DEFAULT_REGION'];
  if (!resolved) {
    throw new ConfigError(
      'region',
      'Input region is empty and neither AWS_REGION nor AWS_DEFAULT_REGION is set. Accepted: an AWS region such as eu-west-1.',
    );
  }
  return resolved;
}

/** The settings every client gets (the full set here, and the post step's Lambda-only client). */
export function clientOptions(settings: ClientSettings) {
  const timeouts = resolveTimeouts(settings.timeouts);
  return {
    region: resolveRegion(settings.region),
    // Standard, not adaptive: adaptive mode's client-side rate limiter is shared by every call of a
    // client, so throttled synthetic Invokes held back the run's own alias changes and polls (under
    // 30% throttling: a 6 s hold took 24 s and 90% of the synthetic traffic never went out).
    retryMode: 'standard',
    maxAttempts: settings.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    customUserAgent: USER_AGENT,
    requestHandler: requestHandlerOptions(timeouts),
  } as const;
}

export async function createAwsClients(settings: ClientSettings): Promise<AwsClients> {
  const common = { ...clientOptions(settings), requestHandler: await requestHandlerWithProxy(settings) };
  const region = common.region;
  const [cfn, lambda, cw, logs, sns, s3] = await Promise.all([
    sdk.cloudFormation(),
    sdk.lambda(),
    sdk.cloudWatch(),
    sdk.cloudWatchLogs(),
    sdk.sns(),
    sdk.s3(),
  ]);
  constructed += 7;
  return {
    region,
    cloudFormation: new cfn.CloudFormationClient(common),
    lambda: new lambda.LambdaClient(common),
    syntheticLambda: new lambda.LambdaClient(common),
    cloudWatch: new cw.CloudWatchClient(common),
    logs: new logs.CloudWatchLogsClient(common),
    sns: new sns.SNSClient(common),
    // Path-style keeps bucket names out of the host, which local emulators need.
    s3: new s3.S3Client({ ...common, forcePathStyle: Boolean(process.env['AWS_ENDPOINT_URL']) }),
  };
}

export function destroyAwsClients(clients: AwsClients): void {
  for (const client of [
    clients.cloudFormation,
    clients.lambda,
    ...(clients.syntheticLambda ? [clients.syntheticLambda] : []),
    clients.cloudWatch,
    clients.logs,
    clients.sns,
    clients.s3,
  ]) {
    client.destroy();
  }
}

/**
 * The clients of a run, one set per region, each built once when first asked for (a release in
 * waves asks for several; a single run for one, `undefined` being the environment's region).
 */
export class ClientPool {
  private readonly built = new Map<string, Promise<AwsClients>>();

  constructor(private readonly proxy: string | undefined) {}

  get(region: string | undefined): Promise<AwsClients> {
    const key = region ?? '';
    const known = this.built.get(key);
    if (known) return known;
    const made = createAwsClients({ region, proxy: this.proxy });
    this.built.set(key, made);
    return made;
  }

  /** Destroys every set built (one that failed to build is skipped). */
  async destroy(): Promise<void> {
    for (const pending of this.built.values()) {
      const clients = await pending.catch(() => undefined);
      if (clients) destroyAwsClients(clients);
    }
  }
}
