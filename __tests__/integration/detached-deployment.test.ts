/**
 * github-token-secret: when the guard ends a detached canary, it reads the token from Secrets
 * Manager (the emulator's) and gives the run's GitHub deployment its final state (a local server
 * stands in for GitHub's API). The token is in the request's header and in no log entry.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CreateSecretCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import { clientOptions } from '../../src/aws/clients.js';
import { updatePlan } from '../../src/aws/plan-table.js';
import { tickPlans } from '../../src/detached/tick.js';
import { detachedSuite, givenDetachedCanary, PLAN_TABLE } from '../helpers/detached-fixture.js';

const TOKEN = 'ghs_detachedPlantedToken0123456789';
const MINUTE = 60_000;
const suite = detachedSuite();
let secrets: SecretsManagerClient;

/** GitHub's API as far as the guard uses it: what was asked, answered 201. */
interface Seen {
  readonly method: string | undefined;
  readonly url: string | undefined;
  readonly authorization: string | undefined;
  readonly body: string;
}
const seen: Seen[] = [];
const github = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
  request.on('end', () => {
    const { method, url, headers } = request;
    seen.push({ method, url, authorization: headers.authorization, body });
    response.writeHead(201, { 'Content-Type': 'application/json' }).end('{}');
  });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => github.listen(0, '127.0.0.1', resolve));
  secrets = new SecretsManagerClient(clientOptions({ region: undefined }));
});
afterAll(async () => {
  await new Promise((resolve) => github.close(resolve));
  secrets.destroy();
});

describe('the GitHub deployment of a detached canary', () => {
  it('GIVEN a deployment and github-token-secret WHEN the guard rolls the canary back THEN the deployment gets failure, with the token from the secret', async () => {
    const { ARN } = await secrets.send(
      new CreateSecretCommand({ Name: 'github-token', SecretString: TOKEN }),
    );
    const given = await givenDetachedCanary(suite.aws, suite.dynamo, {
      errorRates: { '1': 0.003, '2': 0.05 },
    });
    const deployment = {
      id: 42,
      repository: 'our-org/orders',
      apiUrl: `http://127.0.0.1:${(github.address() as AddressInfo).port}`,
      tokenSecretArn: ARN ?? '',
    };
    await updatePlan(suite.dynamo, PLAN_TABLE, 0, { ...given.plan, revision: 1, deployment });
    const entries: Record<string, unknown>[] = [];
    for (let minute = 1; minute <= 10; minute += 1) {
      const now = given.startedAt + minute * MINUTE;
      await given.traffic.settle(now);
      const { aws, dynamo } = suite;
      const clients = {
        dynamo,
        lambda: aws.lambda,
        cloudWatch: aws.cloudWatch,
        sns: aws.sns,
        secretsManager: secrets,
      };
      const result = await tickPlans({
        tableName: PLAN_TABLE,
        nowMs: now,
        clients,
        log: (e) => entries.push(e),
      });
      await given.traffic.serve(now);
      if (result.inFlight === 0) break;
    }
    expect(seen.map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /repos/our-org/orders/deployments/42/statuses',
    ]);
    expect(seen[0]?.authorization).toBe(`Bearer ${TOKEN}`);
    const body = JSON.parse(seen[0]?.body ?? '{}') as { state: string; description: string };
    expect(body.state).toBe('failure');
    expect(body.description).toMatch(/^rolled-back by the guard: step 1 \(10%\)/);
    expect(entries).toContainEqual(
      expect.objectContaining({ action: 'deployment', id: 42, state: 'failure' }),
    );
    expect(JSON.stringify(entries)).not.toContain(TOKEN);
  }, 120_000);
});
