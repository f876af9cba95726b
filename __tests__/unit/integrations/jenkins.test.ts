/**
 * The Jenkins shared-library step (integrations/jenkins/vars/stackCanary.groovy), read as text:
 * every input of action.yml is an entry of its INPUTS map with the default of action.yml, each
 * reaches the CLI as STACK_CANARY_* (the step's envName, applied here, against the CLI's), the OIDC
 * id-token file credential becomes the SDK's web identity, and each CLI exit code maps to the
 * build result. The Jenkinsfile example uses only options the step accepts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { envName } from '../../../src/cli/args.js';
import type { InputName } from '../../../src/config/inputs.js';
import { actionInputs, EXIT_CASES, PLUGINS } from '../../helpers/ci-plugins.js';

const DIR = join(PLUGINS, 'jenkins');
const step = readFileSync(join(DIR, 'vars', 'stackCanary.groovy'), 'utf8');

/** A Groovy single-quoted string's value. */
const unquote = (text: string): string => text.slice(1, -1).replace(/\\(.)/g, '$1');
const SINGLE_QUOTED = String.raw`'(?:[^'\\]|\\.)*'`;

/** The entries of the map literal `final Map<String, String> <name> = [ ... ]`. */
function mapLiteral(name: string): Map<string, string> {
  const body = new RegExp(String.raw`final Map<String, String> ${name} = \[([\s\S]*?)\n\]`).exec(step)?.[1];
  if (body === undefined) throw new Error(`no map ${name}`);
  const entries = new Map<string, string>();
  const entry = new RegExp(String.raw`^\s*(${SINGLE_QUOTED}): (${SINGLE_QUOTED}),\s*$`);
  for (const line of body.split('\n')) {
    if (/^\s*(\/\/.*)?$/.test(line)) continue;
    const match = entry.exec(line);
    if (!match?.[1] || !match[2]) throw new Error(`not a map entry: ${line}`);
    entries.set(unquote(match[1]), unquote(match[2]));
  }
  return entries;
}

/** The step's envName, applied: 'STACK_CANARY_' + input.toUpperCase().replace('-', '_'). */
function groovyEnvName(input: string): string {
  const body = /static String envName\(String input\) \{\s*return (.+)\s*\}/.exec(step)?.[1]?.trim();
  expect(body).toBe(`'STACK_CANARY_' + input.toUpperCase().replace('-', '_')`);
  // Java's String.replace(CharSequence, CharSequence) replaces every occurrence.
  return `STACK_CANARY_${input.toUpperCase().split('-').join('_')}`;
}

/** The body of the branch of `switch (status)` that a code takes. */
function branchFor(code: number): string {
  const block = /switch \(status\) \{([\s\S]*)\n\s{4}\}/.exec(step)?.[1];
  if (block === undefined) throw new Error('no switch (status)');
  const branches = block.split(/\n\s*(?=case -?\d+:|default:)/).filter((b) => b.trim() !== '');
  const own = branches.find((b) => b.trim().startsWith(`case ${code}:`));
  const fallback = branches.find((b) => b.trim().startsWith('default:'));
  const chosen = own ?? fallback;
  if (chosen === undefined) throw new Error(`no branch for ${code}`);
  return chosen;
}

describe('the Jenkins shared-library step', () => {
  const inputs = mapLiteral('INPUTS');
  const options = mapLiteral('OPTIONS');

  it.each(actionInputs())(
    'takes the input $name with the default of action.yml, as the CLI variable of that name',
    (input) => {
      const name = input.name;
      expect(inputs.get(name)).toBe(input.default);
      expect(groovyEnvName(name)).toBe(envName(name as InputName));
    },
  );

  it('hands every input, given or defaulted, to the CLI, and stops on an option it does not know', () => {
    expect(step).toMatch(
      /INPUTS\.collect \{ name, fallback ->\s*"\$\{envName\(name\)\}=\$\{args\[name\] == null \? fallback : String\.valueOf\(args\[name\]\)\}"/,
    );
    expect(step).toMatch(/withEnv\(variables\)/);
    expect(step).toMatch(
      /findAll \{ !INPUTS\.containsKey\(it\) && !OPTIONS\.containsKey\(it\) \}\s*if \(unknown\) \{\s*error\(/,
    );
    // The command line is single-quoted: the shell expands the variables, Groovy interpolates nothing.
    expect(step).toContain(
      `sh(script: 'npx --yes "$CANARY_PACKAGE" --report-file "$CANARY_REPORT" > /dev/null', returnStatus: true)`,
    );
    expect([...options.keys()]).toEqual([
      'aws-role-arn',
      'oidc-credentials-id',
      'token-lifetime',
      'credentialsId',
      'cli-version',
      'report-file',
    ]);
  });

  it('binds the OIDC id-token file credential as the SDK web identity for aws-role-arn', () => {
    expect(step).toContain(
      `withCredentials([file(credentialsId: options['oidc-credentials-id'], variable: 'AWS_WEB_IDENTITY_TOKEN_FILE')])`,
    );
    expect(step).toContain(`"AWS_ROLE_ARN=\${options['aws-role-arn']}"`);
    expect(step).toMatch(/"AWS_ROLE_SESSION_NAME=stack-canary-\$\{env\.BUILD_NUMBER\}"/);
  });

  it("tells the CLI the id token's lifetime (the plugin's 3600 s unless token-lifetime says more), unless credentials-lifetime is given", () => {
    expect(options.get('token-lifetime')).toBe('3600');
    expect(step).toMatch(
      /if \(!args\['credentials-lifetime'\]\) \{\s*oidc << "STACK_CANARY_CREDENTIALS_LIFETIME=\$\{options\['token-lifetime'\]\}s from token-lifetime"/,
    );
    // Inside the OIDC branch only, and inside the outer withEnv, so that it wins over the input's ''.
    const oidcBranch = /if \(options\['oidc-credentials-id'\]\) \{([\s\S]*?)\} else if/.exec(step)?.[1] ?? '';
    expect(oidcBranch).toContain('withEnv(oidc)');
    expect(step.indexOf('withEnv(variables)')).toBeLessThan(step.indexOf('withEnv(oidc)'));
    expect(step).toMatch(/if \(!\(options\['token-lifetime'\] ==~ \/\[1-9\]\[0-9\]\*\/\)\) \{\s*error\(/);
  });

  it('binds an AWS Credentials plugin credential with credentialsId, and refuses it beside an OIDC token', () => {
    expect(step).toContain(
      `withCredentials([[$class: 'AmazonWebServicesCredentialsBinding', credentialsId: options['credentialsId']]])`,
    );
    expect(step).toMatch(
      /if \(options\['oidc-credentials-id'\] && options\['credentialsId'\]\) \{\s*error\(/,
    );
  });

  it('has Global Variable Reference help (vars/stackCanary.txt) that names every option of its own', () => {
    const help = readFileSync(join(DIR, 'vars', 'stackCanary.txt'), 'utf8');
    for (const option of options.keys()) expect(help).toContain(`<code>${option}</code>`);
    expect(help).toContain('withAWS');
    expect(help).toContain('Node.js 22 or later');
  });

  it.each(EXIT_CASES)('maps the CLI exit code $code ($meaning) to the build result', (exit) => {
    const code = exit.code;
    const branch = branchFor(code);
    expect(branch.includes('error(')).toBe(!exit.passes);
    if (exit.passes) expect(branch).toMatch(/return status/);
    if (code >= 128)
      expect(branch).toMatch(/if \(status >= 128\) \{\s*currentBuild\.result = 'ABORTED'\s*error\(/);
  });

  it('has a README and a Jenkinsfile that calls the step with options it accepts', () => {
    expect(readFileSync(join(DIR, 'README.md'), 'utf8')).toContain('oidc-provider');
    const jenkinsfile = readFileSync(join(DIR, 'Jenkinsfile'), 'utf8');
    const call = /stackCanary\(([\s\S]*?)\n\s*\)/.exec(jenkinsfile)?.[1] ?? '';
    const keys = [...call.matchAll(/^\s*(?:'([a-z0-9-]+)'|([a-z]+)):/gm)].map((m) => m[1] ?? m[2] ?? '');
    expect(keys.length).toBeGreaterThan(5);
    for (const key of keys) expect(inputs.has(key) || options.has(key)).toBe(true);
  });
});
