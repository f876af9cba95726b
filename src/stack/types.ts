/**
 * The stack/ part's contract with the pipeline. stack/ implements these; pipeline/ calls them.
 * (Change a name here only together with every caller.)
 */
import type { Change, CloudFormationClient } from '@aws-sdk/client-cloudformation';
import type { S3Client } from '@aws-sdk/client-s3';
import type { ChangeSetOptions, ParameterOverride, Tag, TemplateSource } from '../config/types.js';
import type { Logger } from '../logger.js';
import type { Clock } from '../util/clock.js';

export interface DeployRequest {
  readonly stackName: string;
  readonly template: TemplateSource;
  readonly parameters: readonly ParameterOverride[];
  readonly capabilities: readonly string[];
  readonly tags: readonly Tag[];
  readonly roleArn: string | undefined;
  /** Templates over 51,200 bytes are uploaded here first. */
  readonly s3Bucket: string | undefined;
  /** Their key's first part (s3-prefix); undefined = `stack-canary`. */
  readonly s3Prefix?: string | undefined;
  readonly notificationArns: readonly string[];
  /** Alarm ARNs passed as RollbackConfiguration triggers on update (CloudFormation allows 5). */
  readonly rollbackTriggerAlarmArns: readonly string[];
  readonly terminationProtection: boolean;
  readonly dryRun: boolean;
  /** Bound on the whole wait for the stack. */
  readonly timeoutMs: number;
  /** The template's text when the caller has read it already (to analyse it): not read again. */
  readonly templateBody?: string;
  /** How the change set is named and ended; undefined = a generated name, executed, failed ones deleted. */
  readonly changeSet?: ChangeSetOptions;
}

/** The clients stack operations use (AwsClients fits). */
export interface StackClients {
  readonly cloudFormation: CloudFormationClient;
  /** For templates over 51,200 bytes and templates given as S3 URLs. */
  readonly s3: S3Client;
}

export interface StackDeps {
  readonly logger: Logger;
  readonly clock: Clock;
}

/** One row of a change set, as the dry run shows it. */
export interface ChangeRow {
  readonly action: string;
  readonly logicalId: string;
  readonly resourceType: string;
  readonly replacement: string;
}

/** The change set a deploy made, as CloudFormation described it (for the change-set outputs). */
export interface ChangeSetDescription {
  readonly stackName: string;
  /** '' when CloudFormation refused an identical update outright, so no change set was made. */
  readonly id: string;
  readonly name: string;
  readonly status: string | undefined;
  readonly executionStatus: string | undefined;
  /** ISO 8601. */
  readonly creationTime: string | undefined;
  /** Every change, with its property-level details and values. */
  readonly changes: readonly Change[];
}

export interface DeployResult {
  readonly stackName: string;
  readonly stackId: string;
  /** not-executed: the change set was left for review (no-execute-changeset). */
  readonly outcome: 'created' | 'updated' | 'unchanged' | 'dry-run' | 'not-executed';
  readonly outputs: Readonly<Record<string, string>>;
  readonly changes: readonly ChangeRow[];
  /** Undefined when no change set could be made (a dry run on a stack that must be repaired first). */
  readonly changeSet?: ChangeSetDescription;
}

/** What we may return to: saved before any change, and to the run's state. */
export interface StackSnapshot {
  readonly stackName: string;
  /** false: the stack did not exist; returning to the snapshot means deleting it. */
  readonly exists: boolean;
  readonly stackId: string | undefined;
  readonly templateBody: string | undefined;
  /** `noEcho`: DescribeStacks hides the value; a restore keeps the stack's current value for it. */
  readonly parameters: readonly { readonly key: string; readonly value: string; readonly noEcho?: boolean }[];
  readonly capabilities: readonly string[];
  /** Stack tags at the time (re-applied by a restore when there were any). */
  readonly tags?: readonly Tag[];
  readonly takenAt: string;
}

export interface RestoreOptions {
  /** Bound on the whole restore. Default: DEFAULT_STACK_TIMEOUT_MS. */
  readonly timeoutMs?: number;
  /** Where a snapshot template over 51,200 bytes is uploaded. */
  readonly s3Bucket?: string | undefined;
  /** Its key's first part (s3-prefix); undefined = `stack-canary`. */
  readonly s3Prefix?: string | undefined;
  /** Acknowledged besides the snapshot's own (the run's capabilities input). */
  readonly capabilities?: readonly string[];
}

export interface RestoreResult {
  /** restored: updated back to the snapshot; unchanged: it matched already; deleted: first create undone;
   * absent: there was nothing to delete. */
  readonly outcome: 'restored' | 'unchanged' | 'deleted' | 'absent';
  readonly stackId: string | undefined;
}

export interface StackResource {
  readonly logicalId: string;
  readonly physicalId: string;
  readonly type: string;
}

/** A watched function: its physical name, and its logical id when it belongs to the stack. */
export interface ResolvedFunction {
  readonly logicalId?: string;
  readonly functionName: string;
}

/** The resource types that are Lambda functions (a SAM function becomes an AWS::Lambda::Function). */
export const FUNCTION_RESOURCE_TYPES = ['AWS::Lambda::Function', 'AWS::Serverless::Function'] as const;
export type FunctionResourceType = (typeof FUNCTION_RESOURCE_TYPES)[number];

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
