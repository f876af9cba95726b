/** A DeployRequest for tests and benchmarks: every option at its plain default unless given. */
import type { TemplateSource } from '../../src/config/types.js';
import type { DeployRequest } from '../../src/stack/types.js';

export function plainDeployRequest(
  stackName: string,
  template: TemplateSource,
  extra: Partial<DeployRequest> = {},
): DeployRequest {
  return {
    stackName,
    template,
    parameters: [],
    capabilities: ['CAPABILITY_IAM'],
    tags: [],
    roleArn: undefined,
    s3Bucket: undefined,
    notificationArns: [],
    rollbackTriggerAlarmArns: [],
    terminationProtection: false,
    dryRun: false,
    timeoutMs: 60_000,
    ...extra,
  };
}
