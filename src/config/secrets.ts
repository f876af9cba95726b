/**
 * Secrets in the config: the values a run must mask in every output, and the redaction that
 * messages apply before they cut a value. Pure: the entry points hand the list to their own
 * masking (core.setSecret in the action, the same redaction in the CLI).
 */
import type { SecretInputName } from './inputs.js';
import type { Config } from './types.js';

export const REDACTED = '***';
/**
 * Shorter values are not masked: masking `1` or `on` would blank every such word in the log
 * while hiding nothing a reader could not guess.
 */
export const MIN_MASKED_LENGTH = 3;

/** Each secret input's value in the Config (the type makes every secret input of the table appear). */
const SECRET_INPUT_VALUES: Readonly<Record<SecretInputName, (config: Config) => string | undefined>> = {
  'github-token': (config) => config.githubToken,
};

/**
 * Every value to mask for `config`: the secret inputs, each stack parameter value and each line
 * of a multi-line parameter value (a private key is logged line by line). Longest first, no
 * duplicates, none shorter than MIN_MASKED_LENGTH.
 */
export function valuesToMask(config: Config): string[] {
  const values: string[] = [];
  for (const valueOf of Object.values(SECRET_INPUT_VALUES)) {
    const value = valueOf(config);
    if (value !== undefined) values.push(value);
  }
  for (const override of config.parameterOverrides) {
    if (!('value' in override)) continue;
    values.push(override.value);
    if (/[\r\n]/.test(override.value))
      values.push(...override.value.split(/\r?\n|\r/).map((line) => line.trim()));
  }
  return orderedSecrets(values);
}

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
