/** Tells the monitoring stack's SNS topic what the run did (a rollback, mostly). */
import type { SNSClient } from '@aws-sdk/client-sns';
import { sdk } from '../aws/sdk.js';

/** SNS subjects: printable ASCII, no line breaks, at most 100 characters. */
export function snsSubject(text: string): string {
  const clean = text
    .replace(/[^\x20-\x7e]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return (clean.length > 100 ? `${clean.slice(0, 97)}...` : clean) || 'stack-canary';
}

export async function notifyTopic(
  sns: SNSClient,
  topicArn: string,
  subject: string,
  message: string,
): Promise<void> {
  const { PublishCommand } = await sdk.sns();
  await sns.send(new PublishCommand({ TopicArn: topicArn, Subject: snsSubject(subject), Message: message }));
}
