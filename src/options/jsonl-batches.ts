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

/**
 * About 1 MiB of Arabic text as UTF-8: far below any message limit, and
 * small enough that serialising one message does not hold the page long.
 */
export const BATCH_CHARS = 1 << 19;
/** The store refuses lines over 2 Mi characters; one more is enough for it to say so. */
export const LINE_CUT = 2 * 1024 * 1024 + 1;

/**
 * Raw control characters (other than tab) are never valid in JSON, and each
 * grows sixfold when a message escapes it: a line holding them is cut to a
 * short start, which the store still reports as malformed. With that, a
 * character costs at most 3 bytes in a message, so a batch stays under
 * 3 MiB and one line alone under 6.5 MiB.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
const CONTROL_CUT = 1000;

/** Work between two yields to the page, well under the 50 ms of a long task. */
const SLICE_MS = 8;

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
    const control = CONTROL.exec(l);
    const cut = control ? `${l.slice(0, Math.min(control.index, CONTROL_CUT))}${control[0]}`
      : l.length > LINE_CUT ? l.slice(0, LINE_CUT) : l;
    // In thirds of a message byte: a character is at most 3 bytes, so are the
    // quotes and comma around a line, and an escaped control character is 6.
    const cost = cut.length + 1 + (control ? 1 : 0);
    if (size + cost > maxChars && batch.length) {
      yield { lines: batch, bytesRead };
      batch = [];
      size = 0;
    }
    batch.push(cut);
    size += cost;
  };
  // Only the newly decoded text is searched for line ends, and a runaway
  // line stops growing just past the cut, so a 50 MB line streams in linear time.
  const keep = (text: string) => {
    if (carry.length <= LINE_CUT) carry += text.length > LINE_CUT + 1 ? text.slice(0, LINE_CUT + 1) : text;
  };
  // A file's chunks are often ready at once, and a for-await over them never
  // leaves the task: hand the page back every few milliseconds of work.
  let sliceStart = performance.now();
  for await (const chunk of iterate(chunks)) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
    bytesRead += chunk.byteLength;
    const text = decoder.decode(chunk, { stream: true });
    let from = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      keep(text.slice(from, nl));
      yield* push(carry);
      carry = '';
      from = nl + 1;
    }
    keep(from ? text.slice(from) : text);
  }
  keep(decoder.decode());
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
