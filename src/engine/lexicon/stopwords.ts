import { foldText } from '../normalize/fold.ts';

/**
 * Function words that say nothing about which story a sentence tells. Kept
 * short on purpose: qualifiers (أكثر، أقل، نحو), negation (لا، لم، لن، ليس),
 * scale words (مليون، مليار) and place words (عين) are never stopwords here,
 * unlike the stock Arabic lists.
 */
const WORDS = `
في من على إلى الى عن مع و أو او ثم أن إن ان أنه إنه انه أنها إنها التي الذي الذين اللذين اللتين
هذا هذه ذلك تلك هؤلاء هنا هناك كان كانت يكون تكون كما قد وقد لقد فقد حيث بين بعد قبل عند منذ
خلال حول ضمن دون غير كل بعض أي هو هي هم هن نحن انا أنا له لها لهم به بها بهم فيه فيها منه منها
عليه عليها إليه اليه ما ماذا متى كيف لماذا أين اين إذا اذا لو بل لكن ولكن أيضا ايضا فقط كذلك
وقال قال وأضاف أضاف وأكد أكد وأوضح أوضح وأشار أشار مشيرا مبينا موضحا مؤكدا لافتا مضيفا وتابع تابع
اليوم أمس الخميس الجمعة السبت الأحد الاثنين الثلاثاء الأربعاء يوم عام سنة
`.trim().split(/\s+/);

export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.map(foldText));
