import { foldText } from '../normalize/fold.ts';

/**
 * Lines that news sites wrap around an article: subscribe prompts, comment
 * forms, share lines, related-article headings. Matched on folded text at the
 * start of a short line, so "اقرأ أيضا: …" goes with its link title.
 */
const LINE_STARTS = [
  'اقرأ أيضا', 'اقرأ ايضا', 'إقرأ أيضا', 'اقرأ المزيد', 'طالع أيضا', 'شاهد أيضا', 'اقرأ أيضاً',
  'قد يعجبك أيضا', 'قد يعجبك ايضا', 'قد يهمك أيضا', 'مواضيع ذات صلة', 'أخبار ذات صلة', 'مقالات ذات صلة',
  'اترك رد', 'اترك تعليقا', 'أضف تعليق', 'التعليقات', 'لن يتم نشر عنوان بريدك الإلكتروني',
  'الحقول الإلزامية مشار إليها', 'احصل على تحديثات فورية', 'اشترك الآن', 'اشترك في النشرة',
  'اشترك في قناتنا', 'تابعونا على', 'تابعنا على', 'شارك هذا', 'شارك على', 'مشاركة عبر',
  'انشر على', 'حقوق النشر', 'جميع الحقوق محفوظة', 'كل الحقوق محفوظة', 'الوسوم', 'كلمات مفتاحية',
  'المصدر:', 'رابط مختصر', 'طباعة', 'نسخ الرابط',
];

/** Headings after which the rest of a page is comments or related links, never article text. */
const TAIL_MARKERS = ['قد يعجبك أيضا', 'قد يعجبك ايضا', 'اترك رد', 'مواضيع ذات صلة', 'أخبار ذات صلة', 'التعليقات'];

const foldedStarts = LINE_STARTS.map(foldText);
const foldedTails = TAIL_MARKERS.map(foldText);

/** Longest line (in characters) that can still be a boilerplate line. */
const MAX_BOILERPLATE_LINE = 140;

export function isBoilerplateLine(foldedLine: string): boolean {
  const line = foldedLine.trim();
  if (line.length === 0 || line.length > MAX_BOILERPLATE_LINE) return false;
  return foldedStarts.some((p) => line.startsWith(p));
}

export function isTailMarker(foldedLine: string): boolean {
  const line = foldedLine.trim();
  return line.length <= 60 && foldedTails.some((p) => line.startsWith(p));
}

/**
 * A dateline or byline ("خام -متابعة :", "عين اليوم – الرياض"): short, no
 * sentence punctuation, ending in a colon or made of "name – place".
 */
export function isDateline(foldedLine: string): boolean {
  const line = foldedLine.trim();
  if (line.length === 0 || line.length > 50 || /[.؟?!]/.test(line)) return false;
  const words = line.split(/\s+/).length;
  if (/[:：]$/.test(line) && words <= 5) return true;
  return words <= 6 && /\s[-–—]\s?|\s?[-–—]\s/.test(line) && !/\d/.test(line);
}

/** A wire service's end marker ("انتهى", "انتهى (1)", "(انتهى)"), not article text. */
export const END_MARKER = /^\(?انتهي\)?\s*(\(\s*\d{1,3}\s*\))?\s*$/;
