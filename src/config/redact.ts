/**
 * Redaction: every occurrence of a secret replaced by ***. A leaf module (it imports nothing), so
 * that the message format (messages.ts) and the secrets of a run (secrets.ts) both use it
 * without importing each other.
 */
export const REDACTED = '***';
/**
 * Shorter values are not masked: masking `1` or `on` would blank every such word in the log
 * while hiding nothing a reader could not guess.
 */
export const MIN_MASKED_LENGTH = 4;

/** Distinct, long enough to mask, longest first (so a secret that holds another is masked whole). */
export function orderedSecrets(values: readonly string[]): string[] {
  const kept = values.filter((value) => value.trim().length >= MIN_MASKED_LENGTH);
  return [...new Set(kept)].sort((a, b) => b.length - a.length);
}

/** `text` with every occurrence of each secret replaced by ***. */
export function redact(text: string, secrets: readonly string[]): string {
  let clean = text;
  for (const secret of orderedSecrets(secrets)) clean = clean.split(secret).join(REDACTED);
  return clean;
}
