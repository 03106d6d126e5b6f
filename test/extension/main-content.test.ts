// @vitest-environment happy-dom
/**
 * Which element of a live page is the article: the paragraphs it keeps are
 * the ones Isnad highlights, so a paragraph left out is a lead without marks.
 */
import { describe, expect, it } from 'vitest';
import { findMainContent } from '../../src/content/page/main-content.ts';

const LEAD = 'أعلن التحالف الدولي، اليوم الخميس، تخصيص مبلغ بخمسة مليارات دولار لإعادة إعمار المناطق المحررة في العراق.';
const SENTENCE = 'أعلن الدفاع المدني إنقاذ 120 شخصا من المناطق المنكوبة خلال الساعة الماضية، وقال إن 45 آخرين ما زالوا مفقودين. ';
const HUGE = SENTENCE.repeat(2000);

const firstWords = () => findMainContent(document)!.blocks.map((b) => b.text.slice(0, 12));

describe('the main content of a page', () => {
  it('keeps the lead beside one paragraph far longer than the rest', () => {
    document.body.innerHTML = `<article><h1>تقرير مطول عن الفيضانات</h1><p>وكالة الأنباء</p><p>${LEAD}</p><p>${HUGE}</p></article>`; // fixture markup
    expect(firstWords()).toEqual(['وكالة الأنبا', LEAD.slice(0, 12), SENTENCE.slice(0, 12)]);
  });

  it('keeps a short lead beside a long paragraph in a container with no article markup', () => {
    document.body.innerHTML = `<nav><a href="/">الرئيسية</a></nav><div><p>قال الدفاع المدني، مساء الأحد، إن 3 أشخاص قتلوا.</p><p>${HUGE}</p></div>`; // fixture markup
    expect(firstWords()).toEqual(['قال الدفاع ا', SENTENCE.slice(0, 12)]);
  });

  it('still leaves out a long comment beside the article', () => {
    document.body.innerHTML = `<main><article><p>${LEAD}</p><p>${SENTENCE}</p></article><section class="comments"><p>${HUGE}</p></section></main>`; // fixture markup
    expect(firstWords()).toEqual([LEAD.slice(0, 12), SENTENCE.slice(0, 12)]);
  });

  it('takes an article of one paragraph as it is', () => {
    document.body.innerHTML = `<div class="story"><p>${LEAD} ${SENTENCE}</p></div><footer><p>${SENTENCE}</p></footer>`; // fixture markup
    expect(firstWords()).toEqual([LEAD.slice(0, 12)]);
  });
});
