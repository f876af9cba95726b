/**
 * Stack events into the log while we wait: each event once (by EventId), in chronological order,
 * only those that happened after the stream was primed (the start of our operation), failures
 * highlighted with their status reason. Also keeps the failures for the root-cause summary.
 */
import type { CloudFormationClient, StackEvent } from '@aws-sdk/client-cloudformation';
import { paginateDescribeStackEvents } from '@aws-sdk/client-cloudformation';
import type { Logger } from '../logger.js';
import { isStackMissingError } from './describe.js';

/** Pages read per look at most (100 events a page): enough for any burst between two looks. */
const MAX_PAGES = 20;

export class StackEventStream {
  private readonly seen = new Set<string>();
  private readonly failed: StackEvent[] = [];

  constructor(
    private readonly cfn: CloudFormationClient,
    private readonly stackId: string,
    private readonly logger: Logger,
  ) {}

  /** Marks every event that already exists as seen: only what happens from now on is shown. */
  async prime(): Promise<void> {
    for await (const events of this.pages(1)) for (const event of events) this.seen.add(event.EventId ?? '');
  }

  /** Logs the events new since the last look; returns how many there were. */
  async poll(): Promise<number> {
    const fresh: StackEvent[] = [];
    const ids = new Set<string>();
    pages: for await (const events of this.pages(MAX_PAGES)) {
      for (const event of events) {
        const id = event.EventId ?? '';
        if (this.seen.has(id)) break pages;
        if (!ids.has(id)) {
          ids.add(id);
          fresh.push(event);
        }
      }
    }
    // The API lists newest first: reverse, then a stable sort by time keeps same-instant events in order.
    const chronological = fresh.reverse().sort((a, b) => time(a) - time(b));
    for (const event of chronological) {
      this.seen.add(event.EventId ?? '');
      this.show(event);
    }
    return chronological.length;
  }

  /** Resource failures seen so far, first one first (the stack's own status events excluded). */
  failures(): readonly StackEvent[] {
    return this.failed;
  }

  /** The events newest first, a page at a time, at most `limit` pages; none once the stack is gone. */
  private async *pages(limit: number): AsyncGenerator<StackEvent[]> {
    let read = 0;
    try {
      for await (const page of paginateDescribeStackEvents(
        { client: this.cfn },
        { StackName: this.stackId },
      )) {
        yield page.StackEvents ?? [];
        if (++read >= limit) return;
      }
    } catch (error) {
      if (!isStackMissingError(error)) throw error;
    }
  }

  private show(event: StackEvent): void {
    const status = event.ResourceStatus ?? '';
    const line = formatEvent(event);
    if (status.endsWith('_FAILED')) {
      if (!this.isStackItself(event)) this.failed.push(event);
      this.logger.error(line);
    } else if (status.includes('ROLLBACK')) {
      this.logger.warning(line);
    } else {
      this.logger.info(line);
    }
  }

  private isStackItself(event: StackEvent): boolean {
    return event.ResourceType === 'AWS::CloudFormation::Stack' && event.PhysicalResourceId === this.stackId;
  }
}

function time(event: StackEvent): number {
  return event.Timestamp ? new Date(event.Timestamp).getTime() : 0;
}

/** `12:03:04  UPDATE_FAILED  AWS::Lambda::Function  OrdersFunction  Resource handler returned ...` */
export function formatEvent(event: StackEvent): string {
  const at = event.Timestamp ? new Date(event.Timestamp).toISOString().slice(11, 19) : '--:--:--';
  const parts = [at, event.ResourceStatus ?? '', event.ResourceType ?? '', event.LogicalResourceId ?? ''];
  const reason = event.ResourceStatusReason;
  return parts.join('  ') + (reason ? `  ${reason}` : '');
}

/**
 * The short story of a failed operation: the final status, then the first resource that failed
 * and why (later failures are mostly "cancelled" consequences of that one).
 */
export function rootCauseSummary(
  stackName: string,
  finalStatus: string,
  statusReason: string | undefined,
  failures: readonly StackEvent[],
): string {
  const first = failures[0];
  const head = `Stack ${stackName} ended in ${finalStatus}.`;
  if (first) {
    const what = `${first.LogicalResourceId ?? '?'} (${first.ResourceType ?? '?'}) ${first.ResourceStatus ?? ''}`;
    return `${head} Root cause: ${what}: ${first.ResourceStatusReason ?? 'no reason given'}`;
  }
  return statusReason ? `${head} Reason: ${statusReason}` : head;
}
