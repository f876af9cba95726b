/** One minute in milliseconds: the unit of metrics, settings and steps. */
export const MINUTE_MS = 60_000;
