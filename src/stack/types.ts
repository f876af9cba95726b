/**
 * The stack/ part's contract with the pipeline. stack/ implements these; pipeline/ calls them.
 * (Change a name here only together with every caller.)
 */
import type { ParameterOverride, Tag, TemplateSource } from '../config/types.js';

export interface DeployRequest {
  readonly stackName: string;
  readonly template: TemplateSource;
  readonly parameters: readonly ParameterOverride[];
  readonly capabilities: readonly string[];
  readonly tags: readonly Tag[];
  readonly roleArn: string | undefined;
  /** Templates over 51,200 bytes are uploaded here first. */
  readonly s3Bucket: string | undefined;
  readonly notificationArns: readonly string[];
  /** Alarm ARNs passed as RollbackConfiguration triggers on update (CloudFormation allows 5). */
  readonly rollbackTriggerAlarmArns: readonly string[];
  readonly terminationProtection: boolean;
  readonly dryRun: boolean;
  /** Bound on the whole wait for the stack. */
  readonly timeoutMs: number;
}

/** One row of a change set, as the dry run shows it. */
export interface ChangeRow {
  readonly action: string;
  readonly logicalId: string;
  readonly resourceType: string;
  readonly replacement: string;
}

export interface DeployResult {
  readonly stackName: string;
  readonly stackId: string;
  readonly outcome: 'created' | 'updated' | 'unchanged' | 'dry-run';
  readonly outputs: Readonly<Record<string, string>>;
  readonly changes: readonly ChangeRow[];
}

/** What we may return to: saved before any change, and to the run's state. */
export interface StackSnapshot {
  readonly stackName: string;
  /** false: the stack did not exist; returning to the snapshot means deleting it. */
  readonly exists: boolean;
  readonly stackId: string | undefined;
  readonly templateBody: string | undefined;
  readonly parameters: readonly { readonly key: string; readonly value: string }[];
  readonly capabilities: readonly string[];
  readonly takenAt: string;
}

export interface StackResource {
  readonly logicalId: string;
  readonly physicalId: string;
  readonly type: string;
}

export type FunctionResourceType = 'AWS::Lambda::Function' | 'AWS::Serverless::Function';

export interface TemplateFunction {
  readonly logicalId: string;
  readonly type: FunctionResourceType;
  /** Aliases the template itself manages on this function (AWS::Lambda::Alias, SAM AutoPublishAlias). */
  readonly declaredAliases: readonly string[];
}

export interface TemplateAnalysis {
  readonly isSam: boolean;
  readonly functions: readonly TemplateFunction[];
  readonly parameterNames: readonly string[];
}
