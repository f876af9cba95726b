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
