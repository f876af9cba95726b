import { describe, expect, it } from '@jest/globals';
import {
  AliasBusyError,
  leaseDescription,
  readLease,
  RELEASED_DESCRIPTION,
} from '../../../src/traffic/lease.js';

const until = Date.UTC(2026, 0, 1, 12, 10);

describe('the alias lease', () => {
  it('reads back what it wrote', () => {
    const lease = { runId: 'https://github.com/o/r/actions/runs/42', version: '7', untilMs: until };
    const text = leaseDescription(lease);
    expect(text).toBe(
      'stack-canary: judging v7 until 2026-01-01T12:10:00.000Z for https://github.com/o/r/actions/runs/42',
    );
    expect(readLease(text)).toEqual(lease);
  });

  it("fits Lambda's 256-character Description, cutting the run's name", () => {
    const text = leaseDescription({ runId: 'x'.repeat(400), version: '12', untilMs: until });
    expect(text).toHaveLength(256);
    expect(readLease(text)?.version).toBe('12');
  });

  it.each([undefined, '', RELEASED_DESCRIPTION, 'stack-canary: judging v2 until never for run 1'])(
    'finds no lease in %p',
    (description) => {
      expect(readLease(description)).toBeUndefined();
    },
  );

  it('names the run that holds the alias, its version and its time', () => {
    const error = new AliasBusyError('orders-fn', 'live', { runId: 'run 1', version: '4', untilMs: until });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(
      'Alias live of orders-fn is being judged by another stack-canary run (run 1), on v4 until ' +
        '2026-01-01T12:10:00.000Z; this run stopped without changing anything. ' +
        'Run again once that run has ended (or serialize deploys of this stack with a concurrency group).',
    );
  });
});
