/**
 * Redaction: every occurrence of a secret replaced by ***. A leaf module (it imports nothing), so
 * that the message format (messages.ts) and the secrets of a run (secrets.ts) both use it
 * without importing each other.
 */
export const REDACTED = '***';
/**
 * Every value with a visible character is masked, however short: the runner masks any value that is
 * not blank (it refuses an empty or all-whitespace one with a warning, "Can't add secret mask for
 * empty string"), so a value of 1 or 2 characters is hidden too, at the price of blanking every
 * occurrence of it in the log (a value `1` turns `v1` into `v***`).
 */
export const MIN_MASKED_LENGTH = 1;

/** Distinct, not blank, longest first (so a secret that holds another is masked whole). */
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

/**
 * A JSON-like value with every secret masked in its texts (string values) only: keys, numbers and
 * booleans are kept as they are, so a short secret (`1`) cannot turn a count into `***` or a key
 * into another name, and the result still serializes to valid JSON.
 */
export function redactStrings<T>(value: T, clean: (text: string) => string): T {
  return JSON.parse(JSON.stringify(value), (_key, item: unknown) =>
    typeof item === 'string' ? clean(item) : item,
  ) as T;
}
