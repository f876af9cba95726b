/** Which pull request a run previews, from the variables GitHub's runner sets. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pullRequestTarget } from '../../../src/action/pr-comment-target.js';

describe('pullRequestTarget', () => {
  let dir: string;
  const file = (name: string, text: string): string => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pr-target-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const env = (overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: file(
      'event.json',
      JSON.stringify({ pull_request: { number: 12, head: { sha: 'f00d' } } }),
    ),
    GITHUB_REPOSITORY: 'acme/orders',
    GITHUB_RUN_ID: '99',
    ...overrides,
  });

  it.each(['pull_request', 'pull_request_target'])('reads the pull request of a %s event', (event) => {
    expect(pullRequestTarget(env({ GITHUB_EVENT_NAME: event }))).toEqual({
      owner: 'acme',
      repo: 'orders',
      number: 12,
      apiUrl: 'https://api.github.com',
      commit: 'f00d',
      runUrl: 'https://github.com/acme/orders/actions/runs/99',
    });
  });

  it("takes a GitHub Enterprise Server's API and server", () => {
    const target = pullRequestTarget(
      env({ GITHUB_API_URL: 'https://ghe.example/api/v3/', GITHUB_SERVER_URL: 'https://ghe.example' }),
    );
    expect(target).toMatchObject({
      apiUrl: 'https://ghe.example/api/v3',
      runUrl: 'https://ghe.example/acme/orders/actions/runs/99',
    });
  });

  it.each([
    [{ GITHUB_EVENT_NAME: undefined }, 'not running in a GitHub workflow'],
    [{ GITHUB_EVENT_NAME: 'push' }, 'the event is push, not a pull request'],
    [{ GITHUB_REPOSITORY: 'acme' }, 'GITHUB_REPOSITORY does not name a repository as owner/name'],
    [{ GITHUB_EVENT_PATH: undefined }, 'GITHUB_EVENT_PATH is not set'],
    [{ GITHUB_EVENT_PATH: '/nonexistent/event.json' }, /^the event payload could not be read: /],
    [{ GITHUB_EVENT_PATH: 'BAD' }, 'the event payload names no pull request number'],
  ])('says why there is none: %j', (overrides: NodeJS.ProcessEnv, why) => {
    const withFile =
      overrides.GITHUB_EVENT_PATH === 'BAD'
        ? { GITHUB_EVENT_PATH: file('bad.json', '{"pull_request":{}}') }
        : overrides;
    const target = pullRequestTarget(env(withFile));
    expect(typeof target).toBe('string');
    expect(target).toEqual(typeof why === 'string' ? why : expect.stringMatching(why));
  });
});
