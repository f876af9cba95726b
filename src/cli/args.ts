/**
 * The CLI's front door: flags and STACK_CANARY_* variables in, the same InputReader the action
 * hands parseConfig. Every input of the input table (config/inputs.ts) is a flag of the same
 * name; its kind says how the flag is taken.
 *
 *   --name value | --name=value      a value (a flag wins over the variable, the variable over the default)
 *   --dry-run | --no-dry-run         booleans alone mean true; --no-<name> means false
 *   --functions a --functions b      list inputs given twice add up (one entry per line)
 *   --help, -h | --version | --report-file <path>   the CLI's own flags
 *
 * Any other flag given twice (--alias a --alias b, --dry-run --no-dry-run) is an error, not
 * "the last one wins". Only the shape of the command line is checked here; the values are
 * parseConfig's job. cliHelpText is --help, from the same table.
 */
import { envName } from '../config/input-spec.js';
import type { InputName } from '../config/inputs.js';
import { INPUT_DEFAULTS, INPUT_NAMES, inputSpec, isInputName } from '../config/inputs.js';
import type { InputReader } from '../config/inputs.js';
import { MAX_SHOWN, quote } from '../config/messages.js';
import { ConfigError } from '../errors.js';
import { editDistance } from '../util/edit-distance.js';

export { envName };

export interface CliOptions {
  readonly help: boolean;
  readonly version: boolean;
  /** Where to write the JSON report; undefined = the entry point's default. */
  readonly reportFile: string | undefined;
}

export interface CliArgs {
  readonly read: InputReader;
  readonly options: CliOptions;
}

const inputsOfKind = (kind: 'boolean' | 'list'): ReadonlySet<InputName> =>
  new Set(INPUT_NAMES.filter((name) => inputSpec(name).kind === kind));
/** Inputs whose flag alone means true. */
export const BOOLEAN_INPUTS = inputsOfKind('boolean');
/** Inputs that hold a list: given twice, their values add up. */
export const LIST_INPUTS = inputsOfKind('list');
const CLI_FLAGS = ['help', 'version', 'report-file'] as const;
const BOOLEAN_WORDS = new Set(['true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

function givenTwice(flag: string): ConfigError {
  return new ConfigError(
    flag,
    `Flag --${flag} is given twice. Give it once: only list inputs (such as --functions) may repeat.`,
  );
}

export function parseCliArgs(argv: readonly string[], env: NodeJS.ProcessEnv): CliArgs {
  const flags = new Map<InputName, string>();
  let help = false;
  let version = false;
  let reportFile: string | undefined;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '-h') {
      help = true;
      continue;
    }
    if (!arg.startsWith('--') || arg === '--') {
      throw new ConfigError(
        'arguments',
        `Unexpected argument ${quote(arg)}. Flags take the form --name value or --name=value; see --help.`,
      );
    }
    const body = arg.slice(2);
    const equals = body.indexOf('=');
    const name = equals === -1 ? body : body.slice(0, equals);
    const inline = equals === -1 ? undefined : body.slice(equals + 1);
    const next = argv[i + 1];
    /** The flag's value: after `=`, or the next argument (which is then used up). */
    const takeValue = (): string => {
      if (inline !== undefined) return inline;
      if (next === undefined || next.startsWith('--')) {
        throw new ConfigError(name, `Flag --${name} needs a value: --${name} <value> or --${name}=<value>.`);
      }
      i++;
      return next;
    };

    if (name === 'help' || name === 'version') {
      if (inline !== undefined) throw new ConfigError(name, `Flag --${name} takes no value.`);
      if (name === 'help') help = true;
      else version = true;
    } else if (name === 'report-file') {
      if (reportFile !== undefined) throw givenTwice(name);
      reportFile = takeValue();
    } else if (isInputName(name)) {
      let value: string;
      if (BOOLEAN_INPUTS.has(name) && inline === undefined) {
        // A bare boolean flag means true; a following true/false word is its value.
        value = 'true';
        if (next !== undefined && BOOLEAN_WORDS.has(next)) {
          value = next;
          i++;
        }
      } else {
        value = takeValue();
      }
      const earlier = flags.get(name);
      if (earlier !== undefined && !LIST_INPUTS.has(name)) throw givenTwice(name);
      flags.set(name, earlier === undefined ? value : `${earlier}\n${value}`);
    } else if (name.startsWith('no-') && BOOLEAN_INPUTS.has(name.slice(3) as InputName)) {
      const input = name.slice(3) as InputName;
      if (inline !== undefined) throw new ConfigError(name, `Flag --${name} takes no value.`);
      if (flags.has(input)) throw givenTwice(input);
      flags.set(input, 'false');
    } else {
      throw unknownFlag(arg.split('=')[0] ?? arg, name);
    }
  }

  const read: InputReader = (name) => {
    const fromEnv = env[envName(name)];
    return flags.get(name) ?? (fromEnv ? fromEnv : undefined) ?? INPUT_DEFAULTS[name] ?? '';
  };
  return { read, options: { help, version, reportFile } };
}

// --- unknown flags ------------------------------------------------------------------------

function unknownFlag(flag: string, name: string): ConfigError {
  const suggestion = nearestFlag(name);
  const hint =
    suggestion === undefined ? 'Run stack-canary --help for the flags.' : `Did you mean --${suggestion}?`;
  const shown = flag.length > MAX_SHOWN ? `${flag.slice(0, MAX_SHOWN)}…` : flag;
  return new ConfigError(shown, `Unknown flag ${shown}. ${hint}`);
}

/** The known flag closest to a mistyped one, when it is close enough to be what was meant. */
export function nearestFlag(name: string): string | undefined {
  const known = [...INPUT_NAMES, ...CLI_FLAGS, ...[...BOOLEAN_INPUTS].map((b) => `no-${b}`)];
  let best: { flag: string; distance: number } | undefined;
  for (const flag of known) {
    const distance = editDistance(name.toLowerCase(), flag);
    if (best === undefined || distance < best.distance) best = { flag, distance };
  }
  const prefixed = name.length >= 3 ? known.find((flag) => flag.startsWith(name.toLowerCase())) : undefined;
  if (best !== undefined && best.distance <= Math.max(2, Math.floor(name.length / 3))) return best.flag;
  return prefixed;
}

export { editDistance };

// --- help ---------------------------------------------------------------------------------

const WIDTH = 100;
const INDENT = '      ';

function wrap(text: string, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line !== '' && indent.length + line.length + 1 + word.length > WIDTH) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(indent + line);
  return lines;
}

function flagUsage(name: InputName): string {
  if (BOOLEAN_INPUTS.has(name)) return `--${name}[=true|false], --no-${name}`;
  return `--${name} <value>`;
}

/** Every flag with its meaning, accepted forms, default and variable: all from the input table. */
export function cliHelpText(): string {
  const lines = [
    'Usage: stack-canary [--<input> <value> | --<input>=<value>]...',
    '',
    ...wrap(
      'Deploys a CloudFormation stack, shifts a Lambda alias to the new version step by step, judges it against ' +
        'the old one and rolls back on its own. The flags are the inputs of the GitHub Action. Each may also be ' +
        'set by an environment variable STACK_CANARY_<INPUT> (upper case, - as _). A flag wins over the ' +
        'variable, the variable over the default; an empty value means the default.',
      '',
    ),
    '',
    'Inputs:',
  ];
  for (const name of INPUT_NAMES) {
    const usage = `  ${flagUsage(name)}`;
    const variable = `[env ${envName(name)}]`;
    // The variable goes on its own line when the two would not fit in WIDTH.
    if (usage.length + 4 + variable.length <= WIDTH) lines.push(`${usage}    ${variable}`);
    else lines.push(usage, `${INDENT}${variable}`);
    const spec = inputSpec(name);
    lines.push(...wrap(spec.description.replace(/`/g, ''), INDENT));
    lines.push(...wrap(`Accepts ${spec.accepted}.`, INDENT));
    if (spec.default !== undefined) lines.push(`${INDENT}Default: ${spec.default}`);
    if (spec.secret) {
      lines.push(...wrap(`Prefer ${envName(name)}: other processes can read a command line.`, INDENT));
    }
  }
  lines.push(
    '',
    'Other flags:',
    '  --report-file <path>',
    `${INDENT}Write the JSON report to this file.`,
    '  --help, -h',
    `${INDENT}Show this help.`,
    '  --version',
    `${INDENT}Print the version.`,
    '',
    'Detached canaries (wait: false), read from the monitoring stack:',
    '  stack-canary status --stack-name <name> [--json] [--region <region>]',
    `${INDENT}The plans in flight, their step and the guard's last look.`,
    '  stack-canary wait --stack-name <name> [--timeout 2h] [--region <region>]',
    `${INDENT}Blocks until they end: exit 0 promoted, 1 rolled back, 2 error or timeout.`,
    '  stack-canary promote|rollback|pause|resume --stack-name <name> [--function <name>]',
    '      [--reason <text>] [--region <region>]',
    ...wrap(
      "Asks the guard to promote, roll back, pause (hold the step; harm still rolls back) or resume the plans in flight (all, or the function's) at its next tick, recording the reason and your identity.",
      INDENT,
    ),
  );
  return `${lines.join('\n')}\n`;
}
