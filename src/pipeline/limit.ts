/**
 * Bounded concurrency for per-function AWS calls: a run of many functions sends at most
 * FUNCTION_CONCURRENCY requests at once, instead of one per function all together.
 */

/** At most this many per-function calls in flight at once. */
export const FUNCTION_CONCURRENCY = 8;

/** Runs `task` on every item, at most `limit` at a time; every task settles; results in input order. */
export async function settleLimited<T, R>(
  items: readonly T[],
  task: (item: T, index: number) => Promise<R>,
  limit = FUNCTION_CONCURRENCY,
): Promise<PromiseSettledResult<R>[]> {
  const results: PromiseSettledResult<R>[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      try {
        results[index] = { status: 'fulfilled', value: await task(items[index] as T, index) };
      } catch (reason) {
        results[index] = { status: 'rejected', reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
  return results;
}

/** Like Promise.all over `items`, at most `limit` at a time; when tasks fail, the first error is thrown once all have settled. */
export async function mapLimited<T, R>(
  items: readonly T[],
  task: (item: T, index: number) => Promise<R>,
  limit = FUNCTION_CONCURRENCY,
): Promise<R[]> {
  const results = await settleLimited(items, task, limit);
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((r) => (r as PromiseFulfilledResult<R>).value);
}
