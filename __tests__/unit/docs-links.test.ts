/**
 * Every relative link in README.md, docs/*.md and the CI plugins' READMEs leads somewhere: the file exists, and a `#anchor`
 * into a markdown file names one of its headings (as GitHub makes anchors from headings). Sections
 * move between the README and docs/; this catches the links they leave behind.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const root = process.cwd();
const pages = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
  ...readdirSync(join(root, 'integrations'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, 'integrations', d.name, 'README.md')))
    .map((d) => `integrations/${d.name}/README.md`),
];

/** The text outside fenced code blocks, where a `#` line is a heading. */
function outsideFences(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
}

/** The text outside code blocks and inline code, where a link is a link. */
function prose(markdown: string): string {
  return outsideFences(markdown).replace(/`[^`\n]*`/g, '');
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(file: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const [, heading = ''] of outsideFences(readFileSync(file, 'utf8')).matchAll(/^#{1,6} (.+)$/gm)) {
    const base = anchorOf(heading.replace(/`/g, ''));
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

/** Every relative link of a page: [text](target) with no scheme. */
function relativeLinks(page: string): string[] {
  const text = prose(readFileSync(join(root, page), 'utf8'));
  return [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map((m) => m[1] ?? '')
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

/** Why a link is broken, or undefined when it resolves. */
function brokenBecause(page: string, target: string): string | undefined {
  const [path = '', anchor] = target.split('#');
  const file = path === '' ? join(root, page) : join(root, dirname(page), decodeURI(path));
  if (!existsSync(file)) return `${relative(root, file)} does not exist`;
  if (anchor === undefined || !file.endsWith('.md')) return undefined;
  return anchorsOf(file).has(anchor) ? undefined : `${relative(root, file)} has no heading #${anchor}`;
}

describe('relative links in the docs', () => {
  it.each(pages)('%s: every relative link resolves', (page) => {
    const broken = relativeLinks(page).flatMap((target) => {
      const why = brokenBecause(page, target);
      return why === undefined ? [] : [`${target}: ${why}`];
    });
    expect(broken).toEqual([]);
  });

  it('finds links and makes anchors as GitHub does', () => {
    expect(relativeLinks('README.md')).toContain('docs/config.md');
    expect(anchorOf('What happens when…')).toBe('what-happens-when');
    expect(anchorOf('The IAM policy (templates/iam-policy.json)')).toBe(
      'the-iam-policy-templatesiam-policyjson',
    );
    expect(anchorOf('Step 1/2: 10% for 5m')).toBe('step-12-10-for-5m');
    expect(brokenBecause('README.md', 'docs/no-such-page.md')).toBe('docs/no-such-page.md does not exist');
    expect(brokenBecause('docs/iam.md', 'ci.md#no-such-heading')).toBe(
      'docs/ci.md has no heading #no-such-heading',
    );
    expect(brokenBecause('docs/iam.md', 'templates.md#the-guard')).toBeUndefined();
  });
});
