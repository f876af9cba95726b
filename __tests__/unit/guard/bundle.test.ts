/**
 * The guard as Lambda gets it (scripts/build.mjs): dist/guard/index.js, an ES module that exports
 * `handler` and imports nothing but the AWS SDK clients of the Node.js runtime and Node's own
 * modules, and dist/guard/code.zip, the same file as index.mjs (the monitoring stack's code).
 * Needs `npm run build` (the committed dist/, or a local build).
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';

const bundlePath = fileURLToPath(new URL('../../../dist/guard/index.js', import.meta.url));
const zipPath = fileURLToPath(new URL('../../../dist/guard/code.zip', import.meta.url));

/** The files of a zip archive, from its central directory. */
function unzip(archive: Buffer): Record<string, Buffer> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const files: Record<string, Buffer> = {};
  for (let i = 0; i < count; i += 1) {
    const method = archive.readUInt16LE(at + 10);
    const size = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extra = archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    const dataAt = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const data = archive.subarray(dataAt, dataAt + size);
    files[name] = method === 8 ? inflateRawSync(data) : data;
    at += 46 + nameLength + extra;
  }
  return files;
}

describe('the guard bundle', () => {
  it('GIVEN dist/guard/index.js WHEN loaded by Node as Lambda would THEN it exports the handler and nothing else', () => {
    const script = `import(${JSON.stringify(bundlePath)}).then((m) => console.log(JSON.stringify(Object.fromEntries(Object.entries(m).map(([k, v]) => [k, typeof v])))))`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ handler: 'function' });
  });

  it('GIVEN the bundle WHEN its imports are listed THEN only the runtime SDK clients and Node built-ins remain', () => {
    const text = readFileSync(bundlePath, 'utf8');
    const imported = [...text.matchAll(/(?:from|import\()\s*"([^"]+)"/g)].map((m) => m[1] as string);
    const outside = imported.filter(
      (name) => !name.startsWith('@aws-sdk/client-') && !builtinModules.includes(name.replace(/^node:/, '')),
    );
    // The proxy agent is imported only by requestHandlerWithProxy in aws/clients.ts, which the action's
    // and the CLI's clients call with an http-proxy; the guard builds its clients from clientOptions
    // alone, so it stays a native import() that the guard never reaches (scripts/build.mjs).
    expect(outside.filter((name) => name !== 'https-proxy-agent')).toEqual([]);
    expect(text).not.toMatch(/from\s*"https-proxy-agent"/);
    expect(imported).toEqual(
      expect.arrayContaining(['@aws-sdk/client-lambda', '@aws-sdk/client-cloudwatch']),
    );
  });

  it('GIVEN the bundle WHEN Lambda loads it THEN it loads no SDK package before an invocation calls one', () => {
    const text = readFileSync(bundlePath, 'utf8');
    const atLoad = [...text.matchAll(/from\s*"(@aws-sdk\/[^"]+)"/g)].map((m) => m[1]);
    const onFirstUse = [...text.matchAll(/import\(\s*"(@aws-sdk\/[^"]+)"\s*\)/g)].map((m) => m[1]);
    expect(atLoad).toEqual([]);
    // DynamoDB too: the plan table takes its commands from aws/sdk.ts on first use.
    expect(onFirstUse).toEqual(
      expect.arrayContaining(['@aws-sdk/client-lambda', '@aws-sdk/client-sns', '@aws-sdk/client-dynamodb']),
    );
  });

  it('GIVEN code.zip WHEN unzipped THEN it holds the bundle alone, as index.mjs (an ES module for Handler index.handler)', () => {
    const files = unzip(readFileSync(zipPath));
    expect(Object.keys(files)).toEqual(['index.mjs']);
    expect(files['index.mjs']?.equals(readFileSync(bundlePath))).toBe(true);
  });
});
