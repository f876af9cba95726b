/**
 * The small logging interface the engine writes to. The action adapts the runner's log to it (src/action/logger.ts),
 * the CLI adapts the console; nothing below the entry points imports @actions/*.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  /** Becomes a warning annotation in the action. */
  warning(message: string): void;
  /** Becomes an error annotation in the action. */
  error(message: string): void;
  /** Collapsible group in the action log; a heading in the CLI. */
  group<T>(title: string, body: () => Promise<T>): Promise<T>;
}

/**
 * A logger whose every line starts with `[prefix] ` (one region of a release in waves). Regions run
 * at once, so a group would mix their lines: its title becomes a line of its own instead.
 */
export function prefixedLogger(logger: Logger, prefix: string): Logger {
  const tag = (message: string): string => `[${prefix}] ${message}`;
  return {
    debug: (message) => logger.debug(tag(message)),
    info: (message) => logger.info(tag(message)),
    warning: (message) => logger.warning(tag(message)),
    error: (message) => logger.error(tag(message)),
    group: (title, body) => {
      logger.info(tag(title));
      return body();
    },
  };
}
