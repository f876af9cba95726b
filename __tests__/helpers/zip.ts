import { zip } from '../../scripts/demo/zip.mjs';

/** A one-file ZIP archive (stored, not compressed): enough for Lambda code in tests. */
export function zipOneFile(name: string, content: string): Buffer {
  return zip({ [name]: content });
}
