/**
 * "من 10 إلى 20": a range, or a change from an old value to a new one? The
 * verb before "من" decides, the nearest one within a few words of the same
 * clause:
 *
 *   ارتفع عدد القتلى من 10 إلى 20          change: 10, then 20 (the current value)
 *   سجلت ارتفاع الإصابات من 1200 إلى 1500   change (a verbal noun)
 *   تتراوح الأسعار من 10 إلى 20 دولارا      range: تراوح names one
 *   قتل من 10 إلى 20 شخصا                   range: an estimate
 *   ارتفعت الحصيلة، وقال إن من 10 إلى 20    range: the verb is in another clause
 *
 * "بين 10 و20" is always a range, whatever the verb.
 */
import type { Token } from '../segment/tokens.ts';
import { cliticReadings, withoutArticle } from '../normalize/clitics.ts';
import { CHANGE_WORDS, RANGE_VERBS } from '../lexicon/change-verbs.ts';

/** How many tokens before "من" the verb may stand: "ارتفع عدد القتلى في الهجوم على السوق من …". */
const WINDOW = 8;
/** Marks that end a clause; quotes and brackets do not. */
const CLAUSE_ENDS = new Set(['.', '،', ',', '؛', ';', ':', '!', '?', '؟']);

/** What a word before the opener says: 'change', 'range' or nothing. */
function verbKind(text: string): 'change' | 'range' | undefined {
  for (const r of cliticReadings(text)) {
    for (const stem of [r.stem, withoutArticle(r.stem)]) {
      if (stem === undefined) continue;
      if (RANGE_VERBS.has(stem)) return 'range';
      if (CHANGE_WORDS.has(stem)) return 'change';
    }
  }
  return undefined;
}

/** Whether the "من" at token `opener` follows a verb of change in its clause. */
export function changeBefore(tokens: Token[], opener: number): boolean {
  for (let k = opener - 1; k >= 0 && k >= opener - WINDOW; k--) {
    const t = tokens[k];
    if (t.type === 'number') return false;
    if (t.type === 'punct') {
      if (CLAUSE_ENDS.has(t.text)) return false;
      continue;
    }
    const kind = verbKind(t.text);
    if (kind) return kind === 'change';
  }
  return false;
}
