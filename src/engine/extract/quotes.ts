/**
 * Quotations in folded text and who said them.
 *
 * Spans: “…”, «…», „…“ and "…". Straight quotes pair up in order, helped by
 * what surrounds them (a mark after a space that touches a word opens, one
 * after a word before a space or punctuation closes). A quotation never
 * crosses a line break. Real news leaves quotes open; an opening mark that
 * meets another opening mark before its close is ended at the last comma or
 * full stop before the new one:
 *
 *   وأكد، أن “التحالف … بقايا داعش، مبينا أن “العراقيين … العراقية”.
 *            ^ open               ^ end here  ^ next quotation
 *
 * One or two quoted words are scare quotes or names, not quotations.
 *
 * Speakers: every reporting verb outside quotations is an event whose subject
 * is the person named right after it ("وقال ككينز"), possibly after a title
 * ("أكد المتحدث باسم التحالف الدولي مايلز كاجينز"); a verb followed by "أن",
 * "إلى" or a comma ("وأكد، أن") and a participle ("مبينا أن") continue the
 * previous speaker; a verb with another subject ("أعلن التحالف") ends the
 * chain. A quotation takes the speaker of the last event between the start of
 * its sentence and its opening mark, else of a verb and name right after it.
 */
import { SPEECH_PARTICIPLES, TITLES } from '../lexicon/person-cues.ts';
import { foldText } from '../normalize/fold.ts';
import { tokenize, type Token } from '../segment/tokens.ts';
import { REPORTING_VERB_FORMS, type NameMention } from './names.ts';

export interface QuoteMention {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  speakerKey?: string;
  speakerStart?: number;
  speakerEnd?: number;
}

const CURLY_OPEN = new Set(['“', '«', '„']);
const CURLY_CLOSE = new Set(['”', '»']);
const STRAIGHT = '"';
const QUOTE_MARK = /["“”«»„]/g;
const CLAUSE_END = /[،,.؛;:!?؟]/;
const SENTENCE_END = /[.!?؟]/;
const MIN_WORDS = 3;

const PARTICIPLE = new Set(SPEECH_PARTICIPLES.map(foldText));
const TITLE_FIRST_WORDS = new Set(TITLES.map((t) => foldText(t).split(' ')[0]));
/** Words after a verb that leave its subject to the previous sentence: "وأكد أن", "وأشار إلى أن". */
const CONTINUES = new Set(
  ['أن', 'إن', 'بأن', 'أنه', 'إنه', 'أنها', 'إنها', 'بأنه', 'بأنها', 'إلى', 'على', 'عن', 'من', 'قائلا',
    'قائلة', 'بالقول', 'أيضا', 'كذلك', 'في', 'خلال', 'بدوره', 'بدورها', 'لقد'].map(foldText),
);

interface Span {
  open: number;
  close: number; // index of the closing mark, or the end of the inner text when unclosed
  closed: boolean;
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '\n';
}

/** The end of an unclosed quotation cut short by a new opening mark at `next`. */
function cutBefore(text: string, open: number, next: number): number {
  for (let p = next - 1; p > open; p--) if (CLAUSE_END.test(text[p])) return p;
  return next;
}

function spansInLine(text: string, from: number, to: number, out: Span[]): void {
  let open = -1;
  let openMark = '';
  const closeAt = (close: number, closed: boolean) => {
    out.push({ open, close, closed });
    open = -1;
  };
  // Jump from mark to mark: reading every character would allocate a string per Arabic letter.
  QUOTE_MARK.lastIndex = from;
  for (let m = QUOTE_MARK.exec(text); m && m.index < to; m = QUOTE_MARK.exec(text)) {
    const p = m.index;
    let ch = m[0];
    // A curly mark typed the wrong way round: «العقارية « closes, ”تمكنوا opens.
    const spaceAfter = isSpace(text[p + 1]) || p + 1 === to;
    if (CURLY_OPEN.has(ch) && open >= 0 && openMark !== STRAIGHT && spaceAfter) ch = '”';
    else if (CURLY_CLOSE.has(ch) && open < 0 && !spaceAfter && (p === from || isSpace(text[p - 1]))) ch = '“';
    if (CURLY_OPEN.has(ch)) {
      if (open >= 0 && openMark !== STRAIGHT) closeAt(cutBefore(text, open, p), false);
      if (open < 0) {
        open = p;
        openMark = ch;
      }
    } else if (CURLY_CLOSE.has(ch)) {
      if (open >= 0) closeAt(p, true);
    } else if (ch === STRAIGHT) {
      if (open >= 0 && openMark !== STRAIGHT) continue; // nested inside “…”
      const before = text[p - 1];
      const after = text[p + 1];
      const opens = (p === from || isSpace(before) || /[(\[:،,]/.test(before)) && !isSpace(after);
      const closes = !isSpace(before) && (isSpace(after) || p + 1 === to || /[\p{P}]/u.test(after));
      if (open < 0) {
        if (!closes || opens) {
          open = p;
          openMark = ch;
        }
      } else if (opens && !closes) {
        closeAt(cutBefore(text, open, p), false);
        open = p;
        openMark = ch;
      } else {
        closeAt(p, true);
      }
    }
  }
  if (open >= 0) closeAt(to, false);
}

function wordCount(text: string, from: number, to: number): number {
  let n = 0;
  let inWord = false;
  for (let p = from; p < to; p++) {
    const letter = /[\p{L}\p{N}]/u.test(text[p]);
    if (letter && !inWord) n++;
    inWord = letter;
    if (n >= MIN_WORDS) return n;
  }
  return n;
}

type Subject = { kind: 'person'; mention: NameMention } | { kind: 'continues' } | { kind: 'other' };

interface SpeechEvent {
  at: number;
  subject: Subject;
  /** The speaker once "continues" is resolved along the chain. */
  speaker?: NameMention;
}

function inside(pos: number, spans: Span[]): boolean {
  for (const s of spans) if (pos > s.open && pos < s.close) return true;
  return false;
}

/** A title used alone again ("وأفاد المتحدث باسم التحالف") names the person it introduced earlier. */
function personByTitle(text: string, phrase: string, before: number, people: NameMention[]): NameMention | undefined {
  if (phrase.length < 6) return undefined;
  const at = text.lastIndexOf(phrase, before - phrase.length);
  if (at < 0) return undefined;
  const from = at + phrase.length;
  return people.find((m) => m.start >= from && m.start - from <= 40 && !/[.\n]/.test(text.slice(from, m.start)));
}

function subjectOf(text: string, tokens: Token[], v: number, people: NameMention[], personAt: Map<number, NameMention>): Subject {
  if (PARTICIPLE.has(tokens[v].text)) return { kind: 'continues' };
  let k = v + 1;
  while (tokens[k] && (tokens[k].text === '،' || tokens[k].text === ',')) k++;
  const first = tokens[k];
  if (!first || first.type !== 'word' || CONTINUES.has(first.text)) return { kind: 'continues' };
  // The subject, possibly after a title: up to the first comma, complementizer or quotation mark.
  for (let j = k; j < tokens.length && j < k + 10; j++) {
    const t = tokens[j];
    const m = personAt.get(t.start) ?? personAt.get(t.start + 1) ?? personAt.get(t.start + 2);
    if (m) return { kind: 'person', mention: m };
    if (t.type !== 'word' || CONTINUES.has(t.text)) {
      if (j > k && TITLE_FIRST_WORDS.has(first.text)) {
        const titled = personByTitle(text, text.slice(first.start, tokens[j - 1].end), first.start, people);
        if (titled) return { kind: 'person', mention: titled };
      }
      break;
    }
  }
  return { kind: 'other' };
}

/**
 * Finds quotations and attributes them to a named speaker where the text
 * makes it clear. Pass `tokens` (from `tokenize(folded)`) when you have them
 * already, to save tokenizing twice.
 */
export function extractQuotes(folded: string, names: NameMention[], tokens: Token[] = tokenize(folded)): QuoteMention[] {
  const spans: Span[] = [];
  for (let from = 0; from <= folded.length; ) {
    let to = folded.indexOf('\n', from);
    if (to < 0) to = folded.length;
    spansInLine(folded, from, to, spans);
    from = to + 1;
  }
  const people = names.filter((m) => m.kind === 'person');
  const personAt = new Map(people.map((m) => [m.start, m]));
  const events: SpeechEvent[] = [];
  let previous: NameMention | undefined;
  for (let v = 0; v < tokens.length; v++) {
    const t = tokens[v];
    if (t.type !== 'word' || !(REPORTING_VERB_FORMS.has(t.text) || PARTICIPLE.has(t.text))) continue;
    if (inside(t.start, spans)) continue;
    const subject = subjectOf(folded, tokens, v, people, personAt);
    const speaker = subject.kind === 'person' ? subject.mention : subject.kind === 'continues' ? previous : undefined;
    previous = speaker;
    events.push({ at: t.start, subject, speaker });
  }

  const out: QuoteMention[] = [];
  let lastEnd = 0;
  let e = 0;
  let previousQuote: QuoteMention | undefined;
  for (const s of spans) {
    const innerStart = s.open + 1;
    let innerEnd = s.close;
    while (innerEnd > innerStart && /\s/.test(folded[innerEnd - 1])) innerEnd--;
    if (wordCount(folded, innerStart, innerEnd) < MIN_WORDS) continue;
    let lineStart = folded.lastIndexOf('\n', s.open - 1) + 1;
    const opensLine = folded.slice(lineStart, s.open).trim() === '';
    if (opensLine) {
      // "وعلق حسين سجواني قائلا:⏎“…”": the introduction ends the previous line.
      const prevEnd = folded.slice(0, lineStart).trimEnd();
      if (prevEnd.endsWith(':')) lineStart = folded.lastIndexOf('\n', prevEnd.length - 1) + 1;
    }
    let sentenceStart = Math.max(lineStart, lastEnd);
    for (let p = s.open - 1; p >= sentenceStart; p--) {
      if (SENTENCE_END.test(folded[p])) {
        sentenceStart = p + 1;
        break;
      }
    }
    while (e < events.length && events[e].at < sentenceStart) e++;
    let event: SpeechEvent | undefined;
    for (let k = e; k < events.length && events[k].at < s.open; k++) event = events[k];
    if (!event) {
      // «…»، قال الوزير فلان
      const after = events.find((x) => x.at > s.close && x.at - s.close < 40 && x.subject.kind === 'person');
      if (after && !/[.\n]/.test(folded.slice(s.close, after.at))) event = after;
    }
    const q: QuoteMention = { start: s.open, end: s.closed ? s.close + 1 : innerEnd, innerStart, innerEnd };
    let speaker = event?.speaker;
    if (!event && opensLine && previousQuote?.speakerKey && /^\s*$/.test(folded.slice(previousQuote.end, s.open))) {
      // A quotation running over several paragraphs, each opened anew.
      speaker = people.find((m) => m.start === previousQuote?.speakerStart);
    }
    if (speaker) {
      q.speakerKey = speaker.key;
      q.speakerStart = speaker.start;
      q.speakerEnd = speaker.end;
    }
    out.push(q);
    previousQuote = q;
    lastEnd = q.end;
  }
  return out;
}
