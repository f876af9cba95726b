import { describe, expect, it } from '@jest/globals';
import { ClientPool, clientsConstructed } from '../../../src/aws/clients.js';

describe('the client pool of a run', () => {
  it('GIVEN regions asked for, one twice WHEN the run gets its clients THEN each region has one set, in its own region, built once', async () => {
    const pool = new ClientPool(undefined);
    const before = clientsConstructed();
    const east = await pool.get('us-east-1');
    const west = await pool.get('eu-west-1');
    expect(await pool.get('us-east-1')).toBe(east);
    expect([east.region, west.region]).toEqual(['us-east-1', 'eu-west-1']);
    expect(await east.lambda.config.region()).toBe('us-east-1');
    expect(await west.cloudWatch.config.region()).toBe('eu-west-1');
    // Seven clients a region (the synthetic traffic's Lambda client included).
    expect(clientsConstructed() - before).toBe(14);
    await pool.destroy();
  });

  it('GIVEN nothing asked for WHEN the run ends THEN no client was built', async () => {
    const before = clientsConstructed();
    await new ClientPool(undefined).destroy();
    expect(clientsConstructed()).toBe(before);
  });
});
