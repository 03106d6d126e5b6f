// @vitest-environment happy-dom
/**
 * The gate before anything else runs on a page: is its text mostly Arabic?
 * A wrong "no" leaves an Arabic article bare; a wrong "yes" only costs the
 * article search (which checks the article's own language again).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { looksArabic } from '../../src/content/arabic-check.ts';

const ARABIC = 'أعلن التحالف الدولي تخصيص خمسة مليارات دولار لإعادة إعمار المناطق المحررة. ';
const ENGLISH = 'The coalition announced five billion dollars for the reconstruction of the liberated areas. ';
const para = (text: string, times: number) => `<p>${text.repeat(times)}</p>`;

afterEach(() => vi.restoreAllMocks());

describe('looksArabic', () => {
  it('says yes to an Arabic article under an English menu', () => {
    document.body.innerHTML = `<nav>${para(ENGLISH, 3)}</nav>${para(ARABIC, 40)}`; // fixture markup
    expect(looksArabic(document)).toBe(true);
  });

  it('says no to an English page with an Arabic language switch', () => {
    document.body.innerHTML = `<nav><a>العربية</a></nav>${para(ENGLISH, 100)}`; // fixture markup
    expect(looksArabic(document)).toBe(false);
  });

  it('says no when the Arabic is well under half of a long sample', () => {
    document.body.innerHTML = `${para(ARABIC, 8)}${para(ENGLISH, 40)}`; // fixture markup
    expect(looksArabic(document)).toBe(false);
  });

  it('ignores scripts and styles', () => {
    document.body.innerHTML = `<script>var s = "${ARABIC.repeat(50)}";</script>${para(ENGLISH, 100)}`; // fixture markup
    expect(looksArabic(document)).toBe(false);
  });

  it('stops reading an Arabic page once the rest of the sample could not change the answer', () => {
    // 100 paragraphs of 64 Arabic letters: the whole sample would be 94 of them; 2,800 letters settle it.
    document.body.innerHTML = Array.from({ length: 100 }, () => para(ARABIC, 1)).join(''); // fixture markup
    const read = vi.spyOn(Text.prototype, 'nodeValue', 'get');
    expect(looksArabic(document)).toBe(true);
    expect(read.mock.calls.length).toBeLessThan(50);
  });

  it('answers as the whole sample would, for pages of Arabic and English mixed at random', () => {
    // The definition, read to the end of the sample: the budget's letters, each node's text as far as 1,000 past it.
    const whole = (texts: string[], budget = 6000) => {
      let letters = 0;
      let arabic = 0;
      for (const text of texts) {
        if (letters >= budget) break;
        const sample = text.slice(0, budget - letters + 1000);
        arabic += (sample.match(/[\u0600-\u06ff]/g) ?? []).length;
        letters += (sample.match(/[a-zA-Z\u0600-\u06ff]/g) ?? []).length;
        if (arabic === 0 && letters >= 2000) return false;
      }
      return arabic >= 80 && arabic >= 0.4 * letters;
    };
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    let yes = 0;
    for (let page = 0; page < 200; page++) {
      const share = random();
      const texts = Array.from({ length: 10 + Math.floor(random() * 120) }, () => (random() < share ? ARABIC : ENGLISH).repeat(1 + Math.floor(random() * 3)));
      document.body.innerHTML = texts.map((text) => `<p>${text}</p>`).join(''); // fixture markup
      const expected = whole(texts);
      if (expected) yes++;
      expect(looksArabic(document), `page ${page}`).toBe(expected);
    }
    expect(yes).toBeGreaterThan(40);
    expect(yes).toBeLessThan(160);
  });
});
