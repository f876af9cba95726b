/** Alias reads and writes against aws-sdk-client-mock: RevisionId guards, conflicts, remote state as a value. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  CreateAliasCommand,
  DeleteAliasCommand,
  GetAliasCommand,
  LambdaClient,
  PreconditionFailedException,
  ResourceConflictException,
  ResourceNotFoundException,
  ServiceException,
  UpdateAliasCommand,
} from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import {
  AliasConflictError,
  createAlias,
  deleteAlias,
  getAlias,
  updateAlias,
} from '../../../src/traffic/alias.js';
import { runLeaseDescription } from '../../../src/traffic/lease.js';
import type { AliasState } from '../../../src/traffic/types.js';

const meta = { $metadata: {} };
const lambdaMock = mockClient(LambdaClient);
const lambda = new LambdaClient({ region: 'eu-west-1' });
const current: AliasState = {
  functionName: 'orders',
  alias: 'live',
  target: { version: '3', weights: {} },
  revisionId: 'r1',
};

beforeEach(() => {
  lambdaMock.reset();
});
afterEach(() => {
  lambdaMock.reset();
});

describe('getAlias', () => {
  it('returns the target and revision', async () => {
    lambdaMock.on(GetAliasCommand).resolves({
      FunctionVersion: '3',
      RoutingConfig: { AdditionalVersionWeights: { '4': 0.1 } },
      RevisionId: 'r9',
    });
    expect(await getAlias(lambda, 'orders', 'live')).toEqual({
      functionName: 'orders',
      alias: 'live',
      target: { version: '3', weights: { '4': 0.1 } },
      revisionId: 'r9',
    });
  });

  it('a missing alias is a normal answer: undefined', async () => {
    lambdaMock
      .on(GetAliasCommand)
      .rejects(new ResourceNotFoundException({ message: 'Cannot find alias', ...meta }));
    expect(await getAlias(lambda, 'orders', 'live')).toBeUndefined();
  });

  it('other errors propagate', async () => {
    lambdaMock.on(GetAliasCommand).rejects(new ServiceException({ message: 'down', ...meta }));
    await expect(getAlias(lambda, 'orders', 'live')).rejects.toThrow('down');
  });

  it('an answer without a version is an error, not an alias on "undefined"', async () => {
    lambdaMock.on(GetAliasCommand).resolves({ RevisionId: 'r1' });
    await expect(getAlias(lambda, 'orders', 'live')).rejects.toThrow('without a version');
  });
});

describe('updateAlias', () => {
  it('sends the revision it last saw and the weights as routing', async () => {
    lambdaMock.on(UpdateAliasCommand).resolves({
      FunctionVersion: '3',
      RoutingConfig: { AdditionalVersionWeights: { '4': 0.1 } },
      RevisionId: 'r2',
    });
    const after = await updateAlias(lambda, current, { version: '3', weights: { '4': 0.1 } });
    expect(lambdaMock).toHaveReceivedCommandWith(UpdateAliasCommand, {
      FunctionName: 'orders',
      Name: 'live',
      FunctionVersion: '3',
      RoutingConfig: { AdditionalVersionWeights: { '4': 0.1 } },
      RevisionId: 'r1',
    });
    expect(after.revisionId).toBe('r2');
  });

  it('clears routing with an empty weight map (promotion and rollback)', async () => {
    lambdaMock.on(UpdateAliasCommand).resolves({ FunctionVersion: '4', RevisionId: 'r2' });
    await updateAlias(lambda, current, { version: '4', weights: {} });
    expect(lambdaMock).toHaveReceivedCommandWith(UpdateAliasCommand, {
      RoutingConfig: { AdditionalVersionWeights: {} },
    });
  });

  it('refuses a weight outside (0, 1) before calling Lambda', async () => {
    await expect(updateAlias(lambda, current, { version: '3', weights: { '4': 1 } })).rejects.toThrow(
      'outside (0, 1)',
    );
    await expect(updateAlias(lambda, current, { version: '3', weights: { '4': 0 } })).rejects.toThrow(
      'outside (0, 1)',
    );
    expect(lambdaMock).toHaveReceivedCommandTimes(UpdateAliasCommand, 0);
  });

  it('a revision changed by someone else is reported, never overwritten', async () => {
    lambdaMock
      .on(UpdateAliasCommand)
      .rejects(new PreconditionFailedException({ message: 'revision mismatch', ...meta }));
    lambdaMock.on(GetAliasCommand).resolves({ FunctionVersion: '7', RevisionId: 'r5' });
    const attempt = updateAlias(lambda, current, { version: '3', weights: { '4': 0.1 } });
    await expect(attempt).rejects.toBeInstanceOf(AliasConflictError);
    await expect(updateAlias(lambda, current, { version: '3', weights: { '4': 0.1 } })).rejects.toThrow(
      'Alias live of orders was changed by someone else (now v7); stack-canary left it as they set it.',
    );
    expect(lambdaMock).toHaveReceivedCommandTimes(UpdateAliasCommand, 2);
  });

  it('a revision mismatch caused by our own request landing before an SDK retry counts as success', async () => {
    lambdaMock
      .on(UpdateAliasCommand)
      .rejects(new PreconditionFailedException({ message: 'revision mismatch', ...meta }));
    lambdaMock.on(GetAliasCommand).resolves({
      FunctionVersion: '3',
      RoutingConfig: { AdditionalVersionWeights: { '4': 0.1 } },
      RevisionId: 'r2',
    });
    const after = await updateAlias(lambda, current, { version: '3', weights: { '4': 0.1 } });
    expect(after).toEqual({ ...current, target: { version: '3', weights: { '4': 0.1 } }, revisionId: 'r2' });
  });

  it("a revision mismatch where the alias is at our target under another run's lease is a conflict", async () => {
    lambdaMock
      .on(UpdateAliasCommand)
      .rejects(new PreconditionFailedException({ message: 'revision mismatch', ...meta }));
    const theirs = runLeaseDescription({
      holder: { run: 'run 2', attempt: 1, instance: '0000000b' },
      version: '4',
      from: '3',
      untilMs: Date.UTC(2026, 0, 1),
    });
    lambdaMock.on(GetAliasCommand).resolves({
      FunctionVersion: '3',
      RoutingConfig: { AdditionalVersionWeights: { '4': 0.1 } },
      RevisionId: 'r9',
      Description: theirs,
    });
    const ours = theirs.replace('run 2', 'run 1');
    await expect(
      updateAlias(lambda, current, { version: '3', weights: { '4': 0.1 } }, ours),
    ).rejects.toBeInstanceOf(AliasConflictError);
    // Our own lease, landed before the SDK's retry: success.
    await expect(
      updateAlias(lambda, current, { version: '3', weights: { '4': 0.1 } }, theirs),
    ).resolves.toMatchObject({ revisionId: 'r9', description: theirs });
  });

  it('other errors propagate unchanged', async () => {
    lambdaMock.on(UpdateAliasCommand).rejects(new ServiceException({ message: 'internal', ...meta }));
    await expect(updateAlias(lambda, current, { version: '4', weights: {} })).rejects.toBeInstanceOf(
      ServiceException,
    );
  });
});

describe('createAlias', () => {
  it('creates the alias on the version, with routing only when there is some', async () => {
    lambdaMock.on(CreateAliasCommand).resolves({ FunctionVersion: '1', RevisionId: 'r1' });
    const state = await createAlias(lambda, 'orders', 'live', { version: '1', weights: {} });
    expect(state.target).toEqual({ version: '1', weights: {} });
    const input = lambdaMock.commandCalls(CreateAliasCommand)[0]?.args[0].input;
    expect(input?.RoutingConfig).toBeUndefined();
    expect(input?.FunctionVersion).toBe('1');
  });

  it('an alias someone created meanwhile is a conflict that says what it is', async () => {
    lambdaMock.on(CreateAliasCommand).rejects(new ResourceConflictException({ message: 'exists', ...meta }));
    lambdaMock.on(GetAliasCommand).resolves({ FunctionVersion: '9', RevisionId: 'r1' });
    await expect(createAlias(lambda, 'orders', 'live', { version: '1', weights: {} })).rejects.toThrow(
      '(now v9)',
    );
  });
});

describe('deleteAlias', () => {
  it('deletes the alias while it is as we left it', async () => {
    lambdaMock.on(GetAliasCommand).resolves({ FunctionVersion: '3', RevisionId: 'r1' });
    lambdaMock.on(DeleteAliasCommand).resolves({});
    await deleteAlias(lambda, current);
    expect(lambdaMock).toHaveReceivedCommandWith(DeleteAliasCommand, {
      FunctionName: 'orders',
      Name: 'live',
    });
  });

  it('does not delete an alias someone else changed', async () => {
    lambdaMock.on(GetAliasCommand).resolves({ FunctionVersion: '3', RevisionId: 'r7' });
    await expect(deleteAlias(lambda, current)).rejects.toBeInstanceOf(AliasConflictError);
    expect(lambdaMock).toHaveReceivedCommandTimes(DeleteAliasCommand, 0);
  });

  it('an alias already gone is done', async () => {
    lambdaMock.on(GetAliasCommand).rejects(new ResourceNotFoundException({ message: 'gone', ...meta }));
    await deleteAlias(lambda, current);
    expect(lambdaMock).toHaveReceivedCommandTimes(DeleteAliasCommand, 0);
  });
});
