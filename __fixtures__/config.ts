/** A valid Config for tests, with overrides. */
import type { Config } from '../src/config/types.js';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    stackName: 'orders-api',
    template: { kind: 'file', path: 'templates/sample-app.yaml' },
    parameterOverrides: [],
    capabilities: ['CAPABILITY_IAM'],
    tags: [],
    roleArn: undefined,
    s3Bucket: undefined,
    terminationProtection: false,
    notificationArns: [],
    stackTimeoutMs: 3_600_000,
    monitoring: false,
    notificationEmail: undefined,
    notificationTopicArn: undefined,
    guard: { enabled: true, rollback: true, autoScalingGroupName: undefined },
    functions: [],
    alias: 'live',
    strategy: {
      source: 'canary 10% 5m',
      steps: [
        { weight: 0.1, holdMs: 300_000 },
        { weight: 1, holdMs: 0 },
      ],
    },
    intervalMs: 60_000,
    thresholds: {
      maxErrorRate: 0.01,
      maxMemoryUtilization: 0.9,
      maxP99DurationMs: undefined,
      maxThrottles: 0,
      minInvocations: 50,
    },
    compareBaseline: true,
    alarms: [],
    onInconclusive: 'fail',
    synthetic: undefined,
    rollback: 'alias',
    dryRun: false,
    githubToken: undefined,
    deploymentEnvironment: undefined,
    region: 'us-east-1',
    ...overrides,
  };
}
