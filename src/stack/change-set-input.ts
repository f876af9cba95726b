/**
 * From a deploy request to CreateChangeSet's input, and the checks of the request against the
 * template that come first (SAM capability, declared parameters, no UsePreviousValue on create). Pure.
 */
import type {
  CreateChangeSetCommandInput,
  Parameter,
  RollbackConfiguration,
} from '@aws-sdk/client-cloudformation';
import type { ParameterOverride } from '../config/types.js';
import { ConfigError } from '../errors.js';
import { VERSION } from '../version.js';
import type { TemplateAnalysis } from './types.js';

/** CloudFormation accepts at most this many rollback triggers per stack operation. */
export const MAX_ROLLBACK_TRIGGERS = 5;

export type TemplateLocation = { readonly TemplateBody: string } | { readonly TemplateURL: string };

export interface ChangeSetSpec {
  readonly stackName: string;
  readonly changeSetName: string;
  readonly type: 'CREATE' | 'UPDATE';
  readonly template: TemplateLocation;
  readonly parameters: readonly ParameterOverride[];
  readonly capabilities: readonly string[];
  readonly tags: readonly { readonly key: string; readonly value: string }[];
  readonly roleArn: string | undefined;
  readonly notificationArns: readonly string[];
  readonly rollbackTriggers: readonly string[];
  /** IncludeNestedStacks: the nested stacks' changes too. */
  readonly includeNestedStacks?: boolean;
  /** DeploymentMode (the API takes it on UPDATE change sets only). */
  readonly deploymentMode?: 'REVERT_DRIFT' | undefined;
}

export function changeSetInput(spec: ChangeSetSpec): CreateChangeSetCommandInput {
  return {
    StackName: spec.stackName,
    ChangeSetName: spec.changeSetName,
    ChangeSetType: spec.type,
    Description: `stack-canary ${VERSION}`,
    ...spec.template,
    // Empty lists are left out: an empty Tags or NotificationARNs list would clear the stack's own.
    ...(spec.parameters.length ? { Parameters: toCfnParameters(spec.parameters) } : {}),
    ...(spec.capabilities.length
      ? { Capabilities: [...spec.capabilities] as CreateChangeSetCommandInput['Capabilities'] }
      : {}),
    ...(spec.tags.length ? { Tags: spec.tags.map((t) => ({ Key: t.key, Value: t.value })) } : {}),
    ...(spec.roleArn ? { RoleARN: spec.roleArn } : {}),
    ...(spec.notificationArns.length ? { NotificationARNs: [...spec.notificationArns] } : {}),
    ...(spec.rollbackTriggers.length
      ? { RollbackConfiguration: rollbackConfiguration(spec.rollbackTriggers) }
      : {}),
    ...(spec.includeNestedStacks ? { IncludeNestedStacks: true } : {}),
    ...(spec.deploymentMode !== undefined && spec.type === 'UPDATE'
      ? { DeploymentMode: spec.deploymentMode }
      : {}),
  };
}

export function toCfnParameters(overrides: readonly ParameterOverride[]): Parameter[] {
  return overrides.map((p) =>
    'usePreviousValue' in p
      ? { ParameterKey: p.key, UsePreviousValue: true }
      : { ParameterKey: p.key, ParameterValue: p.value },
  );
}

function rollbackConfiguration(alarmArns: readonly string[]): RollbackConfiguration {
  return { RollbackTriggers: alarmArns.map((Arn) => ({ Arn, Type: 'AWS::CloudWatch::Alarm' })) };
}

/** The triggers CloudFormation will take (distinct, at most 5) and the ones left out. */
export function splitRollbackTriggers(alarmArns: readonly string[]): { used: string[]; dropped: string[] } {
  const distinct = [...new Set(alarmArns)];
  return { used: distinct.slice(0, MAX_ROLLBACK_TRIGGERS), dropped: distinct.slice(MAX_ROLLBACK_TRIGGERS) };
}

/** Checks of the request against the template, before any AWS call. */
export function checkRequestAgainstTemplate(
  analysis: TemplateAnalysis,
  parameters: readonly ParameterOverride[],
  capabilities: readonly string[],
): void {
  if (analysis.isSam && !capabilities.includes('CAPABILITY_AUTO_EXPAND')) {
    throw new ConfigError(
      'capabilities',
      `Input capabilities (${capabilities.join(',') || 'empty'}) lacks CAPABILITY_AUTO_EXPAND, which the template's ` +
        'AWS::Serverless-2016-10-31 transform needs. Accepted: a comma-separated list such as CAPABILITY_IAM,CAPABILITY_AUTO_EXPAND.',
    );
  }
  const unknown = parameters.map((p) => p.key).filter((k) => !analysis.parameterNames.includes(k));
  if (unknown.length) {
    const declared = analysis.parameterNames.join(', ') || 'none';
    throw new ConfigError(
      'parameter-overrides',
      `Input parameter-overrides names ${unknown.join(', ')}, which the template does not declare (declared: ${declared}).`,
    );
  }
}

/** UsePreviousValue needs a previous value: a stack being created has none. */
export function checkCreateParameters(stackName: string, parameters: readonly ParameterOverride[]): void {
  const previous = parameters.filter((p) => 'usePreviousValue' in p).map((p) => p.key);
  if (previous.length) {
    throw new ConfigError(
      'parameter-overrides',
      `Input parameter-overrides keeps the previous value of ${previous.join(', ')} (Key=@previous), ` +
        `but stack ${stackName} is being created and has no previous values. Give those parameters a value.`,
    );
  }
}
