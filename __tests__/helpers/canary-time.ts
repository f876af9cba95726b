/** The fixed time canary unit tests start from, and minute n after (or before) it. */
export const T0 = Date.UTC(2026, 10, 28, 10, 0, 0);
export const min = (n: number): number => T0 + n * 60_000;
