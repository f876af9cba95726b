/**
 * The little file access the config needs (template, parameter file, payload file), behind an
 * interface so the parsers stay pure and tests can hand them files without a disk. Every file
 * has a size cap that is checked on its size before a byte is read, and the read itself stops
 * at the cap (a file that grows in between is still refused).
 */
import { closeSync, openSync, readSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { badFile } from './messages.js';

export interface FileInfo {
  readonly isFile: boolean;
  readonly size: number;
}

export interface FileAccess {
  /** An absolute path: relative paths are taken from the working directory. */
  resolve(path: string): string;
  /** undefined when nothing is there (or it cannot be seen). */
  stat(absolutePath: string): FileInfo | undefined;
  /**
   * The file as UTF-8 text, reading no more than maxBytes + 1 bytes (`over` tells that there
   * were more than maxBytes); undefined when it cannot be read.
   */
  read(absolutePath: string, maxBytes: number): { readonly text: string; readonly over: boolean } | undefined;
  /** The names in a directory, sorted; undefined when it is not a directory that can be read. */
  list?(absolutePath: string): string[] | undefined;
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
    read: (absolutePath, maxBytes) => {
      let fd: number | undefined;
      try {
        fd = openSync(absolutePath, 'r');
        const buffer = Buffer.alloc(maxBytes + 1);
        let length = 0;
        for (;;) {
          const got = readSync(fd, buffer, length, buffer.length - length, null);
          if (got === 0 || (length += got) === buffer.length) break;
        }
        return {
          text: buffer.subarray(0, Math.min(length, maxBytes)).toString('utf8'),
          over: length > maxBytes,
        };
      } catch {
        return undefined;
      } finally {
        if (fd !== undefined) closeSync(fd);
      }
    },
    list: (absolutePath) => {
      try {
        return readdirSync(absolutePath).sort();
      } catch {
        return undefined;
      }
    },
  };
}

/** A file's size cap and who sets it, for the message: `1000000 bytes, over the 999 <who> accepts`. */
export interface SizeCap {
  readonly bytes: number;
  readonly who: string;
}

const overCap = (size: number, cap: SizeCap): string =>
  `${size} bytes, over the ${cap.bytes} ${cap.who} accepts`;

/** The file at `path` (as the input wrote it): there, a file, within its cap. Nothing is read. */
export function checkedFile(
  files: FileAccess,
  path: string,
  cap: SizeCap,
): { absolute: string; size: number } {
  const absolute = files.resolve(path);
  const info = files.stat(absolute);
  if (info === undefined) throw badFile(path, { reason: 'not found' });
  if (!info.isFile) throw badFile(path, { reason: 'not a file' });
  if (info.size > cap.bytes) throw badFile(path, { reason: overCap(info.size, cap) });
  return { absolute, size: info.size };
}

/** The text of the file at `path`, its size checked before it is read. */
export function readCappedFile(files: FileAccess, path: string, cap: SizeCap): string {
  const { absolute } = checkedFile(files, path, cap);
  const read = files.read(absolute, cap.bytes);
  if (read === undefined) throw badFile(path, { reason: 'cannot be read' });
  if (read.over) throw badFile(path, { reason: `over the ${cap.bytes} bytes ${cap.who} accepts` });
  return read.text;
}
