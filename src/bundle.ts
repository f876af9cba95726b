/**
 * The one bundle (dist/bundle): the action's main and post steps and the CLI share every module.
 * The entry scripts (src/entry/action.ts for action.yml's main and post, src/entry/cli.ts for the
 * CLI) only call in here. Each path loads what it needs and no more: a dynamic import becomes a chunk that is
 * read when, and only when, that path reaches it.
 */
import { errorMessage } from './errors.js';

/**
 * action.yml points main and post at the same script. The main step saves IS_POST_KEY before
 * anything else; the runner hands it to the post step only, which then knows what it is.
 * The runner protocol (@actions/core) is its own chunk: the CLI never loads it.
 */
export async function runActionStep(): Promise<void> {
  const { fail, getState, saveState } = await import('./action/runner.js');
  const { IS_POST_KEY } = await import('./action/state.js');
  if (getState(IS_POST_KEY) !== '') {
    const { runPost } = await import('./action/post.js');
    return runPost();
  }
  try {
    saveState(IS_POST_KEY, 'true');
  } catch (error) {
    fail(errorMessage(error));
    return;
  }
  const { runAction } = await import('./action/main.js');
  return runAction();
}

/** The CLI: its exit code. */
export async function runCliProcess(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { runCli } = await import('./cli/run.js');
  return runCli(argv, env);
}
