import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFromBlocks, articleFromText } from '../../src/engine/segment/article-text.ts';
import { splitSentences } from '../../src/engine/segment/sentences.ts';

const seed000 = readFileSync('seeds/000_c029551ca923acca.txt', 'utf8');
const seed002 = readFileSync('seeds/002_29cc5db1466c1fe5.txt', 'utf8');

function sentences(text: string): string[] {
  return splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));
}

describe('sentences', () => {
  it('splits on Arabic and Latin punctuation', () => {
    expect(sentences('وصل الوفد. هل يتفقون؟ نعم! ثم غادر؛ وانتهى الاجتماع')).toEqual([
      'وصل الوفد.', 'هل يتفقون؟', 'نعم!', 'ثم غادر؛', 'وانتهى الاجتماع',
    ]);
  });

  it('keeps a quotation whole even when it holds several sentences', () => {
    const text = 'وقال الوزير إن "الوضع صعب. لكننا سنعمل!" ثم غادر. وتابع لاحقا.';
    expect(sentences(text)).toEqual(['وقال الوزير إن "الوضع صعب. لكننا سنعمل!" ثم غادر.', 'وتابع لاحقا.']);
  });

  it('lets an unclosed quotation protect nothing', () => {
    expect(sentences('قال إن “الوضع صعب. وغادر الوفد.')).toEqual(['قال إن “الوضع صعب.', 'وغادر الوفد.']);
  });

  it('does not split decimals or one-letter abbreviations', () => {
    expect(sentences('بلغ النمو 13.2 بالمئة. وقال د. أحمد ذلك.')).toEqual(['بلغ النمو 13.2 بالمئة.', 'وقال د. أحمد ذلك.']);
  });
});

describe('plain-text articles', () => {
  it('finds the title below the site tagline and drops the dateline and boilerplate', () => {
    const a = articleFromText(seed000);
    expect(a.title).toBe('التحالف الدولي ينفي اي علاقة له بالتظاهرات العراقية ويؤكد خفض قواته بمقدار 1200 فرد');
    const all = a.sentences.map((s) => s.text).join('\n');
    expect(all).not.toContain('وكالة اخبارية عراقية مستقلة');
    expect(all).not.toContain('خام -متابعة');
    expect(all).not.toContain('اشترك الآن');
    expect(all).not.toContain('قد يعجبك');
    expect(all).not.toContain('اترك رد');
    expect(all).not.toContain('بريدك الإلكتروني');
    expect(all).not.toMatch(/انتهى/);
    expect(a.sentences.at(-1)?.text.endsWith('والقضاء عليه.')).toBe(true);
  });

  it('takes the first line as the title when it heads the article', () => {
    const a = articleFromText(seed002);
    expect(a.title).toBe('التحالف الدولي يعلن عن دعمه للقوات العراقية بـ5 مليار دولار');
    expect(a.sentences[0].text).toBe(a.title);
    expect(a.sentences.length).toBeGreaterThan(10);
  });

  it('keeps sentence offsets pointing into the original file text', () => {
    for (const raw of [seed000, seed002]) {
      for (const s of articleFromText(raw).sentences) expect(raw.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('removes "اقرأ أيضا" lines and share prompts in the middle of an article', () => {
    const raw = 'عنوان الخبر عن الميزانية والعجز\nقالت الوزارة إن العجز بلغ 12 مليار ريال.\nاقرأ أيضا: الوزارة تعلن الميزانية\nشارك هذا الخبر\nوأضافت أن الإيرادات ارتفعت في الميزانية.';
    const texts = articleFromText(raw).sentences.map((s) => s.text);
    expect(texts).toContain('قالت الوزارة إن العجز بلغ 12 مليار ريال.');
    expect(texts).toContain('وأضافت أن الإيرادات ارتفعت في الميزانية.');
    expect(texts.join(' ')).not.toContain('اقرأ');
    expect(texts.join(' ')).not.toContain('شارك');
  });

  it('returns an empty article for empty or whitespace-only text', () => {
    expect(articleFromText('').sentences).toEqual([]);
    expect(articleFromText(' \n\n \t').sentences).toEqual([]);
  });

  it('handles text with no Arabic', () => {
    const a = articleFromText('Floods hit the region. 112 people died.');
    expect(a.sentences.map((s) => s.text)).toEqual(['Floods hit the region.', '112 people died.']);
  });
});

describe('block articles', () => {
  it('joins title and blocks and maps sentences into the joined text', () => {
    const a = articleFromBlocks(['قال الوزير إن العجز بلغ 12 مليار ريال. وأضاف أن الإيرادات ارتفعت.', 'قد يعجبك ايضا'], 'عجز الميزانية');
    expect(a.title).toBe('عجز الميزانية');
    expect(a.text.startsWith('عجز الميزانية\n')).toBe(true);
    expect(a.sentences.map((s) => s.text)).toEqual(['عجز الميزانية', 'قال الوزير إن العجز بلغ 12 مليار ريال.', 'وأضاف أن الإيرادات ارتفعت.']);
    for (const s of a.sentences) expect(a.text.slice(s.start, s.end)).toBe(s.text);
  });
});
