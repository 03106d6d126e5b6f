/** Cooperative scheduling so no task of the content script blocks the page for long. */

/** Slice length: well under the 50 ms that counts as a long task. */
export const SLICE_MS = 10;

export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `step` over `items`, yielding to the page whenever a slice is used up.
 * Stops early (returning false) when `signal` aborts or `stale()` says the
 * work is no longer wanted.
 */
export async function sliced<T>(items: T[], step: (item: T) => void, signal: AbortSignal, stale: () => boolean = () => false): Promise<boolean> {
  let sliceStart = performance.now();
  for (const item of items) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToMain();
      sliceStart = performance.now();
    }
    if (signal.aborted || stale()) return false;
    step(item);
  }
  return true;
}
