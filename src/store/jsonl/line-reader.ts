/**
 * Splits a JSON Lines file into lines without holding more than one line:
 * a 100,000-article export streams through in constant memory.
 *
 * - A string is a whole file. An iterable of strings gives one line per item
 *   (as `exportJsonl` yields them; a trailing line end on an item is
 *   allowed). An iterable of bytes gives arbitrary chunks of a file, e.g. a
 *   file stream; never mix the two.
 * - Bytes are split at 0x0A, which never occurs inside a UTF-8 sequence, and
 *   each line is decoded strictly, so invalid UTF-8 costs one line, not the file.
 * - A BOM at the start of the file and CR before LF are dropped.
 * - A line over `maxLine` (UTF-16 units for strings, bytes for bytes) is
 *   reported and its content discarded as it streams past.
 */

export type Chunk = string | Uint8Array;
export type ChunkSource = string | Uint8Array | AsyncIterable<Chunk> | Iterable<Chunk>;

export const MAX_LINE = 2 * 1024 * 1024;

export interface Line {
  /** 1-based line number. */
  no: number;
  /** The decoded line, or undefined when `error` is set. */
  text?: string;
  error?: string;
  /** False for a last line with no line end (possibly cut off). */
  terminated: boolean;
}

/** Normalises every source to chunks of a file: string items become terminated lines. */
async function* chunksOf(source: ChunkSource): AsyncIterable<Chunk> {
  if (typeof source === 'string' || source instanceof Uint8Array) {
    yield source;
    return;
  }
  for await (const item of source as AsyncIterable<Chunk>) {
    yield typeof item === 'string' && !item.endsWith('\n') ? `${item}\n` : item;
  }
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export async function* readLines(source: ChunkSource, maxLine = MAX_LINE): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let mode: 'string' | 'bytes' | undefined;
  let text = '';
  let parts: Uint8Array[] = [];
  let size = 0;
  let oversized = false;
  let no = 0;

  const finish = (terminated: boolean): Line => {
    no++;
    const line: Line = { no, terminated };
    if (oversized) {
      line.error = `line is longer than the limit of ${maxLine} ${mode === 'bytes' ? 'bytes' : 'characters'}`;
    } else {
      let s = text;
      if (mode === 'bytes') {
        try {
          s = decoder.decode(concat(parts, size));
        } catch {
          line.error = 'not valid UTF-8 text';
        }
      }
      if (!line.error) {
        if (s.endsWith('\r')) s = s.slice(0, -1);
        if (no === 1 && s.charCodeAt(0) === 0xfeff) s = s.slice(1);
        line.text = s;
      }
    }
    text = '';
    parts = [];
    size = 0;
    oversized = false;
    return line;
  };

  for await (const chunk of chunksOf(source)) {
    const kind = typeof chunk === 'string' ? 'string' : 'bytes';
    if (mode && mode !== kind) throw new Error('a JSON Lines source must give only strings or only bytes');
    mode = kind;
    let at = 0;
    for (;;) {
      const nl = typeof chunk === 'string' ? chunk.indexOf('\n', at) : chunk.indexOf(0x0a, at);
      const end = nl < 0 ? chunk.length : nl;
      const len = end - at;
      if (!oversized && len > 0) {
        if (size + len > maxLine) {
          oversized = true;
          text = '';
          parts = [];
        } else if (typeof chunk === 'string') {
          text += chunk.slice(at, end);
        } else {
          parts.push(new Uint8Array(chunk.subarray(at, end)));
        }
        size += len;
      } else if (oversized) {
        size += len;
      }
      if (nl < 0) break;
      yield finish(true);
      at = nl + 1;
    }
  }
  if (size > 0 || oversized) yield finish(false);
}
