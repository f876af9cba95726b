/** The guard's Auto Scaling step: one more instance in the configured group, never above its maximum. */
import type { GuardClients } from '../aws/guard-clients.js';
import type { DutyResult } from './entry.js';
import { describeError } from './entry.js';
import { sdk } from '../aws/sdk.js';

export async function scaleOut(
  clients: Pick<GuardClients, 'autoScaling'>,
  name: string,
): Promise<DutyResult> {
  try {
    const { DescribeAutoScalingGroupsCommand, SetDesiredCapacityCommand } = await sdk.autoScaling();
    const client = await clients.autoScaling();
    const answer = await client.send(new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: [name] }));
    const group = answer.AutoScalingGroups?.[0];
    if (!group) return { acted: false, line: `group ${name} not found` };
    const desired = (group.DesiredCapacity ?? 0) + 1;
    const max = group.MaxSize ?? 0;
    if (desired > max) return { acted: false, line: `${name} already at its maximum of ${max}` };
    await client.send(
      new SetDesiredCapacityCommand({
        AutoScalingGroupName: name,
        DesiredCapacity: desired,
        HonorCooldown: true,
      }),
    );
    return { acted: true, line: `${name} desired capacity ${desired - 1} -> ${desired} (max ${max})` };
  } catch (error) {
    return { acted: false, line: `scaling ${name} failed: ${describeError(error)}` };
  }
}
