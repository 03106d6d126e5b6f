/**
 * Verbs of change and their verbal nouns. "ارتفع عدد القتلى من 10 إلى 20"
 * reports an old value and a new one, not an estimate between two bounds;
 * "تراوح" names a range outright. Forms are listed as news writes them
 * (past masculine and feminine, present, verbal noun and its accusative);
 * proclitics (و، ف، ل، ب) and the article are peeled by the reader.
 * نزل is left out: "نزل في الفندق من 3 إلى 5 أيام" is a stay, not a fall.
 */
import { foldText } from '../normalize/fold.ts';

const CHANGE = `
ارتفع ارتفعت يرتفع ترتفع ارتفاع ارتفاعاً
انخفض انخفضت ينخفض تنخفض انخفاض انخفاضاً
تراجع تراجعت يتراجع تتراجع تراجعاً
زاد زادت يزيد تزيد زيادة ازداد ازدادت يزداد تزداد ازدياد
قفز قفزت يقفز تقفز قفزة
هبط هبطت يهبط تهبط هبوط هبوطاً
صعد صعدت يصعد تصعد صعود
تقلص تقلصت يتقلص تتقلص
نما نمت ينمو تنمو نمو نمواً
تضاعف تضاعفت يتضاعف تتضاعف
انكمش انكمشت ينكمش تنكمش انكماش
تدنى تدنت يتدنى تتدنى تدني
تغير تغيرت يتغير تتغير
رفع رفعت يرفع ترفع
خفض خفضت يخفض تخفض تخفيض
قلص قلصت يقلص تقليص
`.trim().split(/\s+/);

/** A range by its verb: "تتراوح الأسعار من 10 إلى 20". */
const RANGE = 'تراوح تراوحت يتراوح تتراوح تراوحا'.split(' ');

export const CHANGE_WORDS: ReadonlySet<string> = new Set(CHANGE.map(foldText));
export const RANGE_VERBS: ReadonlySet<string> = new Set(RANGE.map(foldText));
