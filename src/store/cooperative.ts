/**
 * Analysis is synchronous JavaScript, IndexedDB works off the main thread.
 * Preparing the next batch in slices, yielding between them, lets the
 * previous batch's transaction run meanwhile, so ingest costs about
 * max(analysis, writing) instead of their sum.
 */
const SLICE_MS = 8;

/** Yields to the event loop (a task, not a microtask, so IndexedDB callbacks run). */
export function yieldToEventLoop(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** `items.map(fn)` in slices of about 8 ms with a yield between slices. */
export async function mapCooperatively<T, R>(items: T[], fn: (item: T, index: number) => R): Promise<R[]> {
  const out: R[] = [];
  let sliceStart = Date.now();
  for (let i = 0; i < items.length; i++) {
    out.push(fn(items[i], i));
    if (Date.now() - sliceStart >= SLICE_MS) {
      await yieldToEventLoop();
      sliceStart = Date.now();
    }
  }
  return out;
}
