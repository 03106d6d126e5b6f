/**
 * Words that can follow a lone "ألفاً" / "مليوناً" without being what it
 * counts: prepositions, particles and adverbs. After them the scale word is
 * the accusative singular ("قتل ألفاً في المعارك" = 1,000), never the dual in
 * construct, whose counted noun follows it directly ("ألفا دولار" = 2,000).
 */
import { foldText } from '../normalize/fold.ts';

const WORDS = `
في من على عن إلى الى مع منذ خلال حتى نحو حوالي حوالى قرابة زهاء فقط تقريبا تقريباً أو او ثم قبل بعد
عند لدى حسب وفق ضمن دون غير بين إلا الا كل تم هو هي هم أي إذ إذا اذا آخر أخرى اخر قد لم لن لا ما
عبر تجاه نظير مقابل سوى أيضا ايضا كذلك حيث
`.trim().split(/\s+/);

export const NOT_COUNTED_NOUNS: ReadonlySet<string> = new Set(WORDS.map(foldText));
