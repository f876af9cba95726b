/**
 * The premise the regions tests stand on: ONE emulator serves every region, each request going to
 * the region its signature names. The same stack name and the same metric in two regions, made
 * through the project's own clients (the real SDK over HTTP) against the same endpoint, stay apart.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CreateStackCommand, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { GetMetricDataCommand, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import type { AwsClients } from '../../src/aws/clients.js';
import { createAwsClients, destroyAwsClients } from '../../src/aws/clients.js';
import { resetEmulator } from '../helpers/emulator.js';

const REGIONS = ['us-east-1', 'eu-west-1'] as const;
const STACK = 'orders-api';
const TEMPLATE = JSON.stringify({
  Parameters: { Label: { Type: 'String' } },
  Resources: { Topic: { Type: 'AWS::SNS::Topic', Properties: { DisplayName: { Ref: 'Label' } } } },
});
const NAMESPACE = 'StackCanary/RegionsPremise';

describe('one emulator, several regions', () => {
  const clients = new Map<string, AwsClients>();
  beforeAll(async () => {
    await resetEmulator();
    for (const region of REGIONS) clients.set(region, await createAwsClients({ region }));
  });
  afterAll(() => {
    for (const aws of clients.values()) destroyAwsClients(aws);
  });
  const aws = (region: string): AwsClients => {
    const found = clients.get(region);
    if (found === undefined) throw new Error(`no clients for ${region}`);
    return found;
  };

  it('keeps a stack of the same name apart in each region', async () => {
    for (const region of REGIONS) {
      await aws(region).cloudFormation.send(
        new CreateStackCommand({
          StackName: STACK,
          TemplateBody: TEMPLATE,
          Parameters: [{ ParameterKey: 'Label', ParameterValue: `label-${region}` }],
        }),
      );
    }
    for (const region of REGIONS) {
      const { Stacks } = await aws(region).cloudFormation.send(
        new DescribeStacksCommand({ StackName: STACK }),
      );
      expect(
        Stacks?.map((s) => ({
          arnRegion: s.StackId?.split(':')[3],
          label: s.Parameters?.[0]?.ParameterValue,
        })),
      ).toEqual([{ arnRegion: region, label: `label-${region}` }]);
    }
  });

  it('keeps the same metric apart in each region', async () => {
    const at = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 5 * 60_000);
    const metric = {
      Namespace: NAMESPACE,
      MetricName: 'Errors',
      Dimensions: [{ Name: 'FunctionName', Value: 'orders' }],
    };
    for (const [index, region] of REGIONS.entries()) {
      await aws(region).cloudWatch.send(
        new PutMetricDataCommand({
          Namespace: NAMESPACE,
          MetricData: [
            {
              MetricName: metric.MetricName,
              Dimensions: metric.Dimensions,
              Timestamp: at,
              Value: (index + 1) * 10,
            },
          ],
        }),
      );
    }
    for (const [index, region] of REGIONS.entries()) {
      const { MetricDataResults } = await aws(region).cloudWatch.send(
        new GetMetricDataCommand({
          StartTime: new Date(at.getTime() - 60_000),
          EndTime: new Date(at.getTime() + 2 * 60_000),
          MetricDataQueries: [{ Id: 'e', MetricStat: { Metric: metric, Period: 60, Stat: 'Sum' } }],
        }),
      );
      expect(MetricDataResults?.[0]?.Values).toEqual([(index + 1) * 10]);
    }
  });
});
