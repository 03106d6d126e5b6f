/**
 * A news page and a JSON Lines corpus that carry the payloads. Paragraph i of
 * the page and article i of the corpus report the same figure in the same
 * words, so the hover card and the popup of claim i show article i, whose
 * title, outlet, sentence and URL all hold payload i; the page paragraph
 * holds it too. Every fourth article gives a different figure, so the
 * popup's side-by-side conflict view shows the page sentence as well.
 *
 * Sentences are built from word pools by a seeded generator so that two
 * articles share few words: a figure only meets its own article.
 */
import type { Payload } from './payloads.ts';

/** Deterministic generator (mulberry32), so runs are comparable. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SPEAKERS = [
  'المتحدث باسم الهيئة', 'مدير المستشفى', 'رئيس البلدية', 'مسؤول الإغاثة', 'قائد الدفاع المدني', 'وزير الزراعة', 'محافظ المصرف',
  'مدير الميناء', 'رئيس النقابة', 'ممثل المنظمة', 'نائب المحافظ', 'مدير الجمارك', 'رئيس الغرفة التجارية', 'مفوض اللاجئين',
  'مدير التعليم', 'رئيس الهلال الأحمر', 'وكيل الوزارة', 'مدير الأرصاد', 'منسق الأمم المتحدة', 'رئيس المجلس المحلي',
];
/** Given and family names: every article has its own person, so the person's card shows that article. */
const GIVEN = ['خالد', 'أحمد', 'يوسف', 'سامي', 'طارق', 'عماد', 'فراس', 'ماجد', 'نبيل', 'هشام', 'وليد', 'باسل', 'جمال', 'رامي', 'زياد'];
const FAMILY = [
  'الزبيدي', 'العبيدي', 'الحسيني', 'الشمري', 'الدوري', 'القحطاني', 'المصري', 'الحلبي', 'النعيمي', 'الكعبي', 'البدوي', 'السعدي',
  'الجبوري', 'التميمي', 'الربيعي', 'الخزرجي',
];
const VERBS = ['أعلن', 'أكد', 'كشف', 'أوضح', 'ذكر', 'صرح', 'بين', 'أفاد', 'قال', 'أشار', 'نقل', 'رجح'];
/** Thirteen units: payloads of one template (45 apart) never share a unit. */
const UNITS = ['أسرة', 'طالبا', 'عاملا', 'طنا', 'هكتارا', 'لترا', 'برميلا', 'كيلومترا', 'نازحا', 'طفلا', 'مفقودا', 'جريحا', 'فدانا'];
const TOPICS = [
  'القمح', 'الأسمدة', 'المياه', 'الوقود', 'الأدوية', 'الكهرباء', 'المدارس', 'الطرق', 'الجسور', 'الموانئ', 'الأسواق', 'المخابز',
  'المزارع', 'السدود', 'القوارب', 'الحافلات', 'المستودعات', 'الخيام', 'البذور', 'الماشية', 'الأعلاف', 'الأسماك', 'الأخشاب', 'الإسمنت',
  'الأرز', 'السكر', 'الزيت', 'الحليب', 'اللقاحات', 'الأغطية', 'المولدات', 'الألواح', 'الأنابيب', 'الشاحنات', 'الدراجات', 'الكتب',
];
const PLACES_HINT = ['الشمالية', 'الجنوبية', 'الشرقية', 'الغربية', 'الساحلية', 'الجبلية', 'الوسطى', 'الحدودية', 'الصحراوية', 'الريفية'];
const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
/** Sentence frames, so articles share as few words as news about different things would. */
const FRAMES: ((v: string, who: string, fig: string, a: string, b: string, where: string, when: string, p: string) => string)[] = [
  (v, who, fig, a, b, where, when, p) => `${v} ${who} أن ${fig} تضرروا من نقص ${a} و${b} في المنطقة ${where} منذ ${when} ${p}`,
  (v, who, fig, a, b, where, when, p) => `${v} ${who} في ${when} توزيع ${a} على ${fig} ${p} في الولاية ${where} رغم شح ${b}`,
  (v, who, fig, a, b, where, when, p) => `${p} ${v} ${who} تسجيل ${fig} خلال ${when} بعد انقطاع ${a} عن القرى ${where} وتلف ${b}`,
  (v, who, fig, a, b, where, when, p) => `${v} ${who} إن مخزون ${a} يكفي ${fig} فقط ${p} حتى نهاية ${when} في الأقاليم ${where} دون ${b}`,
  (v, who, fig, a, b, where, when, p) => `وفي ${when} ${v} ${who} نقل ${fig} إلى المخيمات ${where} ${p} مع شحنات ${a} و${b}`,
  (v, who, fig, a, b, where, when, p) => `${v} ${who} عن خطة لإعادة ${fig} ${p} إلى الضواحي ${where} بتمويل ${a} و${b} قبل ${when}`,
];

export interface PayloadStory {
  payload: Payload;
  /** The page's paragraph (payload inside). */
  paragraph: string;
  /** The figure as the page writes it, e.g. "4217 أسرة". */
  figure: string;
  /** The person quoted, unique to this story. */
  person: string;
  /** The corpus article's figure (different when `conflict`). */
  sourceFigure: string;
  conflict: boolean;
  article: { v: 1; id: number; url: string; title: string; outlet: string; published: string; text: string };
}

function pick<T>(list: T[], r: () => number): T {
  return list[Math.floor(r() * list.length)];
}

/** One story per payload: page paragraph and corpus article. */
export function payloadStories(list: Payload[], seed = 6): PayloadStory[] {
  const r = seeded(seed);
  return list.map((payload, i) => {
    const n = 1000 + i * 37 + Math.floor(r() * 30);
    const unit = UNITS[i % UNITS.length];
    const conflict = i % 4 === 3;
    const sourceN = conflict ? n + 211 : n;
    const topicA = pick(TOPICS, r);
    const topicB = pick(TOPICS, r);
    const hint = pick(PLACES_HINT, r);
    const month = MONTHS[i % 12];
    const person = `${GIVEN[i % GIVEN.length]} ${FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]}`;
    const speaker = `${pick(SPEAKERS, r)} ${person}`;
    const verb = pick(VERBS, r);
    const frame = pick(FRAMES, r);
    const sentence = (figure: string) => `${frame(verb, speaker, figure, topicA, topicB, hint, month, payload.text)}.`;
    const figure = `${n} ${unit}`;
    const sourceFigure = `${sourceN} ${unit}`;
    const title = `تقرير ${i}: نقص ${topicA} ${payload.text}`;
    return {
      payload,
      paragraph: sentence(figure),
      figure,
      person,
      sourceFigure,
      conflict,
      article: {
        v: 1,
        id: i + 1,
        url: `https://payload${i}.example/news/${i}?q=${encodeURIComponent(payload.text.slice(0, 120))}#${payload.id}`,
        title,
        outlet: `وكالة ${payload.text}`.slice(0, 500),
        published: `2024-0${1 + (i % 9)}-1${i % 10}T08:00:00Z`,
        text: `${title}\n${sentence(sourceFigure)}\nوأضاف أن فرق الإغاثة تواصل عملها في المنطقة.`,
      },
    };
  });
}

/** The corpus as a JSON Lines file, plus lines that the store must skip, each showing payload text in its reason. */
export function payloadJsonl(stories: PayloadStory[]): string {
  const good = stories.map((s) => JSON.stringify(s.article));
  // An unknown field's name is echoed (shortened) in the skip reason the options page shows.
  const bad = stories.slice(0, 20).map((s) => JSON.stringify({ v: 1, text: s.paragraph, [s.payload.text.slice(0, 40)]: 1 }));
  const schemes = ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)'];
  const badUrls = schemes.map((url, i) => JSON.stringify({ v: 1, url, title: `رابط خطر ${i}`, text: `${stories[i].paragraph} نسخة ${i}` }));
  return [...good, ...bad, ...badUrls].join('\n') + '\n';
}

/** A payload as a page holds it once the HTML parser has read it: NUL characters are dropped. */
export function asPageText(text: string): string {
  return text.replace(/\u0000/g, '');
}
