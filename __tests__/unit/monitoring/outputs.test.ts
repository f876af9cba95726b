import { describe, expect, it } from '@jest/globals';
import {
  monitoringAlarmArns,
  monitoringAlarmNames,
  monitoringRollbackTriggerArns,
  monitoringTopicArn,
} from '../../../src/monitoring/index.js';

const PREFIX = 'arn:aws:cloudwatch:eu-west-1:123456789012:alarm:';
const OUTPUTS = {
  TopicArn: 'arn:aws:sns:eu-west-1:123456789012:orders-monitoring-Topic-1',
  AlarmArnPrefix: PREFIX,
  WatchedFunctions: 'orders,worker',
  Dashboard: 'https://console.aws.amazon.com/cloudwatch/home?region=eu-west-1#dashboards:name=x',
  GuardFunctionName: 'orders-monitoring-GuardFunction-1',
  GuardFailuresAlarmName: 'orders-monitoring-guard-failures',
  ordersErrorsAlarm: 'orders-monitoring-orders-errors',
  ordersErrorRateAlarm: 'orders-monitoring-orders-error-rate',
  ordersThrottlesAlarm: 'orders-monitoring-orders-throttles',
  ordersP99DurationAlarm: 'orders-monitoring-orders-p99-duration',
  ordersMemoryAlarm: 'orders-monitoring-orders-memory',
  ordersCompositeAlarm: 'orders-monitoring-orders-any',
  workerErrorsAlarm: 'orders-monitoring-worker-errors',
  workerCompositeAlarm: 'orders-monitoring-worker-any',
};

describe('monitoring stack outputs', () => {
  it('GIVEN the outputs WHEN the watched alarms are listed THEN every per-function alarm is there, sorted, without composites or the guard alarm', () => {
    expect(monitoringAlarmNames(OUTPUTS)).toEqual([
      'orders-monitoring-orders-error-rate',
      'orders-monitoring-orders-errors',
      'orders-monitoring-orders-memory',
      'orders-monitoring-orders-p99-duration',
      'orders-monitoring-orders-throttles',
      'orders-monitoring-worker-errors',
    ]);
  });

  it('GIVEN the outputs WHEN ARNs are asked for THEN the prefix output makes them', () => {
    expect(monitoringAlarmArns(OUTPUTS)).toContain(`${PREFIX}orders-monitoring-orders-errors`);
    expect(monitoringAlarmArns(OUTPUTS)).toHaveLength(6);
    expect(monitoringRollbackTriggerArns(OUTPUTS)).toEqual([
      `${PREFIX}orders-monitoring-orders-any`,
      `${PREFIX}orders-monitoring-worker-any`,
    ]);
  });

  it('GIVEN a stack without outputs (e.g. made by a change set on the emulator) WHEN read THEN there is nothing to watch', () => {
    expect(monitoringAlarmNames({})).toEqual([]);
    expect(monitoringAlarmArns({})).toEqual([]);
    expect(monitoringRollbackTriggerArns({})).toEqual([]);
    expect(monitoringTopicArn({})).toBeUndefined();
  });

  it('GIVEN alarm outputs but no ARN prefix WHEN ARNs are asked for THEN the error says to redeploy', () => {
    const withoutPrefix: Record<string, string> = { ...OUTPUTS };
    delete withoutPrefix['AlarmArnPrefix'];
    expect(() => monitoringAlarmArns(withoutPrefix)).toThrow('no AlarmArnPrefix output');
  });

  it('GIVEN the outputs WHEN the topic is asked for THEN it is the TopicArn output', () => {
    expect(monitoringTopicArn(OUTPUTS)).toBe(OUTPUTS.TopicArn);
  });
});
