/** Checks shared by the Node and browser import tests. */
import type { FileData } from './malformed-files.ts';

/**
 * A message a reader can act on: one line, not empty, not a stack trace or
 * a stringified object, and short enough to read.
 */
export function unclearMessages(messages: string[]): string[] {
  return messages.filter((m) =>
    typeof m !== 'string' || m.trim().length < 3 || m.length > 400 || m.includes('\n')
    // Messages may quote the file; these only come from code.
    || /\n\s+at |\[object Object\]|TypeError|ReferenceError/.test(m));
}

async function* chunksOf(data: FileData): AsyncGenerator<Uint8Array> {
  if (typeof data === 'string') yield new TextEncoder().encode(data);
  else if (data instanceof Uint8Array) yield data;
  else yield* data();
}

/**
 * Lines with anything but whitespace, as the store counts them (split at
 * 0x0A, a BOM on the first line and a CR before LF dropped; a line that is
 * not valid UTF-8 counts).
 */
export async function countContentLines(data: FileData): Promise<number> {
  const decoder = new TextDecoder('utf-8');
  let count = 0;
  let first = true;
  let pending: Uint8Array[] = [];
  const finish = () => {
    const size = pending.reduce((n, p) => n + p.length, 0);
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const p of pending) {
      bytes.set(p, at);
      at += p.length;
    }
    let text = decoder.decode(bytes);
    if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    // Long lines are counted without decoding them whole.
    if (size > 1 << 20 || text.trim()) count++;
    first = false;
    pending = [];
  };
  for await (const chunk of chunksOf(data)) {
    let from = 0;
    for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, from)) {
      pending.push(chunk.subarray(from, nl));
      finish();
      from = nl + 1;
    }
    if (from < chunk.length) {
      // Keep only the start of a runaway line: enough to know it is not blank.
      const size = pending.reduce((n, p) => n + p.length, 0);
      if (size <= 1 << 21) pending.push(chunk.slice(from));
      else pending.push(new Uint8Array([0x78]));
    }
  }
  if (pending.length) finish();
  return count;
}
