/**
 * The change-set outputs aws-cloudformation-github-deploy gives, from a described change set. Pure.
 *
 * `changes-summary` has that action's shape, so a workflow that reads it (fromJSON) reads ours:
 * `{ changes, totalChanges, truncated, executionStatus, status, creationTime }`, `changes` being
 * CloudFormation's own Change objects, at most MAX_SUMMARY_CHANGES of them (a step output is
 * bounded). `changes-markdown` is one comment's worth of Markdown: a count line, then each
 * resource in a collapsed section with its property-level changes.
 */
import type { Change, ResourceChange, ResourceChangeDetail } from '@aws-sdk/client-cloudformation';
import { mdCode as code, mdText } from '../util/escape.js';
import type { ChangeSetDescription } from './types.js';

export const MAX_SUMMARY_CHANGES = 50;
/** A property value longer than this is cut in the Markdown (a whole policy document is no help in a comment). */
const MAX_VALUE_CHARS = 200;

export interface ChangeSetOutputs {
  readonly 'change-set-id': string;
  readonly 'change-set-name': string;
  readonly 'has-changes': string;
  readonly 'changes-count': string;
  readonly 'changes-summary': string;
  readonly 'changes-markdown': string;
}

export function changeSetOutputs(changeSet: ChangeSetDescription): ChangeSetOutputs {
  return {
    'change-set-id': changeSet.id,
    'change-set-name': changeSet.name,
    'has-changes': String(changeSet.changes.length > 0),
    'changes-count': String(changeSet.changes.length),
    'changes-summary': changesSummary(changeSet),
    'changes-markdown': changesMarkdown(changeSet),
  };
}

export function changesSummary(changeSet: ChangeSetDescription): string {
  const { changes } = changeSet;
  const summary = {
    changes: changes.slice(0, MAX_SUMMARY_CHANGES),
    totalChanges: changes.length,
    truncated: changes.length > MAX_SUMMARY_CHANGES,
    executionStatus: changeSet.executionStatus,
    status: changeSet.status,
    creationTime: changeSet.creationTime,
  };
  return JSON.stringify(summary, null, 2);
}

type Kind = 'add' | 'modify' | 'replace' | 'remove' | 'other';

const KINDS: Readonly<Record<Kind, { readonly mark: string; readonly words: string }>> = {
  add: { mark: '🟢', words: 'to add' },
  modify: { mark: '🔵', words: 'to modify' },
  replace: { mark: '🟡', words: 'to replace' },
  remove: { mark: '🔴', words: 'to remove' },
  other: { mark: '⚪', words: 'other' },
};

function kindOf(change: ResourceChange | undefined): Kind {
  switch (change?.Action) {
    case 'Add':
      return 'add';
    case 'Remove':
      return 'remove';
    case 'Modify':
      return change.Replacement === 'True' ? 'replace' : 'modify';
    default:
      return 'other';
  }
}

export function changesMarkdown(changeSet: ChangeSetDescription): string {
  const shown = changeSet.changes.slice(0, MAX_SUMMARY_CHANGES);
  const lines = [`## CloudFormation change set for stack \`${changeSet.stackName}\``, ''];
  if (changeSet.changes.length === 0) {
    lines.push('No changes: the stack already matches the template and parameters.');
    return `${lines.join('\n')}\n`;
  }
  const counts = new Map<Kind, number>();
  for (const change of changeSet.changes) {
    const kind = kindOf(change.ResourceChange);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const parts = (Object.keys(KINDS) as Kind[])
    .filter((kind) => counts.has(kind))
    .map((kind) => `${counts.get(kind) ?? 0} ${KINDS[kind].words}`);
  const total = changeSet.changes.length;
  lines.push(`**${total} ${total === 1 ? 'change' : 'changes'}:** ${parts.join(', ')}`, '');
  if (shown.length < total) {
    lines.push(`> Only the first ${shown.length} of ${total} changes are listed.`, '');
  }
  for (const change of shown) lines.push(...resourceSection(change));
  return `${lines.join('\n')}\n`;
}

function resourceSection(change: Change): string[] {
  const r = change.ResourceChange;
  const kind = kindOf(r);
  const title = `${KINDS[kind].mark} ${r?.Action ?? change.Type ?? 'Change'} <strong>${html(r?.LogicalResourceId ?? '?')}</strong> <code>${html(r?.ResourceType ?? '')}</code>`;
  const body: string[] = [];
  if (r?.PhysicalResourceId) body.push(`Physical id: ${code(r.PhysicalResourceId)}`, '');
  if (kind === 'replace') body.push('⚠️ **Replaced**: a new resource is made and the old one deleted.', '');
  if (kind === 'modify' && r?.Replacement === 'Conditional') {
    body.push('⚠️ **May be replaced**, depending on a property CloudFormation resolves at execution.', '');
  }
  const details = r?.Details ?? [];
  if (details.length > 0) {
    body.push(
      '| Property | Before | After | Replacement |',
      '|---|---|---|---|',
      ...details.map(detailRow),
      '',
    );
  } else if (r?.Scope?.length) {
    body.push(`Changed: ${mdText(r.Scope.join(', '))}`, '');
  }
  return ['<details>', `<summary>${title}</summary>`, '', ...body, '</details>', ''];
}

function detailRow(detail: ResourceChangeDetail): string {
  const t = detail.Target;
  const property = t?.Name ?? t?.Path ?? t?.Attribute ?? '?';
  const source =
    detail.ChangeSource && detail.ChangeSource !== 'DirectModification'
      ? ` (from ${mdText(`${detail.ChangeSource}${detail.CausingEntity ? ` ${detail.CausingEntity}` : ''}`)})`
      : '';
  const value = (text: string | undefined): string => (text === undefined ? '' : cell(code(clip(text))));
  const replacement = t?.RequiresRecreation && t.RequiresRecreation !== 'Never' ? t.RequiresRecreation : '';
  return `| ${cell(code(property))}${cell(source)} | ${value(t?.BeforeValue)} | ${value(t?.AfterValue)} | ${replacement} |`;
}

function clip(text: string): string {
  const line = text.replace(/\s*\n\s*/g, ' ');
  return line.length > MAX_VALUE_CHARS ? `${line.slice(0, MAX_VALUE_CHARS - 1)}…` : line;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
