export function javaToJs(pattern: string): { source: string; flags: string };
export function compilePattern(
  pattern: string,
): { regex: RegExp; error?: undefined } | { error: string; regex?: undefined };
