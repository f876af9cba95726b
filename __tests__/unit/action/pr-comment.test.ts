/**
 * The change-set preview on a pull request: find-or-update against a local server standing in
 * for the GitHub API (the real Octokit requests), and when nothing is posted.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Change } from '@aws-sdk/client-cloudformation';
import { commentMarker } from '../../../src/action/pr-comment-body.js';
import type { PreviewConfig } from '../../../src/action/pr-comment.js';
import { commentOnPullRequest } from '../../../src/action/pr-comment.js';
import type { RunResult } from '../../../src/pipeline/types.js';
import type { ChangeSetDescription } from '../../../src/stack/types.js';
import { BOT, GitHubCommentsApi, pullRequestEnv } from '../../helpers/github-comments.js';
import { MemoryLogger } from '../../helpers/memory-logger.js';
import { testConfig } from '../../helpers/pipeline-fakes.js';

const TOKEN = 'ghs_t0kenSecretValue';
const MARKER = commentMarker('orders-api');
const ALICE = { login: 'alice', type: 'User' } as const;
const CONFIG: PreviewConfig = testConfig({ stackName: 'orders-api', dryRun: true, githubToken: TOKEN });

const MEMORY: Change = {
  Type: 'Resource',
  ResourceChange: {
    Action: 'Modify',
    LogicalResourceId: 'OrdersFunction',
    ResourceType: 'AWS::Lambda::Function',
    Replacement: 'False',
    Details: [
      { Target: { Attribute: 'Properties', Name: 'MemorySize', BeforeValue: '128', AfterValue: '256' } },
    ],
  },
};

function changeSet(stackName: string, changes: Change[]): ChangeSetDescription {
  return {
    stackName,
    id: 'arn:cs',
    name: 'cs',
    status: 'CREATE_COMPLETE',
    executionStatus: 'AVAILABLE',
    creationTime: undefined,
    changes,
  };
}

function result(changes: Change[], monitoring?: Change[]): RunResult {
  return {
    verdict: 'skipped',
    rolledBack: false,
    reason: 'dry run',
    versions: {},
    stackId: undefined,
    stackOutputs: {},
    changeSet: changeSet('orders-api', changes),
    monitoringChangeSet: monitoring && changeSet('orders-api-monitoring', monitoring),
    record: {} as RunResult['record'],
  };
}

describe('the change-set comment on a pull request', () => {
  const api = new GitHubCommentsApi();
  let dir: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    const url = await api.start();
    dir = mkdtempSync(join(tmpdir(), 'pr-comment-'));
    env = pullRequestEnv(dir, url, 'abc123def4567890');
  });
  afterAll(async () => {
    await api.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => api.setup());

  const redact = (text: string): string => text.split('256').join('***');
  const post = (logger = new MemoryLogger(), config: PreviewConfig = CONFIG, run = result([MEMORY])) =>
    commentOnPullRequest(config, run, { logger, redact, env });
  const bodies = async (): Promise<string[]> => (await api.state()).comments.map((c) => c.body);
  const LIST = 'GET /repos/acme/orders/issues/7/comments';
  const patched = (id: number | undefined): string => `PATCH /repos/acme/orders/issues/comments/${id}`;

  it('creates one comment with the marker and the property-level changes when none is there', async () => {
    const logger = new MemoryLogger();
    const outcome = await post(logger, CONFIG, result([MEMORY], []));

    expect(outcome?.action).toBe('created');
    expect(await api.calls()).toEqual(['GET /user', LIST, 'POST /repos/acme/orders/issues/7/comments']);
    const { seen } = await api.state();
    expect(seen.every((s) => s.auth === `token ${TOKEN}`)).toBe(true);
    const [body = ''] = await bodies();
    expect(body.startsWith(`${MARKER}\n`)).toBe(true);
    // the values pass through the run's redaction
    expect(body).toContain('| `MemorySize` | `128` | `***` |  |');
    expect(body).toContain('## CloudFormation change set for stack `orders-api-monitoring`');
    expect(logger.text('info')).toContain('Change-set preview created on pull request #7');
    expect(logger.text()).not.toContain(TOKEN);
  });

  it("updates the bot's marked comment in place on the next push, and never posts a second", async () => {
    // GIVEN another comment, a person's quote of the old preview, and the old preview by the bot
    await api.setup({
      comments: [
        { body: 'LGTM', user: ALICE },
        { body: `> ${MARKER}\n> quoted`, user: ALICE },
        { body: `${MARKER}\nold preview`, user: BOT },
      ],
    });
    const old = (await api.state()).comments[2];

    const outcome = await post();

    expect(outcome?.action).toBe('updated');
    expect(await api.calls()).toEqual(['GET /user', LIST, patched(old?.id)]);
    const after = await bodies();
    expect(after).toHaveLength(3);
    expect(after[2]).toContain('`MemorySize`');
    expect(after[1]).toContain('quoted');
  });

  it("with a user's token, matches that user's comment, not a bot's", async () => {
    await api.setup({
      login: 'deployer',
      comments: [
        { body: `${MARKER}\nsomeone else's`, user: BOT },
        { body: `${MARKER}\nmine`, user: { login: 'deployer', type: 'User' } },
      ],
    });
    const mine = (await api.state()).comments[1];

    await post();

    expect((await api.calls()).at(-1)).toBe(patched(mine?.id));
    expect((await bodies())[0]).toContain("someone else's");
  });

  it('finds the comment on a later page of the list', async () => {
    const others = Array.from({ length: 5 }, (_, i) => ({ body: `comment ${i}`, user: ALICE }));
    await api.setup({ pageSize: 2, comments: [...others, { body: `${MARKER}\nold`, user: BOT }] });
    const old = (await api.state()).comments[5];

    await post();

    const calls = await api.calls();
    expect(calls.filter((c) => c === LIST)).toHaveLength(3);
    expect(calls.at(-1)).toBe(patched(old?.id));
  });

  it('leaves a comment that already says the same untouched', async () => {
    await post();
    const before = (await api.calls()).length;
    const outcome = await post();
    expect(outcome?.action).toBe('unchanged');
    expect((await api.calls()).slice(before)).toEqual(['GET /user', LIST]);
  });

  it('an empty change set updates the old preview to say there are no changes', async () => {
    await post();
    await post(new MemoryLogger(), CONFIG, result([]));
    const after = await bodies();
    expect(after).toHaveLength(1);
    expect(after[0]).toContain('**no changes**');
    expect(after[0]).not.toContain('MemorySize');
  });

  it('a refusal is a warning naming the permission, and the run goes on', async () => {
    await api.setup({ refuseWrites: 403 });
    const logger = new MemoryLogger();
    await expect(post(logger)).resolves.toBeUndefined();
    expect(logger.text('warning')).toMatch(
      /^The change-set preview could not be posted on pull request #7: .*Resource not accessible by integration.*pull-requests: write/,
    );
    expect(logger.text()).not.toContain(TOKEN);
  });

  it('an unreachable API is a warning too', async () => {
    const logger = new MemoryLogger();
    const unreachable = { ...env, GITHUB_API_URL: 'http://127.0.0.1:9' };
    await commentOnPullRequest(CONFIG, result([MEMORY]), { logger, redact, env: unreachable });
    expect(logger.text('warning')).toContain('could not be posted on pull request #7');
  });

  it('no-execute-changeset previews the change set it left for review', async () => {
    const review = { ...CONFIG, dryRun: false, changeSet: { ...CONFIG.changeSet, execute: false } };
    const outcome = await post(new MemoryLogger(), review);
    expect(outcome?.action).toBe('created');
    expect((await bodies())[0]).toContain("the app stack's change set `cs` waits for review, not executed;");
  });

  it.each([
    ['not a dry run', { ...CONFIG, dryRun: false }, {}],
    ['pr-comment false', { ...CONFIG, prComment: false }, {}],
    ['no template', { ...CONFIG, template: undefined }, {}],
    ['a push event', CONFIG, { GITHUB_EVENT_NAME: 'push' }],
    ['outside GitHub', CONFIG, { GITHUB_EVENT_NAME: undefined }],
  ])('posts nothing: %s', async (_what, config, overrides) => {
    const logger = new MemoryLogger();
    const outcome = await commentOnPullRequest(config, result([MEMORY]), {
      logger,
      redact,
      env: { ...env, ...overrides },
    });
    expect(outcome).toBeUndefined();
    expect(await api.calls()).toEqual([]);
    expect(logger.text('warning')).toBe('');
  });

  it('warns when a pull request dry run has no token', async () => {
    const logger = new MemoryLogger();
    await post(logger, { ...CONFIG, githubToken: undefined });
    expect(await api.calls()).toEqual([]);
    expect(logger.text('warning')).toBe('No change-set comment on pull request #7: github-token is not set.');
  });
});
