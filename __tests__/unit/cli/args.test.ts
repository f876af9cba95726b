/** The CLI's flags and STACK_CANARY_* variables feed the same InputReader the action gives parseConfig. */
import { describe, expect, it } from '@jest/globals';
import { cliHelpText, editDistance, envName, nearestFlag, parseCliArgs } from '../../../src/cli/args.js';
import { parseConfig } from '../../../src/config/parse.js';
import { INPUT_DEFAULTS, INPUT_NAMES } from '../../../src/config/inputs.js';
import { expectConfigError } from '../../helpers/config.js';

const read = (argv: string[], env: NodeJS.ProcessEnv = {}) => parseCliArgs(argv, env).read;

describe('parseCliArgs: values', () => {
  it('reads --name value and --name=value', () => {
    const reader = read(['--stack-name', 'orders-api', '--alias=prod']);
    expect([reader('stack-name'), reader('alias')]).toEqual(['orders-api', 'prod']);
  });

  it('keeps everything after the first "=" and allows an empty value', () => {
    const reader = read(['--parameter-overrides=Token=abc==', '--functions=']);
    expect([reader('parameter-overrides'), reader('functions')]).toEqual(['Token=abc==', '']);
  });

  it('takes a value that starts with a single dash', () => {
    expect(read(['--functions', '-x'])('functions')).toBe('-x');
  });

  it('reads a bare boolean flag as true, a following true/false as its value, --no-<name> as false', () => {
    const reader = read(['--dry-run', '--compare-baseline', 'FALSE', '--no-monitoring']);
    expect([reader('dry-run'), reader('compare-baseline'), reader('monitoring')]).toEqual([
      'true',
      'FALSE',
      'false',
    ]);
    expect(read(['--dry-run=false'])('dry-run')).toBe('false');
    // A word that is not true/false after a boolean flag is not its value
    expect(() => read(['--dry-run', 'yes'])).toThrow('Unexpected argument "yes"');
  });

  it('accepts every input of INPUT_NAMES as a flag', () => {
    const argv = INPUT_NAMES.flatMap((name) => [`--${name}=${name}-value`]);
    const reader = read(argv);
    for (const name of INPUT_NAMES) expect(reader(name)).toBe(`${name}-value`);
  });

  it('reads the guard and stack booleans as flags and notification-arns as a list', () => {
    const reader = read([
      '--no-guard',
      '--guard-rollback',
      'false',
      '--termination-protection',
      '--notification-arns',
      'arn:aws:sns:eu-west-1:123456789012:a',
      '--notification-arns=arn:aws:sns:eu-west-1:123456789012:b',
    ]);
    expect([reader('guard'), reader('guard-rollback'), reader('termination-protection')]).toEqual([
      'false',
      'false',
      'true',
    ]);
    expect(reader('notification-arns')).toBe(
      'arn:aws:sns:eu-west-1:123456789012:a\narn:aws:sns:eu-west-1:123456789012:b',
    );
  });

  it('adds up list inputs given twice, one entry per line', () => {
    const reader = read(['--functions', 'a', '--functions', 'b,c']);
    expect(reader('functions')).toBe('a\nb,c');
  });

  it('cuts a long stray argument or unknown flag at 80 characters', () => {
    const long = 'x'.repeat(10_000);
    expectConfigError(
      () => parseCliArgs(['--dry-run', 'true', long], {}),
      'arguments',
      `Unexpected argument "${'x'.repeat(80)}…". Flags take the form --name value or --name=value; see --help.`,
    );
    expectConfigError(
      () => parseCliArgs([`--${long}=v`], {}),
      `--${'x'.repeat(78)}…`,
      `Unknown flag --${'x'.repeat(78)}…. Run stack-canary --help for the flags.`,
    );
  });

  it.each([
    [['--alias', 'x', '--alias', 'y'], 'alias'],
    [['--alias=x', '--alias', 'x'], 'alias'],
    [['--dry-run', '--no-dry-run'], 'dry-run'],
    [['--no-dry-run', '--dry-run=false'], 'dry-run'],
    [['--report-file', 'a.json', '--report-file=b.json'], 'report-file'],
  ])('refuses any other flag given twice: %j', (argv, flag) => {
    expectConfigError(
      () => parseCliArgs(argv, {}),
      flag,
      `Flag --${flag} is given twice. Give it once: only list inputs (such as --functions) may repeat.`,
    );
  });
});

describe('parseCliArgs: environment and defaults', () => {
  it('names the variables STACK_CANARY_<INPUT> in upper snake case', () => {
    expect(envName('stack-name')).toBe('STACK_CANARY_STACK_NAME');
    expect(envName('max-p99-duration')).toBe('STACK_CANARY_MAX_P99_DURATION');
  });

  it('lets a flag win over the variable, the variable over the default', () => {
    const env = { STACK_CANARY_ALIAS: 'from-env', STACK_CANARY_STRATEGY: 'all-at-once' };
    const reader = read(['--alias', 'from-flag'], env);
    expect([reader('alias'), reader('strategy'), reader('interval')]).toEqual([
      'from-flag',
      'all-at-once',
      INPUT_DEFAULTS.interval,
    ]);
  });

  it('reads an empty variable as not set', () => {
    expect(read([], { STACK_CANARY_ALIAS: '' })('alias')).toBe('live');
  });

  it('reads an input with neither flag, variable nor default as empty', () => {
    expect(read([])('stack-name')).toBe('');
  });

  it('feeds parseConfig the same way the action does', () => {
    const { read: reader } = parseCliArgs(
      ['--functions', 'orders-handler', '--dry-run', '--strategy=all-at-once'],
      {
        STACK_CANARY_MAX_ERROR_RATE: '2%',
      },
    );
    const config = parseConfig(reader);
    expect([config.functions, config.dryRun, config.strategy.source, config.thresholds.maxErrorRate]).toEqual(
      [['orders-handler'], true, 'all-at-once', 0.02],
    );
  });
});

describe('parseCliArgs: the CLI flags', () => {
  it('has all three off by default', () => {
    expect(parseCliArgs([], {}).options).toEqual({ help: false, version: false, reportFile: undefined });
  });

  it('reads --help, -h, --version and --report-file in both forms', () => {
    expect(parseCliArgs(['--help'], {}).options.help).toBe(true);
    expect(parseCliArgs(['-h'], {}).options.help).toBe(true);
    expect(parseCliArgs(['--version'], {}).options.version).toBe(true);
    expect(parseCliArgs(['--report-file', 'out.json'], {}).options.reportFile).toBe('out.json');
    expect(parseCliArgs(['--report-file=r.json'], {}).options.reportFile).toBe('r.json');
  });
});

describe('parseCliArgs: mistakes', () => {
  it.each([
    ['--stak-name', 'Unknown flag --stak-name. Did you mean --stack-name?'],
    ['--regoin=eu-west-1', 'Unknown flag --regoin. Did you mean --region?'],
    ['--dryrun', 'Unknown flag --dryrun. Did you mean --dry-run?'],
    ['--no-dryrun', 'Unknown flag --no-dryrun. Did you mean --no-dry-run?'],
    ['--helo', 'Unknown flag --helo. Did you mean --help?'],
    ['--synthetic', 'Unknown flag --synthetic. Did you mean --synthetic-payload?'],
    ['--xyzzy', 'Unknown flag --xyzzy. Run stack-canary --help for the flags.'],
  ])('%s is an unknown flag, with the nearest known one', (flag, message) => {
    expectConfigError(() => parseCliArgs([flag, 'value'], {}), flag.split('=')[0] ?? flag, message);
  });

  it('needs a value for a non-boolean input and --report-file', () => {
    expectConfigError(
      () => parseCliArgs(['--stack-name'], {}),
      'stack-name',
      'Flag --stack-name needs a value: --stack-name <value> or --stack-name=<value>.',
    );
    expectConfigError(
      () => parseCliArgs(['--alias', '--dry-run'], {}),
      'alias',
      'Flag --alias needs a value: --alias <value> or --alias=<value>.',
    );
    expectConfigError(
      () => parseCliArgs(['--report-file'], {}),
      'report-file',
      'Flag --report-file needs a value: --report-file <value> or --report-file=<value>.',
    );
  });

  it('refuses a value on a flag that takes none', () => {
    expectConfigError(() => parseCliArgs(['--help=yes'], {}), 'help', 'Flag --help takes no value.');
    expectConfigError(() => parseCliArgs(['--version=1'], {}), 'version', 'Flag --version takes no value.');
    expectConfigError(
      () => parseCliArgs(['--no-dry-run=true'], {}),
      'no-dry-run',
      'Flag --no-dry-run takes no value.',
    );
  });

  it('refuses arguments that are not flags', () => {
    expectConfigError(
      () => parseCliArgs(['deploy'], {}),
      'arguments',
      'Unexpected argument "deploy". Flags take the form --name value or --name=value; see --help.',
    );
    expectConfigError(
      () => parseCliArgs(['--'], {}),
      'arguments',
      'Unexpected argument "--". Flags take the form --name value or --name=value; see --help.',
    );
    expectConfigError(
      () => parseCliArgs(['-x'], {}),
      'arguments',
      'Unexpected argument "-x". Flags take the form --name value or --name=value; see --help.',
    );
  });
});

describe('nearestFlag and editDistance', () => {
  it('measures edits', () => {
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('alias', 'alias')).toBe(0);
  });

  it('suggests by edits, then by prefix, else nothing', () => {
    expect(nearestFlag('ALIAS')).toBe('alias');
    expect(nearestFlag('max-err')).toBe('max-error-rate');
    expect(nearestFlag('zz')).toBeUndefined();
  });
});

describe('cliHelpText', () => {
  const help = cliHelpText();

  it('lists every input as a flag with its variable', () => {
    for (const name of INPUT_NAMES) {
      expect(help).toContain(`--${name}`);
      expect(help).toContain(envName(name));
    }
  });

  it('shows each default, boolean forms, the CLI flags and a note on the secret', () => {
    for (const value of Object.values(INPUT_DEFAULTS)) expect(help).toContain(`Default: ${value}`);
    expect(help).toContain('--dry-run[=true|false], --no-dry-run');
    expect(help).toContain('--report-file <path>');
    expect(help).toContain('--help, -h');
    expect(help).toContain('--version');
    expect(help).toContain('Prefer STACK_CANARY_GITHUB_TOKEN');
  });

  it('puts the variable on its own line when the flag is too long to share one', () => {
    const lines = help.split('\n');
    const flag = lines.indexOf('  --termination-protection[=true|false], --no-termination-protection');
    expect(flag).toBeGreaterThan(0);
    expect(lines[flag + 1]?.trim()).toBe('[env STACK_CANARY_TERMINATION_PROTECTION]');
    expect(help).toContain('  --alias <value>    [env STACK_CANARY_ALIAS]');
  });

  it('takes descriptions without markdown backticks and wraps at 100 columns', () => {
    expect(help).toContain('Name of the app stack. Required when template is given.');
    expect(help).not.toContain('`');
    for (const line of help.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });
});
