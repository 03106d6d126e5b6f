/**
 * People, places and organisations in folded text, without any model:
 *
 * 1. gazetteers for places and organisations (gazetteer.ts);
 * 2. people after a cue: a title or role ("رئيس الوزراء السابق عادل عبد
 *    المهدي", "المتحدث باسم التحالف الدولي مايلز كاجينز") or a reporting
 *    verb ("وقال ككينز"), and known given names followed by a family name
 *    ("تولي مصطفى الكاظمي");
 * 3. recurrence: a family name alone after the full name was seen in the same
 *    text takes the full name's key ("عبد المهدي", "ككينز"); a short form of
 *    an organisation seen in full ("التحالف") takes the organisation's key.
 *
 * Offsets are folded offsets. Keys are `person:…`, `place:…`, `org:…`.
 */
import { nameKey, nameParts } from '../keys/name-key.ts';
import type { Token } from '../segment/tokens.ts';
import { findGazetteerMentions, mentionStart, type GazetteerMention, type Reading } from './gazetteer.ts';
import {
  AFTER_SPEAKER_WORD, ALI, AMBIGUOUS, ARABIC_ONLY_LETTERS, BINDER, COMPLEMENT_HEAD, COMPLEMENT_STOP, FAMILY, NAME_CUE_VERBS,
  NISBA, RELATIVE, SON_OF, WESTERN, isGiven, isStopWord, partEnd, partKeyOf, readingsOf, startsConstruct, stemIn, titleEnd,
  unknownMayBeName,
} from './name-words.ts';

export { REPORTING_VERB_FORMS } from './name-words.ts';

export interface NameMention {
  start: number;
  end: number;
  kind: 'person' | 'place' | 'organization';
  key: string;
}

type Mode = 'title' | 'verb' | 'bare';

interface PersonSpan {
  first: number;
  last: number;
  prefix: number;
  parts: string[];
  key: string;
}


function readName(tokens: Token[], k: number, claimed: Uint8Array, mode: Mode): PersonSpan | null {
  const t0 = tokens[k];
  if (!t0 || t0.type !== 'word' || claimed[k]) return null;
  let w = t0.text;
  let prefix = 0;
  if (mode === 'bare' && !isGiven(w)) {
    // Only the conjunction: "بيان" is not ب + يان.
    const r = readingsOf(w).find((x) => x.prefix === 'و' && isGiven(x.stem));
    if (!r) return null;
    w = r.stem;
    prefix = r.prefix.length;
  }
  const given = isGiven(w);
  const timeNext = tokens[k + 1] && COMPLEMENT_STOP.has(tokens[k + 1].text);
  if (BINDER.has(w)) {
    // "عبد المهدي", "أبو بكر" open a name by themselves.
  } else if (given) {
    if (mode !== 'title' && isStopWord(w)) return null;
    if (mode === 'title' && timeNext && isStopWord(w)) return null;
  } else if (mode === 'bare' || !unknownMayBeName(w) || ARABIC_ONLY_LETTERS.test(w)) {
    return null;
  }
  let last = partEnd(tokens, k, claimed);
  if (last < 0) return null;
  const foreignLead = (!given && !BINDER.has(w)) || WESTERN.has(w);
  let strongSecond = false;
  let known = given || BINDER.has(w);
  let count = 1;
  while (count < 6) {
    const j = last + 1;
    const t = tokens[j];
    if (!t || t.type !== 'word' || claimed[j]) break;
    const x = t.text;
    if (BINDER.has(x) || SON_OF.has(x) || x === FAMILY) {
      const end = partEnd(tokens, j, claimed);
      if (end < 0) break;
      last = end;
      strongSecond = true;
      known = true;
    } else if (isGiven(x) && !isStopWord(x)) {
      last = j;
      known = true;
      if (!AMBIGUOUS.has(x)) strongSecond = true;
    } else if (x.startsWith('ال')) {
      // A family name with the article ends an Arabic name ("مصطفى الكاظمي التقى"):
      // a nisba (الكاظمي) anywhere, another word (الجبير) only right after the first name.
      const nisba = x.endsWith('ي');
      if (!foreignLead && x.length >= 4 && !x.endsWith('ه') && (nisba || count === 1) && !isStopWord(x) &&
        !COMPLEMENT_STOP.has(x)) {
        last = j;
        if (x.endsWith('ي')) strongSecond = true;
      }
      count++;
      break;
    } else if (unknownMayBeName(x, known) && (mode !== 'bare' || foreignLead) && !(foreignLead && ARABIC_ONLY_LETTERS.test(x)) &&
      !startsConstruct(tokens, j) && !/^(و|ت[نستم])/.test(x)) {
      last = j;
      if (foreignLead) strongSecond = true;
    } else {
      break;
    }
    count++;
  }
  if (mode === 'verb' && !known) {
    // Only unknown words after a verb: more often an object than a speaker.
    // A title may follow in apposition: "وقال كريج بلمب الرئيس الإقليمي للبحوث".
    const after = tokens[last + 1];
    if (after && after.type === 'word' && !AFTER_SPEAKER_WORD.has(after.text) && titleEnd(tokens, last + 1) < 0) return null;
  }
  // "على" folds to the name علي: "الفريق على المركز الأول" is no general.
  if (w === ALI && tokens[k + 1]?.text.startsWith('ال')) return null;
  if (mode === 'bare' || (mode === 'verb' && AMBIGUOUS.has(w))) {
    // Without a cue, a lone given name is too weak ("أمل", "سعيد"), and so is
    // a given name followed by a weak word.
    if (last === k || !strongSecond) return null;
    const second = tokens[k + 1].text;
    if (AMBIGUOUS.has(w) && !BINDER.has(second) && !SON_OF.has(second) && second !== FAMILY && !isGiven(second)) return null;
  }
  const text = [w, ...tokens.slice(k + 1, last + 1).map((t) => t.text)].join(' ');
  return { first: k, last, prefix, parts: nameParts(text), key: nameKey(text) };
}


/** Skips the body a title belongs to and its adjectives: "باسم التحالف الدولي", "الوزراء السابق". */
function skipComplement(tokens: Token[], k: number, gazAt: Map<number, GazetteerMention>): number {
  for (let steps = 0; steps < 6 && k < tokens.length; steps++) {
    const g = gazAt.get(k);
    if (g) {
      k = g.lastToken + 1;
      continue;
    }
    const t = tokens[k];
    if (t.type !== 'word' || COMPLEMENT_STOP.has(t.text)) break;
    if (stemIn(t.text, COMPLEMENT_HEAD)) {
      k++;
      continue;
    }
    if (readingsOf(t.text).some((r) => r.stem.startsWith('ال') && r.stem.length > 3 && !COMPLEMENT_STOP.has(r.stem))) {
      k++;
      continue;
    }
    break;
  }
  return k;
}

function findPeople(tokens: Token[], claimed: Uint8Array, gazAt: Map<number, GazetteerMention>): PersonSpan[] {
  const people: PersonSpan[] = [];
  const take = (p: PersonSpan | null): boolean => {
    if (!p) return false;
    people.push(p);
    claimed.fill(1, p.first, p.last + 1);
    return true;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'word' || claimed[i]) continue;
    const end = titleEnd(tokens, i);
    if (end > 0) {
      const k = skipComplement(tokens, end, gazAt);
      if (take(readName(tokens, k, claimed, 'title'))) i = people[people.length - 1].last;
      continue;
    }
    // A nationality adjective announces a name like a verb does: "الفرنسي بلاتيني".
    if (NAME_CUE_VERBS.has(t.text) || (t.text.startsWith('ال') && NISBA.has(t.text.slice(2)))) {
      if (tokens[i + 1] && titleEnd(tokens, i + 1) > 0) continue;
      if (take(readName(tokens, i + 1, claimed, 'verb'))) i = people[people.length - 1].last;
      continue;
    }
    if (take(readName(tokens, i, claimed, 'bare'))) i = people[people.length - 1].last;
  }
  return people;
}

/** Family names alone ("عبد المهدي", "ككينز") after the full name; gives them the full key. */
function resolveRecurrence(tokens: Token[], claimed: Uint8Array, people: PersonSpan[]): void {
  const full = new Map<string, PersonSpan[]>();
  for (const p of people) {
    if (p.parts.length < 2) continue;
    const lastPart = p.parts[p.parts.length - 1];
    if (isGiven(lastPart) && !BINDER.has(lastPart.slice(0, 3))) continue;
    const k = partKeyOf(lastPart);
    full.set(k, [...(full.get(k) ?? []), p]);
  }
  const nearest = (list: PersonSpan[], at: number): PersonSpan => {
    let best = list[0];
    for (const p of list) if (p.first <= at) best = p;
    return best;
  };
  // A first name alone after a title ("الدكتور ماهر") is the one full name that starts with it.
  const byFirst = new Map<string, Set<string>>();
  for (const p of people) {
    if (p.parts.length < 2) continue;
    const k = partKeyOf(p.parts[0]);
    byFirst.set(k, (byFirst.get(k) ?? new Set()).add(p.key));
  }
  for (const p of people) {
    if (p.parts.length !== 1) continue;
    const list = full.get(partKeyOf(p.parts[0]));
    const firsts = byFirst.get(partKeyOf(p.parts[0]));
    if (list) p.key = nearest(list, p.first).key;
    else if (firsts && firsts.size === 1) p.key = [...firsts][0];
  }
  if (full.size === 0) return;
  for (let i = 0; i < tokens.length; i++) {
    if (claimed[i] || tokens[i].type !== 'word') continue;
    const w = tokens[i].text;
    const bound = BINDER.has(w) && tokens[i + 1]?.type === 'word' && !claimed[i + 1];
    const candidates = bound ? [{ prefix: '', stem: w + tokens[i + 1].text }] : readingsOf(w);
    for (const r of candidates) {
      const list = full.get(partKeyOf(r.stem));
      if (!list) continue;
      const last = bound ? i + 1 : i;
      people.push({ first: i, last, prefix: r.prefix.length, parts: [r.stem], key: nearest(list, i).key });
      claimed.fill(1, i, last + 1);
      i = last;
      break;
    }
  }
}

/** Short forms of organisations seen in full ("التحالف" after "التحالف الدولي"). */
function orgShortForms(tokens: Token[], claimed: Uint8Array, gaz: GazetteerMention[]): GazetteerMention[] {
  const short = new Map<string, string>();
  for (const g of gaz) {
    if (g.kind !== 'organization' || g.lastToken === g.firstToken) continue;
    const head = readingsOf(tokens[g.firstToken].text).find((r) => r.stem.startsWith('ال'))?.stem;
    if (head && head.length > 4 && !short.has(head)) short.set(head, g.key);
  }
  const out: GazetteerMention[] = [];
  if (short.size === 0) return out;
  for (let i = 0; i < tokens.length; i++) {
    if (claimed[i] || tokens[i].type !== 'word') continue;
    // "الاتحاد الآسيوي" is another body than "الاتحاد الأوروبي".
    const next = tokens[i + 1];
    if (next && next.type === 'word' && next.text.startsWith('ال') && /(ي|يه)$/.test(next.text) && !RELATIVE.has(next.text)) continue;
    for (const r of readingsOf(tokens[i].text)) {
      const key = short.get(r.stem);
      if (!key) continue;
      out.push({ start: mentionStart(tokens[i], r.prefix), end: tokens[i].end, kind: 'organization', key, firstToken: i, lastToken: i });
      claimed[i] = 1;
      break;
    }
  }
  return out;
}

/** Finds people, places and organisations in folded text. */
export function extractNames(folded: string, tokens: Token[]): NameMention[] {
  void folded;
  const claimed = new Uint8Array(tokens.length);
  const gaz = findGazetteerMentions(tokens, (i) => readingsOf(tokens[i].text) as Reading[]);
  const gazAt = new Map<number, GazetteerMention>();
  for (const g of gaz) {
    gazAt.set(g.firstToken, g);
    claimed.fill(1, g.firstToken, g.lastToken + 1);
  }
  const people = findPeople(tokens, claimed, gazAt);
  resolveRecurrence(tokens, claimed, people);
  const shortOrgs = orgShortForms(tokens, claimed, gaz);
  const out: NameMention[] = [];
  for (const g of [...gaz, ...shortOrgs]) out.push({ start: g.start, end: g.end, kind: g.kind, key: g.key });
  for (const p of people) {
    out.push({ start: tokens[p.first].start + p.prefix, end: tokens[p.last].end, kind: 'person', key: `person:${p.key}` });
  }
  return out.sort((a, b) => a.start - b.start);
}
