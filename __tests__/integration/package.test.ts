/**
 * The npm package as a user gets it: `npm pack`, installed from the tarball into an empty folder,
 * and run there through npx, with no access to this repository's node_modules or templates.
 * - `--version` and `--help` answer;
 * - a canary of templates/sample-app.yaml (taken from the installed package) on the emulator
 *   passes, with the monitoring stack rendered from the package's own templates/;
 * - a dry run of the next version, with credentials from an OIDC token file and a role as the
 *   CI plugins give them, creates change sets and leaves the alias where it was.
 * The CLI bundle (ncc) carries its dependencies, so the install needs no registry.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GetAliasCommand } from '@aws-sdk/client-lambda';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { AwsClients } from '../../src/aws/clients.js';
import { createAwsClients, destroyAwsClients } from '../../src/aws/clients.js';
import { resetEmulator } from '../helpers/emulator.js';

const BUCKET = 'package-code';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** The emulator's access keys, as a job with stored keys has them. */
const keys = (): NodeJS.ProcessEnv => ({
  AWS_ACCESS_KEY_ID: process.env['AWS_ACCESS_KEY_ID'],
  AWS_SECRET_ACCESS_KEY: process.env['AWS_SECRET_ACCESS_KEY'],
});

interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

describe('the packed npm package', () => {
  let work: string;
  let project: string;
  let aws: AwsClients;

  /** `npx stack-canary ...` in the project the tarball was installed into, offline. */
  const cli = (args: readonly string[], credentials: NodeJS.ProcessEnv = keys()): CliRun => {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env['PATH'],
      HOME: work,
      npm_config_offline: 'true',
      AWS_ENDPOINT_URL: process.env['AWS_ENDPOINT_URL'],
      AWS_REGION: process.env['AWS_REGION'],
      ...credentials,
    };
    const run = spawnSync(npx, ['--no-install', 'stack-canary', ...args], {
      cwd: project,
      env,
      encoding: 'utf8',
      timeout: 120_000,
    });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  };

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'stack-canary-package-'));
    const quiet = ['--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'];
    execFileSync(npm, ['pack', '--pack-destination', work, ...quiet], {
      cwd: process.cwd(),
      stdio: 'ignore',
    });
    const tarball = readdirSync(work).find((file) => file.endsWith('.tgz'));
    if (!tarball) throw new Error('npm pack made no tarball');
    project = join(work, 'project');
    execFileSync('mkdir', [project]);
    writeFileSync(join(project, 'package.json'), '{ "private": true }\n');
    execFileSync(npm, ['install', '--offline', ...quiet, join(work, tarball)], {
      cwd: project,
      stdio: 'ignore',
    });

    await resetEmulator();
    aws = await createAwsClients({ region: undefined });
    await aws.s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
    for (const key of ['v1.zip', 'v2.zip']) {
      await aws.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: `code of ${key}` }));
    }
  }, 120_000);
  afterAll(() => {
    destroyAwsClients(aws);
    rmSync(work, { recursive: true, force: true });
  });

  it('installs on its own: the bin, the bundle and the templates, and nothing from the registry', () => {
    const installed = join(project, 'node_modules');
    expect(readdirSync(installed).filter((entry) => !entry.startsWith('.'))).toEqual(['stack-canary']);
    const files = readdirSync(join(installed, 'stack-canary'));
    expect(files).toEqual(
      expect.arrayContaining(['LICENSE', 'README.md', 'dist', 'templates', 'package.json']),
    );
    expect(readFileSync(join(installed, 'stack-canary', 'LICENSE'), 'utf8')).toContain('MIT License');
  });

  it('answers --version and --help', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const version = cli(['--version']);
    expect(version).toMatchObject({ status: 0, stdout: `${pkg.version}\n` });
    const help = cli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: stack-canary');
    expect(help.stdout).toContain('--max-error-rate <value>    [env STACK_CANARY_MAX_ERROR_RATE]');
  });

  it('runs a canary with its monitoring stack, then a dry run of the next version that changes nothing', async () => {
    const template = join(project, 'node_modules', 'stack-canary', 'templates', 'sample-app.yaml');
    const common = [
      '--stack-name=package-orders',
      `--template=${template}`,
      '--alias=live',
      '--notification-email=ops@example.com',
      '--interval=1s',
      '--synthetic-payload={"rawPath":"/orders"}',
      '--synthetic-rate=1200/m',
      '--max-error-rate=50%',
      '--min-invocations=5',
    ];
    const params = (key: string) => `--parameter-overrides=CodeBucket=${BUCKET}\nCodeKey=${key}`;

    // GIVEN a first deploy of v1 from the installed package, judged on synthetic traffic
    const first = cli([...common, params('v1.zip'), '--strategy=canary 10% 3s']);
    expect({ status: first.status, stderr: first.stderr }).toMatchObject({ status: 0 });
    const report = JSON.parse(first.stdout) as { verdict: string; versions: Record<string, unknown> };
    expect(report.verdict).toBe('pass');
    // The monitoring stack came from the package's templates/, beside its dist/.
    expect(first.stderr).toContain('Monitoring stack package-orders-monitoring');
    const [functionName] = Object.keys(report.versions);
    if (functionName === undefined) throw new Error('the report names no function');
    const alias = () => aws.lambda.send(new GetAliasCommand({ FunctionName: functionName, Name: 'live' }));
    expect((await alias()).FunctionVersion).toBe('1');

    // WHEN v2 is dry-run, with credentials as the CI plugins get them: an OIDC token in a file and
    // a role, which the SDK inside the bundle exchanges (sts:AssumeRoleWithWebIdentity)
    const token = join(work, 'web-identity-token');
    writeFileSync(token, 'eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJzdHMuYW1hem9uYXdzLmNvbSJ9.c2lnbmF0dXJl');
    const dry = cli([...common, params('v2.zip'), '--dry-run'], {
      AWS_WEB_IDENTITY_TOKEN_FILE: token,
      AWS_ROLE_ARN: 'arn:aws:iam::123456789012:role/stack-canary-deployer',
      AWS_ROLE_SESSION_NAME: 'package-test',
    });

    // THEN it ends skipped with exit 0, and the alias is still on v1 with no routing
    expect({ status: dry.status, stderr: dry.stderr }).toMatchObject({ status: 0 });
    expect(JSON.parse(dry.stdout)).toMatchObject({ verdict: 'skipped' });
    expect(dry.stderr).toContain('Dry run: change set deleted, stack package-orders left untouched.');
    expect(dry.stderr).toMatch(/Creating UPDATE change set \S+ for stack package-orders-monitoring/);
    const after = await alias();
    expect(after.FunctionVersion).toBe('1');
    expect(after.RoutingConfig?.AdditionalVersionWeights ?? {}).toEqual({});
  });
});
