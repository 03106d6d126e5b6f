import { describe, expect, it } from 'vitest';
import { LineFeed } from '../../src/background/line-feed.ts';

describe('LineFeed', () => {
  it('hands lines from several messages to one reader, resolving each push once its lines were taken', async () => {
    const feed = new LineFeed();
    const read: string[] = [];
    const reader = (async () => {
      for await (const line of feed) read.push(line);
    })();
    await feed.push(['{"v":1,"text":"أ"}', '{"v":1,"text":"ب"}']);
    expect(read).toHaveLength(2);
    await feed.push(['{"v":1,"text":"ج"}']);
    feed.end();
    await reader;
    expect(read).toEqual(['{"v":1,"text":"أ"}', '{"v":1,"text":"ب"}', '{"v":1,"text":"ج"}']);
  });

  it('releases waiting pushes when the reader stops early', async () => {
    const feed = new LineFeed();
    const reader = (async () => {
      for await (const line of feed) if (line === 'stop') return;
    })();
    const pushed = feed.push(['stop', 'never read']);
    await reader;
    await expect(pushed).resolves.toBeUndefined();
    await expect(feed.push(['later'])).resolves.toBeUndefined();
  });
});
