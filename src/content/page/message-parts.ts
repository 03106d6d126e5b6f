/**
 * A check request cut for sending. Chromium serialises a message in the
 * sending task (about 50 ms for a megabyte of Arabic here), so a page
 * longer than MAX_MESSAGE_TEXT_CHARS sends its first blocks with check-page
 * (the lead among them) and the rest as page-text pieces, one message each.
 */
import { MAX_MESSAGE_TEXT_CHARS, type PageText as CheckRequest } from '../../platform/protocol.ts';

export interface MessageParts {
  /** The check-page request: `lead` set when the lead is shorter than what is sent, `rest` when pieces follow. */
  request: CheckRequest;
  /** The rest blocks joined without separators, cut into pieces of at most `max` characters. */
  pieces: string[];
}

export function messageParts(whole: CheckRequest, lead: number, max = MAX_MESSAGE_TEXT_CHARS): MessageParts {
  let chars = whole.title.length;
  let head = 0;
  for (; head < whole.blocks.length; head++) {
    if (chars + whole.blocks[head].length > max) break;
    chars += whole.blocks[head].length;
  }
  if (head === whole.blocks.length) {
    return { request: lead < whole.blocks.length ? { ...whole, lead } : whole, pieces: [] };
  }
  const rest = whole.blocks.slice(head);
  const text = rest.join('');
  const pieces: string[] = [];
  for (let at = 0; at < text.length; at += max) pieces.push(text.slice(at, at + max));
  return {
    request: { ...whole, blocks: whole.blocks.slice(0, head), lead: Math.min(lead, head), rest: rest.map((b) => b.length) },
    pieces,
  };
}
