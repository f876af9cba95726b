/** Integration-test helpers: the emulator this worker talks to, and a reset between tests. */
export function emulatorEndpoint(): string {
  const endpoint = process.env['AWS_ENDPOINT_URL'];
  if (!endpoint) throw new Error('AWS_ENDPOINT_URL is not set: run integration tests through jest.');
  return endpoint;
}

/** Clears every resource in the emulator (POST /moto-api/reset); the Lambda config stays. */
export async function resetEmulator(): Promise<void> {
  const res = await fetch(`${emulatorEndpoint()}/moto-api/reset`, { method: 'POST' });
  if (!res.ok) throw new Error(`emulator reset answered ${res.status}`);
}
