/**
 * A forwarding proxy for tests: it takes CONNECT tunnels (as proxy agents open them) to any host,
 * pipes the bytes both ways, and keeps what the client sent through each tunnel, so a test can
 * read the plain-HTTP requests that went to the emulator through it.
 */
import type { AddressInfo, Socket } from 'node:net';
import { connect } from 'node:net';
import { createServer } from 'node:http';

export interface ConnectProxy {
  readonly url: string;
  /** Each tunnel's target (`host:port`). */
  readonly tunnels: readonly string[];
  /** Everything the clients sent through the tunnels, as text. */
  sent(): string;
  close(): Promise<void>;
}

export async function startConnectProxy(): Promise<ConnectProxy> {
  const tunnels: string[] = [];
  const chunks: Buffer[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((_req, res) => {
    res.writeHead(405).end('CONNECT only');
  });
  server.on('connect', (req, client: Socket, head: Buffer) => {
    const target = req.url ?? '';
    tunnels.push(target);
    const [host, port] = [
      target.slice(0, target.lastIndexOf(':')),
      Number(target.slice(target.lastIndexOf(':') + 1)),
    ];
    const upstream = connect(port, host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) {
        chunks.push(head);
        upstream.write(head);
      }
      client.on('data', (data: Buffer) => chunks.push(data));
      client.pipe(upstream);
      upstream.pipe(client);
    });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    tunnels,
    sent: () => Buffer.concat(chunks).toString('utf8'),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
