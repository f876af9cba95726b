/**
 * Secrets: the values no log, annotation, summary, output or report may show (the value of every
 * input the table marks secret: the GitHub token, the proxy, every parameter value; each line of a
 * multi-line value on its own, since the runner masks line by line), and the redaction that
 * messages apply before they cut a value.
 *
 * Collected twice: from the raw inputs before they are parsed (so a message about a malformed
 * input cannot show them), then from the parsed config (values read from a parameters file). The
 * action registers each with the runner (`::add-mask::`) and redacts its own messages; the CLI
 * redacts its stdout and stderr with the same list; the JSON report is redacted last of all.
 */
import type { SecretInputName } from './inputs.js';
import { SECRET_INPUT_NAMES } from './inputs.js';
import type { Config } from './types.js';
import type { InputReader } from './inputs.js';
import { MIN_MASKED_LENGTH, orderedSecrets, redact } from './redact.js';
import { splitLines } from './lines.js';
import { REGION_PLACEHOLDER, hasRegionPlaceholder, regionsOf, withRegion } from './regions.js';

/** Each secret input's values in the Config (the type makes every secret input of the table appear). */
type SecretSource = Pick<Config, 'githubToken' | 'parameterOverrides' | 'httpProxy'> & {
  /** With regions, a parameter value with `{region}` is masked as each region has it too. */
  readonly regions?: Config['regions'];
};

const SECRET_INPUT_VALUES: Readonly<Record<SecretInputName, (config: SecretSource) => readonly string[]>> = {
  // The parameters' values (a file's too), not their keys.
  'parameter-overrides': (config) =>
    config.parameterOverrides.flatMap((override) => ('value' in override ? [override.value] : [])),
  'github-token': (config) => (config.githubToken === undefined ? [] : [config.githubToken]),
  'http-proxy': (config) => (config.httpProxy === undefined ? [] : [config.httpProxy]),
};

/**
 * Every value to mask for `config`: each secret input's values, each line of a multi-line value
 * (a private key is logged line by line), and each region's value of a parameter with `{region}`.
 * Longest first, no duplicates, none blank.
 */
export function valuesToMask(config: SecretSource): string[] {
  const regions = regionsOf(config.regions ?? []);
  const inEachRegion = (value: string): string[] =>
    hasRegionPlaceholder(value) ? [value, ...regions.map((region) => withRegion(value, region))] : [value];
  return orderedSecrets(
    SECRET_INPUT_NAMES.flatMap((name) =>
      SECRET_INPUT_VALUES[name](config).flatMap(inEachRegion).flatMap(withLines),
    ).filter((value) => !isPlaceholder(value)),
  );
}

/** `{region}` alone hides nothing (each region's value is masked), and masking it would hide it in every message. */
function isPlaceholder(value: string): boolean {
  return value.trim() === REGION_PLACEHOLDER;
}

/** A value, then each of its lines when it has several, trimmed (the runner masks line by line). */
function withLines(value: string): string[] {
  const lines = splitLines(value);
  return [value, ...(lines.length > 1 ? lines : [])].map((v) => v.trim());
}

/** The string values of parsed JSON parameters, leaving out parameter names. */
function jsonValues(json: unknown, key?: string): string[] {
  if (typeof json === 'string') return key === 'ParameterKey' ? [] : [json];
  if (Array.isArray(json)) return json.flatMap((item) => jsonValues(item));
  if (json && typeof json === 'object') {
    return Object.entries(json).flatMap(([k, v]) => jsonValues(v, k));
  }
  return [];
}

/** One word ending in .json (a path, not Key=Value text). */
const PARAMETER_FILE = /^(file:\/\/)?[^\s=,:]+\.json$/i;

/** What may be secret in the raw parameter-overrides text, whatever shape it has (or lacks). */
function rawParameterValues(raw: string): string[] {
  // The path of a parameters file names no secret (its values are masked once the file is read);
  // masking it would only blank the path in the message about that file.
  if (PARAMETER_FILE.test(raw.trim())) return [];
  if (raw.startsWith('{') || raw.startsWith('[')) {
    try {
      return jsonValues(JSON.parse(raw) as unknown);
    } catch {
      // Not JSON after all: every line below.
    }
  }
  const values = [raw];
  for (const line of splitLines(raw)) {
    values.push(line);
    for (const entry of line.split(',')) {
      // `Key=value`, or a malformed `Key: value` (YAML habits): the part after the separator too.
      const separator = /[=:]/.exec(entry);
      values.push(entry);
      if (separator) values.push(entry.slice(separator.index + 1).replace(/^\s*["']|["']\s*$/g, ''));
    }
  }
  return values;
}

/** What may be secret in a secret input's raw text, before it is parsed: its whole value unless said here. */
const RAW_SECRET_PARTS: Readonly<Partial<Record<SecretInputName, (raw: string) => string[]>>> = {
  'parameter-overrides': rawParameterValues,
};

/** Before parsing: whatever each secret input holds. */
export function rawSecretValues(read: InputReader): string[] {
  const values = SECRET_INPUT_NAMES.flatMap((name) => {
    const raw = read(name) ?? '';
    return RAW_SECRET_PARTS[name]?.(raw) ?? [raw];
  });
  return [
    ...new Set(values.flatMap(withLines).filter((v) => v.length >= MIN_MASKED_LENGTH && !isPlaceholder(v))),
  ];
}

/** The secrets of one run: each is announced once (to the runner's masker), and redacted from text. */
export class Secrets {
  private readonly values = new Set<string>();

  constructor(private readonly announce: (value: string) => void = () => undefined) {}

  add(values: readonly string[]): void {
    for (const value of values) {
      if (this.values.has(value)) continue;
      this.values.add(value);
      this.announce(value);
    }
  }

  list(): string[] {
    return [...this.values];
  }

  readonly redact = (text: string): string => redact(text, this.list());
}
