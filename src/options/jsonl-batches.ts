/**
 * Streams a JSON Lines file as batches of lines, so the options page never
 * holds the whole file and no message to the background gets large: a batch
 * stays under `maxChars` (one longer line travels alone, cut just past the
 * store's line limit so the store still reports it as too long).
 */
export interface LineBatch {
  lines: string[];
  /** Bytes of the file read so far, for a progress bar. */
  bytesRead: number;
}

/** About 2 MiB of Arabic text as UTF-8: far below any message limit. */
export const BATCH_CHARS = 1 << 20;
/** The store refuses lines over 2 Mi characters; one more is enough for it to say so. */
export const LINE_CUT = 2 * 1024 * 1024 + 1;

export async function* lineBatches(
  chunks: AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>,
  maxChars = BATCH_CHARS,
): AsyncGenerator<LineBatch> {
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  let batch: string[] = [];
  let size = 0;
  let bytesRead = 0;
  const push = function* (line: string): Generator<LineBatch> {
    const l = line.endsWith('\r') ? line.slice(0, -1) : line;
    const cut = l.length > LINE_CUT ? l.slice(0, LINE_CUT) : l;
    if (size + cut.length > maxChars && batch.length) {
      yield { lines: batch, bytesRead };
      batch = [];
      size = 0;
    }
    batch.push(cut);
    size += cut.length;
  };
  for await (const chunk of iterate(chunks)) {
    bytesRead += chunk.byteLength;
    carry += decoder.decode(chunk, { stream: true });
    let nl = carry.indexOf('\n');
    let from = 0;
    while (nl >= 0) {
      yield* push(carry.slice(from, nl));
      from = nl + 1;
      nl = carry.indexOf('\n', from);
    }
    carry = carry.slice(from);
    // A runaway line is cut as it streams instead of filling memory.
    if (carry.length > LINE_CUT * 2) carry = carry.slice(0, LINE_CUT);
  }
  carry += decoder.decode();
  if (carry) yield* push(carry);
  if (batch.length) yield { lines: batch, bytesRead };
}

async function* iterate(source: AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  if (Symbol.asyncIterator in source) {
    yield* source as AsyncIterable<Uint8Array>;
    return;
  }
  const reader = (source as ReadableStream<Uint8Array>).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
