/** A logger that keeps what it is told, for tests to read the lines back. */
import type { Logger } from '../../src/logger.js';

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
