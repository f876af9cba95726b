import type { Logger } from '../logger.js';
import * as runner from './runner.js';

/**
 * The engine's Logger on the runner's log: warnings and errors become annotations. Every message
 * passes through `redact` first (the runner masks what it was told to as well; this is the second
 * line of defence, and the only one for what is written before a mask is registered).
 */
export function redactingActionLogger(redact: (text: string) => string): Logger {
  return {
    debug: (message) => runner.debug(redact(message)),
    info: (message) => runner.info(redact(message)),
    warning: (message) => runner.warning(redact(message)),
    error: (message) => runner.error(redact(message)),
    group: (title, body) => runner.group(redact(title), body),
  };
}

/** For callers with nothing to redact (the post step knows no secret value). */
export const actionLogger: Logger = redactingActionLogger((text) => text);
