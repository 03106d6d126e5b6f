import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeBlocks } from '../../src/engine/index.ts';
import { PageCheckExpired, PageChecks } from '../../src/background/page-checks.ts';

const analysis = Promise.resolve(analyzeBlocks(['أعلنت وزارة الداخلية السودانية ارتفاع حصيلة ضحايا الفيضانات إلى 121 قتيلا و2059 مصابا.'], 'الفيضانات في السودان'));
const check = { url: 'https://www.alsabah.example/sudan-floods', analysis, incognito: false };
const tab = (tabId: number, frameId = 0) => ({ tabId, frameId });

afterEach(() => {
  vi.useRealTimers();
});

describe('PageChecks', () => {
  it('gives a check back to the tab and frame that made it, as often as asked', () => {
    const checks = new PageChecks();
    const id = checks.hold(tab(4), check);
    expect(checks.take(tab(4), id).analysis).toBe(analysis);
    // A corpus change asks for the verdicts of the same check again.
    expect(checks.take(tab(4), id).url).toBe(check.url);
  });

  it('never gives one tab\'s or frame\'s check to another', () => {
    const checks = new PageChecks();
    const id = checks.hold(tab(4), check);
    expect(() => checks.take(tab(5), id)).toThrow(PageCheckExpired);
    expect(() => checks.take(tab(4, 3), id)).toThrow(PageCheckExpired);
    expect(() => checks.take(tab(4), id + 1)).toThrow(PageCheckExpired);
  });

  it('keeps only the newest check of a frame', () => {
    const checks = new PageChecks();
    const first = checks.hold(tab(4), check);
    const second = checks.hold(tab(4), { ...check, url: 'https://www.alsabah.example/sudan-floods-2' });
    expect(second).not.toBe(first);
    expect(() => checks.take(tab(4), first)).toThrow(PageCheckExpired);
    expect(checks.take(tab(4), second).url).toMatch(/floods-2$/);
    expect(checks.size).toBe(1);
  });

  it('forgets a private tab\'s check once its verdicts are taken', () => {
    const checks = new PageChecks();
    const id = checks.hold(tab(9), { ...check, incognito: true });
    // The rest of its claims is asked for first, and keeps the check.
    expect(checks.peek(tab(9), id).incognito).toBe(true);
    expect(checks.take(tab(9), id).incognito).toBe(true);
    expect(() => checks.take(tab(9), id)).toThrow(PageCheckExpired);
    expect(checks.size).toBe(0);
  });

  it('forgets checks after their time, and holds at most a few, the oldest going first', () => {
    vi.useFakeTimers();
    const checks = new PageChecks(1000, 3);
    const ids = [1, 2, 3, 4].map((t) => checks.hold(tab(t), check));
    expect(checks.size).toBe(3);
    expect(() => checks.take(tab(1), ids[0])).toThrow(PageCheckExpired);
    expect(checks.take(tab(2), ids[1])).toBeTruthy();
    vi.advanceTimersByTime(1001);
    expect(checks.size).toBe(0);
    expect(() => checks.take(tab(4), ids[3])).toThrow(PageCheckExpired);
  });

  it('names the error so it crosses the message boundary as PageCheckExpired', () => {
    expect(new PageCheckExpired().name).toBe('PageCheckExpired');
  });
});
