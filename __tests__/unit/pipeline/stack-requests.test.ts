/**
 * What the run asks of the stack part: the app stack's own options (termination protection,
 * event topics) reach its DeployRequest only, and timeout-in-minutes bounds every stack
 * operation (both deploys and a rollback: stack restore).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createAwsClients } from '../../../src/aws/clients.js';
import { MemoryLogger } from '../../helpers/memory-logger.js';
import type { PipelineParts } from '../../../src/pipeline/parts.js';
import { runPipeline } from '../../../src/pipeline/run.js';
import type { RunDeps } from '../../../src/pipeline/types.js';
import { MemoryStateStore } from '../../../src/state.js';
import { FakeClock } from '../../helpers/fake-clock.js';
import { LambdaModel } from '../../helpers/lambda-mock.js';
import { harness, MINUTE, testConfig } from '../../helpers/pipeline-fakes.js';

const TOPICS = ['arn:aws:sns:eu-west-1:123456789012:stack-events', 'arn:aws:sns:eu-west-1:123456789012:ops'];

let model: LambdaModel;
beforeEach(() => {
  model = new LambdaModel();
  model.addFunction('fn-a', { sha: 'fn-a-sha-1', published: ['fn-a-sha-1'] });
  model.setAlias('fn-a', 'live', '1');
});
afterEach(() => model.restore());

function deps(): RunDeps {
  return {
    logger: new MemoryLogger(),
    clock: new FakeClock(Date.UTC(2026, 0, 1)),
    state: new MemoryStateStore(),
    clients: () => createAwsClients({ region: 'eu-west-1' }),
  };
}

describe('stack requests', () => {
  it('gives the app stack its termination protection, event topics and timeout; the monitoring stack only the timeout', async () => {
    // GIVEN termination protection, two event topics and a 15-minute timeout
    const h = harness(model, { functions: ['fn-a'] });
    const config = testConfig({
      terminationProtection: true,
      notificationArns: TOPICS,
      stackTimeoutMs: 15 * MINUTE,
    });
    // WHEN the run deploys both stacks
    await runPipeline(config, deps(), h.parts);
    // THEN
    const [monitoring, app] = h.stack.deploys;
    expect(h.stack.deploys.map((r) => r.stackName)).toEqual(['orders-monitoring', 'orders']);
    expect(app).toMatchObject({
      terminationProtection: true,
      notificationArns: TOPICS,
      timeoutMs: 15 * MINUTE,
    });
    expect(monitoring).toMatchObject({
      terminationProtection: false,
      notificationArns: [],
      timeoutMs: 15 * MINUTE,
    });
  });

  it('asks for neither protection nor topics by default, and waits 60 minutes', async () => {
    const h = harness(model, { functions: ['fn-a'] });
    await runPipeline(testConfig(), deps(), h.parts);
    for (const request of h.stack.deploys) {
      expect(request).toMatchObject({
        terminationProtection: false,
        notificationArns: [],
        timeoutMs: 60 * MINUTE,
      });
    }
    expect(h.stack.deploys).toHaveLength(2);
  });

  it('bounds a rollback: stack restore by the same timeout', async () => {
    // GIVEN a canary that fails, with rollback: stack and a 5-minute timeout
    const h = harness(model, {
      functions: ['fn-a'],
      script: (_fn, input) => (input.step.elapsedMs >= MINUTE ? 'fail' : 'continue'),
    });
    const config = testConfig({ rollback: 'stack', stackTimeoutMs: 5 * MINUTE, s3Bucket: 'my-templates' });
    // WHEN
    const result = await runPipeline(config, deps(), h.parts);
    // THEN the restore gets the run's bucket, capabilities and timeout
    expect(result.verdict).toBe('fail');
    expect(h.stack.restoreOptions).toEqual([
      { s3Bucket: 'my-templates', capabilities: ['CAPABILITY_IAM'], timeoutMs: 5 * MINUTE },
    ]);
  });

  it('reads the app template once, with the S3 client at hand, and deploys that very body', async () => {
    // GIVEN a stack part that counts its template reads
    const h = harness(model, { functions: ['fn-a'] });
    const reads: unknown[] = [];
    const parts: PipelineParts = {
      ...h.parts,
      stack: {
        ...h.parts.stack,
        readTemplate: async (_source, clients) => {
          reads.push(clients.s3);
          return 'Resources: {} # the body read once';
        },
      },
    };
    // WHEN
    await runPipeline(testConfig(), deps(), parts);
    // THEN
    expect(reads).toHaveLength(1);
    expect(reads[0]).toBeDefined();
    const app = h.stack.deploys.find((r) => r.stackName === 'orders');
    expect(app?.templateBody).toBe('Resources: {} # the body read once');
  });
});
