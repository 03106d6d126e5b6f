import { describe, expect, it } from 'vitest';
import { nameKey, nameParts } from '../../src/engine/keys/name-key.ts';
import { foldText } from '../../src/engine/normalize/fold.ts';

const key = (name: string) => nameKey(foldText(name));

// Spellings of one person that Arabic outlets really use side by side.
const SAME: [string, string][] = [
  ['كيكينز', 'ككينز'],
  ['كيكينز', 'كاجينز'],
  ['مايلز كيكينز', 'مايلز كاجينز'],
  ['ستولتنبرغ', 'ستولتنبيرغ'],
  ['ستولتنبرغ', 'ستولتنبرج'],
  ['ينس ستولتنبرغ', 'ينس ستولتنبيرج'],
  ['غوتيريش', 'غوتيريس'],
  ['أنطونيو غوتيريش', 'انطونيو جوتيريس'],
  ['بوتين', 'بوتن'],
  ['دونالد ترامب', 'دونالد ترمب'],
  ['جونسون', 'جونسن'],
  ['عادل عبد المهدي', 'عادل عبدالمهدي'],
  ['أبو بكر البغدادي', 'ابوبكر البغدادي'],
  ['مصطفى الكاظمي', 'مصطفي الكاظمي'],
  ['محمد بن سلمان', 'محمد ابن سلمان'],
];

// Different people whose names a naive consonant skeleton would merge.
const DIFFERENT: [string, string][] = [
  ['جمال', 'كمال'],
  ['خالد', 'حالد'],
  ['حسن', 'حسين'],
  ['سعيد', 'سعد'],
  ['عمر', 'عمرو'],
  ['كيكينز', 'كينز'],
  ['كيري', 'كاري'],
  ['بوتين', 'بايدن'],
  ['ترامب', 'ترومان'],
  ['مصطفى الكاظمي', 'مصطفى القاظمي'],
  ['جمال الدين', 'كمال الدين'],
  ['محمد بن سلمان', 'محمد بن سلطان'],
];

describe('nameKey', () => {
  it.each(SAME)('gives %s and %s one key', (a, b) => {
    expect(key(a)).toBe(key(b));
  });

  it.each(DIFFERENT)('keeps %s and %s apart', (a, b) => {
    expect(key(a)).not.toBe(key(b));
  });

  it('keeps Arabic given names exactly as folded and never cuts a suffix', () => {
    expect(key('جمال')).toBe('جمال');
    expect(key('العراقيين')).toBe('العراقيين');
    expect(key('فاطمة')).toBe(foldText('فاطمة'));
  });

  it('joins عبد and أبو with the next word, so spacing does not matter', () => {
    expect(nameParts(foldText('عادل عبد المهدي'))).toEqual(['عادل', 'عبدالمهدي']);
    expect(nameParts(foldText('أبو بكر'))).toEqual(['ابوبكر']);
  });
});
