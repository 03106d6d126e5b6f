import { describe, expect, it } from 'vitest';
import { LINE_CUT, lineBatches } from '../../src/options/jsonl-batches.ts';

async function* bytes(...parts: string[]): AsyncGenerator<Uint8Array> {
  for (const p of parts) yield new TextEncoder().encode(p);
}

async function collect(source: AsyncIterable<Uint8Array>, maxChars?: number) {
  const out = [];
  for await (const b of lineBatches(source, maxChars)) out.push(b);
  return out;
}

describe('lineBatches', () => {
  it('splits a stream into lines across chunk boundaries, including a multi-byte letter cut in two', async () => {
    const line1 = JSON.stringify({ v: 1, title: 'الفيضانات في السودان', text: 'قتل 112 شخصا' });
    const encoded = new TextEncoder().encode(`${line1}\r\n{"v":1}\n`);
    // Cut inside the two bytes of an Arabic letter.
    const cut = encoded.indexOf(0xd8) + 1;
    async function* chunks() {
      yield encoded.slice(0, cut);
      yield encoded.slice(cut);
    }
    const batches = await collect(chunks());
    expect(batches.flatMap((b) => b.lines)).toEqual([line1, '{"v":1}']);
    expect(batches.at(-1)!.bytesRead).toBe(encoded.byteLength);
  });

  it('keeps empty lines so line numbers match the file, and starts a new batch past the size limit', async () => {
    const batches = await collect(bytes('أ'.repeat(6), '\n\n', 'ب'.repeat(6), '\nج'), 10);
    expect(batches.map((b) => b.lines)).toEqual([['أأأأأأ', ''], ['بببببب', 'ج']]);
  });

  it('cuts a runaway line just past the store limit instead of holding it whole', async () => {
    const huge = 'س'.repeat(LINE_CUT * 3);
    const batches = await collect(bytes(huge, '\nبعده'));
    const lines = batches.flatMap((b) => b.lines);
    expect(lines[0].length).toBe(LINE_CUT);
    expect(lines[1]).toBe('بعده');
  });
});
