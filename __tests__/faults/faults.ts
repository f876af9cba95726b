/** The fault specs the proxy understands (proxy-server.mjs builds each rule from its spec). */
export type FaultSpec =
  | { kind: 'none' }
  | { kind: 'throttle'; share: number; seed?: number }
  | { kind: 'throttleBursts'; burstMs: number; periodMs: number }
  | { kind: 'serverErrors'; share: number; seed?: number }
  | { kind: 'resets'; share: number; seed?: number }
  | { kind: 'slow'; share: number; delayMs: number; seed?: number }
  | { kind: 'hangAfter'; operation: string; count: number }
  | { kind: 'emptyMetrics' }
  | { kind: 'failingCalls'; operations?: readonly string[]; updateAliasAfter?: number };

/** What the canary reads from CloudWatch at each poll (metrics, and the watched alarms). */
export const CLOUDWATCH_READS = ['GetMetricData', 'DescribeAlarms', 'DescribeAlarmHistory'] as const;

export const NO_FAULT: FaultSpec = { kind: 'none' };
