/**
 * Finds places and organisations from the gazetteers in tokenized folded text.
 *
 * Entries are indexed once, at module load, by their first word; each list is
 * sorted longest first so "الولايات المتحدة الأمريكية" wins over
 * "الولايات المتحدة". The first word of a mention may carry proclitics
 * ("والموصل", "بالعراق", "لداعش", and "للعراق" for ل + العراق); later words
 * must match exactly. Names that are also common words only count with
 * context (see AMBIGUOUS_PLACES and AMBIGUOUS_ORGANIZATIONS).
 */
import { AMBIGUOUS_ORGANIZATIONS, MINISTRY_DOMAINS, MINISTRY_HEADS, ORGANIZATIONS } from '../lexicon/organizations.ts';
import { AMBIGUOUS_PLACES, PLACE_CUES, PLACES } from '../lexicon/places.ts';
import { cliticReadings } from '../normalize/clitics.ts';
import { foldText } from '../normalize/fold.ts';
import type { Token } from '../segment/tokens.ts';

export type GazetteerKind = 'place' | 'organization';

export interface GazetteerMention {
  start: number;
  end: number;
  kind: GazetteerKind;
  key: string;
  /** Token indices covered, [first, last]. */
  firstToken: number;
  lastToken: number;
}

interface Entry {
  words: string[];
  kind: GazetteerKind;
  key: string;
  ambiguous: boolean;
  /** Ministries may take a nationality adjective ("وزارة الخارجية العراقية"). */
  ministry: boolean;
}

const words = (phrase: string): string[] => foldText(phrase).split(/\s+/).filter(Boolean);

function buildIndex(): Map<string, Entry[]> {
  const index = new Map<string, Entry[]>();
  const seen = new Set<string>();
  const ambiguousPlaces = new Set(AMBIGUOUS_PLACES.map(foldText));
  const ambiguousOrgs = new Set(AMBIGUOUS_ORGANIZATIONS.map(foldText));
  const add = (phrase: string, kind: GazetteerKind, key: string, ambiguous: boolean, ministry = false) => {
    const w = words(phrase);
    const id = `${kind}|${w.join(' ')}`;
    if (w.length === 0 || seen.has(id)) return;
    seen.add(id);
    const list = index.get(w[0]) ?? [];
    list.push({ words: w, kind, key, ambiguous, ministry });
    index.set(w[0], list);
  };
  for (const row of PLACES) {
    const key = `place:${foldText(row[0])}`;
    for (const name of row) add(name, 'place', key, ambiguousPlaces.has(foldText(name)));
  }
  for (const row of ORGANIZATIONS) {
    const key = `org:${foldText(row[0])}`;
    for (const name of row) add(name, 'organization', key, ambiguousOrgs.has(foldText(name)));
  }
  for (const head of MINISTRY_HEADS) {
    for (const domain of MINISTRY_DOMAINS) {
      add(`${head} ${domain}`, 'organization', `org:${foldText(`وزارة ${domain}`)}`, false, true);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

const INDEX = buildIndex();
const PLACE_CUE_WORDS: ReadonlySet<string> = new Set(PLACE_CUES.map(foldText));
const AGENCY_WORDS: ReadonlySet<string> = new Set([foldText('وكالة')]);
const OPENERS = new Set(['(', '"', '«', '“', '[']);
const CLOSERS = new Set([')', '"', '»', '”', ']']);

export interface Reading {
  prefix: string;
  stem: string;
}

const CLITIC_LETTERS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

/** Readings of a word as proclitics + stem, restoring the article in "للعراق". */
export function stemReadings(word: string): Reading[] {
  // Most words start with no clitic letter: skip the general splitter for them.
  if (!CLITIC_LETTERS.has(word[0])) return [{ prefix: '', stem: word }];
  const out = cliticReadings(word);
  for (const r of [...out]) {
    if (r.prefix.endsWith('ل') && r.stem.startsWith('ل') && !r.stem.startsWith('ال')) {
      out.push({ prefix: r.prefix, stem: 'ا' + r.stem });
    }
  }
  return out;
}

/**
 * Where a mention starts inside its first token: after a conjunction or
 * preposition (والعراق → العراق), but "للعراق" has no letters of its own for
 * the article, so there the highlight takes the whole word.
 */
export function mentionStart(tok: { text: string; start: number }, prefix: string): number {
  const restored = prefix.endsWith('ل') && tok.text.startsWith(prefix + 'ل') && !tok.text.startsWith(prefix + 'ال');
  return restored ? tok.start : tok.start + prefix.length;
}

/** The stem of a word without conjunction/preposition clitics, if one of its readings is in `set`. */
export function stemIn(word: string, set: ReadonlySet<string>): string | undefined {
  for (const r of stemReadings(word)) if (set.has(r.stem)) return r.stem;
  return undefined;
}

function matchAt(tokens: Token[], i: number, entry: Entry): number {
  for (let k = 1; k < entry.words.length; k++) {
    const t = tokens[i + k];
    if (!t || t.text !== entry.words[k]) return -1;
  }
  let last = i + entry.words.length - 1;
  const next = tokens[last + 1];
  if (entry.ministry && next && next.type === 'word' && next.text.startsWith('ال') && next.text.endsWith('يه')) last++;
  return last;
}

function contextAllows(tokens: Token[], first: number, last: number, kind: GazetteerKind, previous: GazetteerMention | undefined): boolean {
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  if (kind === 'organization') {
    if (before && after && OPENERS.has(before.text) && CLOSERS.has(after.text)) return true;
    return !!before && stemIn(before.text, AGENCY_WORDS) !== undefined;
  }
  if (before && before.type === 'word' && stemIn(before.text, PLACE_CUE_WORDS)) return true;
  // Inside a list of places: "كركوك وغرب القيارة والموصل والقائم", "(عين الأسد ، أربيل ، والتاجي)".
  if (previous && previous.kind === 'place') {
    const gap = first - previous.lastToken;
    if (gap === 1) return true;
    if (gap === 2 && (before.text === '،' || before.text === ',' || before.text === 'و')) return true;
  }
  return false;
}

/**
 * Finds gazetteer places and organisations; mentions do not overlap and come
 * in text order. `readingsAt` lets a caller share its per-token reading cache.
 */
export function findGazetteerMentions(
  tokens: Token[],
  readingsAt: (i: number) => Reading[] = (i) => stemReadings(tokens[i].text),
): GazetteerMention[] {
  const out: GazetteerMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok.type !== 'word') continue;
    let best: { last: number; prefix: string; entry: Entry } | undefined;
    for (const r of readingsAt(i)) {
      const list = INDEX.get(r.stem);
      if (!list) continue;
      for (const entry of list) {
        const last = matchAt(tokens, i, entry);
        if (last < 0) continue;
        if (entry.ambiguous && !contextAllows(tokens, i, last, entry.kind, out[out.length - 1])) continue;
        if (!best || last > best.last || (last === best.last && r.prefix.length < best.prefix.length)) {
          best = { last, prefix: r.prefix, entry };
        }
        break;
      }
    }
    if (!best) continue;
    const key = best.entry.ministry && best.last > i + best.entry.words.length - 1
      ? `${best.entry.key} ${tokens[best.last].text}`
      : best.entry.key;
    out.push({
      start: mentionStart(tok, best.prefix),
      end: tokens[best.last].end,
      kind: best.entry.kind,
      key,
      firstToken: i,
      lastToken: best.last,
    });
    i = best.last;
  }
  return out;
}
