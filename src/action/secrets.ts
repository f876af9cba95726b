/**
 * The values no log, annotation, summary, output or report may show: the GitHub token and every
 * parameter value, each line of a multi-line value on its own (the runner masks line by line).
 *
 * Collected twice: from the raw inputs before they are parsed (so a message about a malformed
 * input cannot show them), then from the parsed config (values read from a parameters file).
 * The action registers each with the runner (`::add-mask::`) and redacts its own messages; the
 * CLI redacts its stdout and stderr with the same list.
 */
import type { Config, InputReader } from '../config/types.js';
import { redact } from '../report/report.js';

/**
 * Shorter values are not masked: masking `1` or `on` would turn every such character run in the
 * log into *** and hide what the log is for. The JSON report's redaction uses the same floor.
 */
export const MIN_SECRET_LENGTH = 4;

/** A value and each of its lines, trimmed, long enough to mask. */
function pieces(value: string): string[] {
  return [value, ...value.split(/\r?\n/)].map((v) => v.trim()).filter((v) => v.length >= MIN_SECRET_LENGTH);
}

const unique = (values: string[]): string[] => [...new Set(values)];

/** The string values of parsed JSON parameters, leaving out parameter names. */
function jsonValues(json: unknown, key?: string): string[] {
  if (typeof json === 'string') return key === 'ParameterKey' ? [] : [json];
  if (Array.isArray(json)) return json.flatMap((item) => jsonValues(item));
  if (json && typeof json === 'object') {
    return Object.entries(json).flatMap(([k, v]) => jsonValues(v, k));
  }
  return [];
}

/** What may be secret in the raw parameter-overrides text, whatever shape it has (or lacks). */
function rawParameterValues(raw: string): string[] {
  if (raw.startsWith('{') || raw.startsWith('[')) {
    try {
      return jsonValues(JSON.parse(raw) as unknown);
    } catch {
      // Not JSON after all: every line below.
    }
  }
  const values = [raw];
  for (const line of raw.split(/\r?\n/)) {
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

/** Before parsing: the token and whatever parameter-overrides holds. */
export function rawSecretValues(read: InputReader): string[] {
  return unique([read('github-token'), ...rawParameterValues(read('parameter-overrides'))].flatMap(pieces));
}

/** After parsing: the token and every parameter value, wherever it was read from. */
export function configSecretValues(config: Pick<Config, 'githubToken' | 'parameterOverrides'>): string[] {
  const values = config.parameterOverrides.flatMap((p) => ('value' in p ? [p.value] : []));
  return unique([config.githubToken ?? '', ...values].flatMap(pieces));
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
