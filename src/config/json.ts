/**
 * Strict JSON for inputs: JSON.parse, and a key given twice in one object is an error
 * (JSON.parse would keep the last one without a word). The scan is a loop, not a recursion,
 * so deep nesting cannot exhaust the stack.
 */

export type JsonResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly reason: string; readonly duplicateKey?: string };

export const NOT_JSON = 'not valid JSON';
export const DUPLICATE_KEY = 'a key appears twice in one object';

export function parseJson(text: string): JsonResult {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    return { ok: false, reason: NOT_JSON };
  }
  const duplicateKey = firstDuplicateKey(text);
  if (duplicateKey !== undefined) return { ok: false, reason: DUPLICATE_KEY, duplicateKey };
  return { ok: true, value };
}

/** The first key that appears twice in one object of `text` (valid JSON); undefined when none does. */
export function firstDuplicateKey(text: string): string | undefined {
  /** One entry per open container: the keys of an object so far, or null for an array. */
  const open: (Set<string> | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') {
      const end = endOfString(text, i);
      const keys = open.at(-1);
      if (keys && expectKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (keys.has(key)) return key;
        keys.add(key);
        expectKey = false;
      }
      i = end;
    } else if (char === '{') {
      open.push(new Set());
      expectKey = true;
    } else if (char === '[') {
      open.push(null);
    } else if (char === '}' || char === ']') {
      open.pop();
    } else if (char === ',') {
      expectKey = open.at(-1) instanceof Set;
    }
  }
  return undefined;
}

/** The index of the quote that closes the string opening at `start`. */
function endOfString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i;
}
