/**
 * A TCP listener standing in for the AWS endpoint in tests that must make no AWS call: it counts
 * every connection and closes it at once. Started before the suite's tests, closed after them.
 */
import { afterAll, beforeAll } from '@jest/globals';
import { createServer, type Server } from 'node:net';

export interface AwsListener {
  /** Connections accepted so far. */
  readonly connections: number;
  /** `http://127.0.0.1:<port>`, for AWS_ENDPOINT_URL. */
  readonly endpoint: string;
}

export function awsListener(): AwsListener {
  let server: Server | undefined;
  const listener = { connections: 0, endpoint: '' };
  beforeAll(async () => {
    const started = createServer((socket) => {
      listener.connections++;
      socket.destroy();
    });
    server = started;
    await new Promise<void>((resolve) => started.listen(0, '127.0.0.1', resolve));
    const address = started.address();
    listener.endpoint = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));
  return listener;
}
