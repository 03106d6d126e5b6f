/** Cooperative scheduling so no task of the content script blocks the page for long. */

/** Slice length: well under the 50 ms that counts as a long task. */
export const SLICE_MS = 10;

/**
 * Text a slice may change before the page lays it out. The browser lays out
 * again every paragraph a mark went into, after the slice, in a task of its
 * own: on a 5,000-word Arabic page a 10 ms slice left 25-50 ms of layout,
 * a slice of 3,000 characters 2-15 ms.
 */
export const SLICE_TEXT = 3000;

/** Longest wait for a frame: a page whose frames are throttled (hidden, offscreen) is not waited on. */
const FRAME_WAIT_MS = 50;

export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves in a task after the page's next rendering (its style and layout), or at once on a hidden page. */
export function afterNextFrame(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') return yieldToMain();
  return new Promise((resolve) => {
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(go, FRAME_WAIT_MS);
    // rAF callbacks run just before the frame's layout: the task after them comes once it is done.
    requestAnimationFrame(() => setTimeout(go, 0));
  });
}

/**
 * Runs `step` over `items`, yielding to the page whenever a slice is used up:
 * by time, or (with `textOf`) by the text its steps changed, after which the
 * next slice waits for the page to have laid that text out. Stops early
 * (returning false) when `signal` aborts or `stale()` says the work is no
 * longer wanted.
 */
export async function sliced<T>(
  items: T[],
  step: (item: T) => void,
  signal: AbortSignal,
  stale: () => boolean = () => false,
  textOf?: (item: T) => number,
): Promise<boolean> {
  let sliceStart = performance.now();
  let changed = 0;
  for (const item of items) {
    if (changed >= SLICE_TEXT) {
      await afterNextFrame();
      sliceStart = performance.now();
      changed = 0;
    } else if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToMain();
      sliceStart = performance.now();
    }
    if (signal.aborted || stale()) return false;
    step(item);
    if (textOf) changed += textOf(item);
  }
  return true;
}
