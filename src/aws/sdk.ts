/**
 * The AWS SDK's client packages, each loaded when first asked for: the one place that imports a
 * package's values (its client, commands and paginators). Elsewhere the packages are imported for
 * their types only, and a module that sends a command takes the command from here at the call.
 *
 * The action's bundle carries the SDK, and each loader is a chunk read on first use. The guard's
 * bundle leaves the SDK out (Lambda's runtime has it); its build keeps these `import()` calls
 * native (scripts/build.mjs), so a guard invocation loads only the packages it calls, instead of
 * all of them when the bundle loads.
 */
export const sdk = {
  autoScaling: () => import('@aws-sdk/client-auto-scaling'),
  cloudFormation: () => import('@aws-sdk/client-cloudformation'),
  cloudWatch: () => import('@aws-sdk/client-cloudwatch'),
  cloudWatchLogs: () => import('@aws-sdk/client-cloudwatch-logs'),
  dynamoDb: () => import('@aws-sdk/client-dynamodb'),
  eventBridge: () => import('@aws-sdk/client-eventbridge'),
  lambda: () => import('@aws-sdk/client-lambda'),
  s3: () => import('@aws-sdk/client-s3'),
  secretsManager: () => import('@aws-sdk/client-secrets-manager'),
  sns: () => import('@aws-sdk/client-sns'),
  sts: () => import('@aws-sdk/client-sts'),
} as const;
