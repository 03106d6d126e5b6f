import { describe, expect, it } from 'vitest';
import { messageParts } from '../../src/content/page/message-parts.ts';
import { TextUpload } from '../../src/background/text-upload.ts';
import { MAX_MESSAGE_TEXT_CHARS } from '../../src/platform/protocol.ts';

const sentence = 'أعلن الدفاع المدني إنقاذ 120 شخصا، وقال إن 45 آخرين ما زالوا مفقودين. ';
const page = (blocks: string[]) => ({ url: 'https://example.net/a', title: 'تقرير عن الفيضانات', blocks });

/** What the background rebuilds from the parts. */
async function rebuilt(parts: ReturnType<typeof messageParts>): Promise<string[]> {
  if (!parts.request.rest) return parts.request.blocks;
  const upload = new TextUpload(parts.request.rest);
  for (const p of parts.pieces) upload.add(p);
  return [...parts.request.blocks, ...(await upload.blocks)];
}

describe('messageParts', () => {
  it('sends a page that fits whole, with its lead when the lead is shorter', () => {
    const p = page([sentence, sentence, sentence]);
    expect(messageParts(p, 1)).toEqual({ request: { ...p, lead: 1 }, pieces: [] });
    expect(messageParts(p, 3)).toEqual({ request: p, pieces: [] });
  });

  it('cuts a megabyte paragraph into pieces of at most the limit; the background gets every block back', async () => {
    const big = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const p = page([sentence, big, sentence]);
    const parts = messageParts(p, 1);
    expect(parts.request.blocks).toEqual([sentence]);
    expect(parts.request.lead).toBe(1);
    expect(parts.request.rest).toEqual([big.length, sentence.length]);
    expect(parts.pieces.length).toBe(Math.ceil((big.length + sentence.length) / MAX_MESSAGE_TEXT_CHARS));
    for (const piece of parts.pieces) expect(piece.length).toBeLessThanOrEqual(MAX_MESSAGE_TEXT_CHARS);
    expect(await rebuilt(parts)).toEqual(p.blocks);
  });

  it('keeps the lead inside what check-page carries, down to none when the first block is too long', async () => {
    const blocks = ['قصير', 'x'.repeat(50), 'y'.repeat(30), '', 'z'.repeat(70)];
    for (let max = 5; max <= 200; max += 7) {
      for (let lead = 0; lead <= blocks.length; lead++) {
        const parts = messageParts(page(blocks), lead, max + page(blocks).title.length);
        const sent = parts.request.blocks.length;
        if (parts.request.rest) expect(parts.request.lead).toBe(Math.min(lead, sent));
        for (const piece of parts.pieces) expect(piece.length).toBeLessThanOrEqual(max + page(blocks).title.length);
        expect(await rebuilt(parts)).toEqual(blocks);
      }
    }
  });
});

describe('TextUpload', () => {
  it('resolves once the announced lengths are in, and refuses what runs past them, keeping what came before', async () => {
    const u = new TextUpload([3, 0, 4]);
    expect(u.add('نحو')).toEqual({ received: 3, expected: 7 });
    expect(() => u.add('أكثر من')).toThrow(/announced lengths/);
    expect(u.complete).toBe(false);
    expect(u.add('ألفي')).toEqual({ received: 7, expected: 7 });
    expect(await u.blocks).toEqual(['نحو', '', 'ألفي']);
    expect(() => u.add('')).toThrow(/complete already/);
  });

  it('splits a surrogate pair across pieces without losing it', async () => {
    const emoji = '🌊';
    const u = new TextUpload([2]);
    u.add(emoji[0]);
    u.add(emoji[1]);
    expect(await u.blocks).toEqual([emoji]);
  });
});
