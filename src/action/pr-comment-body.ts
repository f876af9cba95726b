/**
 * The body of the change-set preview a dry run posts on a pull request. Pure.
 *
 * It opens with a hidden marker naming the app stack, so the next push finds the same comment and
 * each stack of a repository keeps its own. Then one section per stack (the app's, then the
 * monitoring stack's) with every resource and its property-level changes. Everything from AWS is
 * redacted before it is rendered (so no secret shows and no markup is broken by the redaction)
 * and escaped as it is rendered. A body over GitHub's limit is cut between two resources, with a
 * note saying how many are left out.
 */
import { mdCode, mdText } from '../util/escape.js';
import { changesMarkdown } from '../stack/change-set-summary.js';
import type { ChangeSetDescription } from '../stack/types.js';
import { redactStrings } from '../config/redact.js';

/** GitHub refuses a comment body over 65,536 characters. */
export const MAX_COMMENT_CHARS = 65_536;

export interface StackChangeSet {
  readonly stackName: string;
  /** Undefined when no change set could be made (the run's log says why). */
  readonly changeSet: ChangeSetDescription | undefined;
}

export interface ChangeSetPreview {
  /** The app stack: it names the comment. */
  readonly stackName: string;
  readonly stacks: readonly StackChangeSet[];
  /** The pull request's head commit the dry run previewed. */
  readonly commit?: string | undefined;
  /** The workflow run's page. */
  readonly runUrl?: string | undefined;
  /** no-execute-changeset: the app stack's change set was made and left for review, not a dry run. */
  readonly leftForReview?: boolean;
}

/** The hidden line that names the comment: one comment per app stack. */
export function commentMarker(stackName: string): string {
  return `<!-- stack-canary:change-set:${stackName.replace(/[^A-Za-z0-9_.-]/g, '_')} -->`;
}

type Redact = (text: string) => string;

/** The change set with every string in it redacted (values, ids, names). */
function redactChangeSet(changeSet: ChangeSetDescription, redact: Redact): ChangeSetDescription {
  return redactStrings(changeSet, redact);
}

const hasChanges = (stack: StackChangeSet): boolean => (stack.changeSet?.changes.length ?? 0) > 0;

function headline(preview: ChangeSetPreview): string {
  const at = preview.commit ? ` at ${mdCode(preview.commit.slice(0, 12))}` : '';
  const what = preview.stacks.some(hasChanges)
    ? 'the change sets are below'
    : '**no changes**: every stack already matches its template and parameters';
  const app = preview.stacks[0]?.changeSet;
  const done =
    preview.leftForReview && app
      ? `the app stack's change set ${mdCode(app.name)} waits for review, not executed`
      : 'nothing was changed';
  const run = preview.leftForReview ? 'stack-canary' : 'stack-canary dry run';
  return `**${run}** for ${mdCode(preview.stackName)}${at}: ${done}; ${what}.`;
}

/** One stack's section, split between resources so that a long one can be cut cleanly. */
function stackPieces(stack: StackChangeSet, redact: Redact): string[] {
  if (!stack.changeSet) {
    return [
      `## ${mdText(`No change set for stack ${stack.stackName}`)}\n\nNone could be made: the run's log says why.\n`,
    ];
  }
  const markdown = changesMarkdown(redactChangeSet(stack.changeSet, redact));
  return markdown
    .split(/\n(?=<details>\n)/)
    .map((piece, i, all) => (i < all.length - 1 ? `${piece}\n` : piece));
}

function footer(preview: ChangeSetPreview): string {
  const run =
    preview.runUrl && /^https?:\/\/[^\s()<>"'`]+$/.test(preview.runUrl) ? ` ([run](${preview.runUrl}))` : '';
  return `\n<sub>Posted by stack-canary${run}; updated in place on every push.</sub>\n`;
}

/**
 * The whole comment. `limit` is GitHub's (smaller in tests); the body never exceeds it: resources
 * that do not fit are left out from the first one that does not, and a note says how many.
 */
export function changeSetCommentBody(
  preview: ChangeSetPreview,
  redact: Redact = (text) => text,
  limit = MAX_COMMENT_CHARS,
): string {
  const head = `${commentMarker(preview.stackName)}\n${headline(preview)}\n\n`;
  const end = footer(preview);
  const pieces = preview.stacks.flatMap((stack) => stackPieces(stack, redact));
  const whole = `${head}${pieces.join('')}${end}`;
  if (whole.length <= limit) return whole;
  const kept: string[] = [];
  // Room for the note that says what is left out.
  const budget = limit - head.length - end.length - cutNote(pieces.length, pieces.length).length;
  let used = 0;
  for (const piece of pieces) {
    if (used + piece.length > budget) break;
    kept.push(piece);
    used += piece.length;
  }
  return `${head}${kept.join('')}${cutNote(pieces.length - kept.length, pieces.length)}${end}`;
}

function cutNote(left: number, all: number): string {
  return `\n> ✂️ Cut to fit GitHub's ${MAX_COMMENT_CHARS.toLocaleString('en-US')}-character limit for a comment: the last ${left} of ${all} sections are left out. The run's log lists every change.\n`;
}
