/** files: { 'index.js': 'text' } → a zip archive (stored entries) as a Buffer. */
export function zip(files: Readonly<Record<string, string>>): Buffer;
