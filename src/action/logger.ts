import * as core from '@actions/core';
import type { Logger } from '../logger.js';

/** The engine's Logger on top of @actions/core: warnings and errors become annotations. */
export const actionLogger: Logger = {
  debug: (message) => core.debug(message),
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  error: (message) => core.error(message),
  group: (title, body) => core.group(title, body),
};
