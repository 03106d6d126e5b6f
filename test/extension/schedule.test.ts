// @vitest-environment happy-dom
/**
 * Wrapping is sliced by time and by the text it changes: past the text
 * budget the next slice waits until the page has laid out the last one,
 * so no layout after a slice becomes a long task.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextFrame, SLICE_TEXT, sliced } from '../../src/content/page/schedule.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('sliced', () => {
  it('waits for a frame each time the steps have changed a slice of text', async () => {
    const frames: number[] = [];
    const done: number[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
      frames.push(done.length);
      return setTimeout(() => cb(0), 0) as unknown as number;
    });
    const items = Array.from({ length: 10 }, (_, i) => i);
    const ok = await sliced(items, (i) => done.push(i), new AbortController().signal, () => false, () => SLICE_TEXT / 2);
    expect(ok).toBe(true);
    expect(done).toEqual(items);
    // Two blocks fill a slice: a frame before the 3rd, 5th, 7th and 9th.
    expect(frames).toEqual([2, 4, 6, 8]);
  });

  it('waits for no frame when no text is counted', async () => {
    const raf = vi.fn();
    vi.stubGlobal('requestAnimationFrame', raf);
    await sliced([1, 2, 3], () => {}, new AbortController().signal);
    expect(raf).not.toHaveBeenCalled();
  });

  it('stops when the work goes stale between slices', async () => {
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => setTimeout(() => cb(0), 0));
    let stale = false;
    const done: number[] = [];
    const ok = await sliced([1, 2, 3, 4], (i) => {
      done.push(i);
      if (i === 2) stale = true;
    }, new AbortController().signal, () => stale, () => SLICE_TEXT);
    expect(ok).toBe(false);
    expect(done).toEqual([1, 2]);
  });
});

describe('afterNextFrame', () => {
  it('does not wait for frames that never come (a throttled page)', async () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const start = Date.now();
    await afterNextFrame();
    expect(Date.now() - start).toBeLessThan(1000);
  });

  it('does not wait for a frame on a hidden page', async () => {
    const raf = vi.fn();
    vi.stubGlobal('requestAnimationFrame', raf);
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    await afterNextFrame();
    expect(raf).not.toHaveBeenCalled();
  });
});
