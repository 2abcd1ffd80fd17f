/**
 * Runs one task per file, `concurrency` at a time, reporting each file's state as it changes, so a
 * drop of many resumes shows a progress bar and a result per file. Resolves when all are done; a
 * failed file never stops the others.
 *
 * ```ts
 * await runQueue(files, (f) => importResume(api, f), (i, s) => update(i, s), 2);
 * ```
 */
export type QueueState<R> = { state: 'waiting' } | { state: 'running' } | { state: 'done'; result: R };

export async function runQueue<T, R>(
  items: T[],
  task: (item: T) => Promise<R>,
  onChange: (index: number, state: QueueState<R>) => void,
  concurrency = 2,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      onChange(i, { state: 'running' });
      const result = await task(items[i]!);
      results[i] = result;
      onChange(i, { state: 'done', result });
    }
  };
  items.forEach((_, i) => onChange(i, { state: 'waiting' }));
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  return results;
}
