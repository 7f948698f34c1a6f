// Overlapping file work without unbounded fan-out: a batch or an archive reads thousands of small
// files, and one await at a time left the process idle most of an unchanged run.
/** `fn` over the items with at most `limit` in flight: file work overlaps while memory stays bounded. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!);
      }
    }),
  );
  return out;
}
