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

/** A logger that keeps what it is told: for tests and for callers that want the lines. */
export class MemoryLogger implements Logger {
  readonly lines: { level: 'debug' | 'info' | 'warning' | 'error' | 'group'; message: string }[] = [];
  debug(message: string): void {
    this.lines.push({ level: 'debug', message });
  }
  info(message: string): void {
    this.lines.push({ level: 'info', message });
  }
  warning(message: string): void {
    this.lines.push({ level: 'warning', message });
  }
  error(message: string): void {
    this.lines.push({ level: 'error', message });
  }
  async group<T>(title: string, body: () => Promise<T>): Promise<T> {
    this.lines.push({ level: 'group', message: title });
    return body();
  }
  text(level?: 'debug' | 'info' | 'warning' | 'error' | 'group'): string {
    return this.lines
      .filter((l) => level === undefined || l.level === level)
      .map((l) => l.message)
      .join('\n');
  }
}
