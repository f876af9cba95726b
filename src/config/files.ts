/**
 * The little file access the config needs (template, parameter file, payload file), behind an
 * interface so the parsers stay pure and tests can hand them files without a disk.
 */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';

export interface FileInfo {
  readonly isFile: boolean;
  readonly size: number;
}

export interface FileAccess {
  /** An absolute path: relative paths are taken from the working directory. */
  resolve(path: string): string;
  /** undefined when nothing is there (or it cannot be seen). */
  stat(absolutePath: string): FileInfo | undefined;
  /** The file as UTF-8 text; undefined when it cannot be read. */
  read(absolutePath: string): string | undefined;
}

export function nodeFileAccess(cwd: string): FileAccess {
  return {
    resolve: (path) => (isAbsolute(path) ? path : resolve(cwd, path)),
    stat: (absolutePath) => {
      try {
        const stats = statSync(absolutePath);
        return { isFile: stats.isFile(), size: stats.size };
      } catch {
        return undefined;
      }
    },
    read: (absolutePath) => {
      try {
        return readFileSync(absolutePath, 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}
