/**
 * Renders one outlet's article about a story: a title, a dateline and about
 * 25 sentences (some 600 words) mixing figures, quotations, places, people
 * and sentences with no claim at all, as Arabic news reads.
 */
import { QUALIFIERS } from './events.ts';
import type { Rng } from './prng.ts';
import { drawValue, type Fact, type Person, type Story } from './story.ts';
import { ANNOUNCE_VERBS, CONNECTORS, DAYS, FILLER, SAY_VERBS, type Outlet } from './vocabulary.ts';

const INDIC = '٠١٢٣٤٥٦٧٨٩';

function digits(value: number, outlet: Outlet): string {
  const s = String(value);
  return outlet.indicDigits ? s.replace(/[0-9]/g, (d) => INDIC[Number(d)]).replace('.', '٫') : s;
}

function countForm(n: number, noun: { gen: string; acc: string; pl: string }): string {
  const last2 = n % 100;
  if (Number.isInteger(n) && last2 >= 3 && last2 <= 10) return noun.pl;
  if (Number.isInteger(n) && last2 >= 11 && last2 <= 99) return noun.acc;
  return noun.gen;
}

/** A figure as an outlet writes it: 112 قتيلا, ٢٧ ألف منزل, 2.5 مليار دولار, 12.5%. */
export function renderFigure(fact: Fact, rng: Rng, outlet: Outlet, value = fact.value): string {
  const q = rng.chance(0.15) ? `${rng.pick(QUALIFIERS)} ` : '';
  const k = fact.kind;
  if (k.percent) return q + (rng.chance(0.5) ? `${digits(value, outlet)}%` : `${digits(value, outlet)} في المئة`);
  if (k.money) {
    const cur = fact.currency ?? 'دولار';
    if (value >= 1000) {
      const b = Math.round(value / 100) / 10;
      return `${q}${digits(b, outlet)} ${Number.isInteger(b) && b >= 3 && b <= 10 ? 'مليارات' : 'مليار'} ${cur}`;
    }
    return `${q}${digits(value, outlet)} ${value >= 3 && value <= 10 ? 'ملايين' : 'مليون'} ${cur}`;
  }
  const noun = k.noun!;
  if (value >= 10000 && value % 1000 === 0 && rng.chance(0.6)) return `${q}${digits(value / 1000, outlet)} ألف ${noun.gen}`;
  return `${q}${digits(value, outlet)} ${countForm(value, noun)}`;
}

/** Now and then an outlet reports a different figure for the same fact: the conflicts Isnad must find. */
function reportedValue(fact: Fact, rng: Rng): number {
  if (!rng.chance(0.08)) return fact.value;
  const other = Math.round(fact.value * (1 + (rng.chance(0.5) ? 1 : -1) * (0.05 + rng.next() * 0.2)));
  return Math.max(3, other);
}

function person(p: Person): string {
  return `${p.title} ${p.name}`;
}

function clause(rng: Rng): string {
  return `${rng.pick(FILLER.verbs)} ${rng.pick(FILLER.objects)} ${rng.pick(FILLER.settings)}`;
}

/** A sentence with no claim: who does what, where, and a closing remark (20 to 30 words). */
function filler(rng: Rng): string {
  const more = rng.chance(0.85) ? `، كما ${clause(rng)}` : '';
  return `${rng.pick(FILLER.intros)} ${rng.pick(FILLER.subjects)} ${clause(rng)}${more}، ${rng.pick(FILLER.closers)}.`;
}

function figureSentence(story: Story, fact: Fact, rng: Rng, outlet: Outlet): string {
  const fig = renderFigure(fact, rng, outlet, reportedValue(fact, rng));
  const before = rng.pick(fact.kind.before);
  const where = rng.chance(0.8) ? ` في ${rng.pick(story.cities)}` : '';
  switch (rng.int(0, 2)) {
    case 0: return `${rng.pick(CONNECTORS)} ${story.eventNoun} أدت إلى ${before} ${fig}${where}، ${rng.pick(FILLER.closers)}.`;
    case 1: return `وأعلنت ${rng.pick(story.organizations)} ${before} ${fig}${where} ${rng.pick(FILLER.settings)}، ${rng.pick(FILLER.closers)}.`;
    default: return `وتحدثت تقارير محلية عن ${before} ${fig}${where}، فيما ${rng.pick(FILLER.subjects)} ${clause(rng)}.`;
  }
}

function quoteSentence(story: Story, index: number, rng: Rng): string {
  const words = story.quotes[index];
  const speaker = story.people[index % story.people.length];
  // Outlets trim quotations differently; the shingle keys must still meet.
  const from = rng.chance(0.3) ? 1 : 0;
  const to = words.length - (rng.chance(0.3) ? 1 : 0);
  const text = words.slice(from, to).join(' ');
  const open = rng.chance(0.5) ? ['«', '»'] : ['"', '"'];
  const after = rng.chance(0.5) ? `، ${rng.pick(FILLER.closers)}` : '';
  return `${rng.pick(SAY_VERBS)} ${person(speaker)} إن ${open[0]}${text}${open[1]}${after}.`;
}

export interface RenderOptions {
  /** Sentences in the body (25 for corpus articles, more for long pages). */
  sentences: number;
}

/** The article's text: title line, an optional dateline, then paragraphs of one to three sentences. */
export function renderArticle(story: Story, outlet: Outlet, rng: Rng, opts: RenderOptions): { title: string; text: string } {
  const facts = rng.sample(story.facts, Math.max(2, story.facts.length - rng.int(0, 2)));
  const [f1, f2] = facts;
  const title = `${rng.pick(story.event.headline)} ${story.eventNoun} في ${story.country}: ${renderFigure(f1, rng, outlet)}`;
  const lead = `${rng.pick(ANNOUNCE_VERBS)} ${story.organizations[1]}، ${rng.pick(DAYS)}، ${rng.pick(f1.kind.before)} ${renderFigure(f1, rng, outlet, reportedValue(f1, rng))} و${renderFigure(f2, rng, outlet)} جراء ${story.eventNoun} في ${story.country}، ${rng.pick(FILLER.closers)}.`;

  const body: string[] = [];
  for (const f of facts.slice(2)) body.push(figureSentence(story, f, rng, outlet));
  story.quotes.forEach((_, i) => { if (rng.chance(0.75)) body.push(quoteSentence(story, i, rng)); });
  body.push(`وشملت الأضرار مناطق في ${story.cities.join(' و')}، ${rng.pick(FILLER.settings)}.`);
  body.push(`وتعد ${story.eventNoun} في ${story.country} الأسوأ منذ عام ${story.year}، بحسب ${story.organizations[0]}.`);
  const p = story.people[story.people.length - 1];
  body.push(`والتقى ${person(p)} في ${story.cities[0]} ممثلين عن ${story.organizations[0]} لبحث ${rng.pick(FILLER.objects)} ${rng.pick(FILLER.settings)}، ${rng.pick(FILLER.closers)}.`);
  // Long pages mention more figures of the same kind of event, each new.
  while (body.length < opts.sentences * 0.55) {
    const kind = rng.pick(story.event.figures);
    body.push(figureSentence(story, { kind, value: drawValue(rng, kind.min, kind.max) }, rng, outlet));
  }
  while (body.length < opts.sentences - 1) body.push(filler(rng));
  // Shuffle the body so figures, quotes and filler interleave.
  for (let i = body.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [body[i], body[j]] = [body[j], body[i]];
  }
  const sentences = [lead, ...body];

  const lines = [title];
  if (rng.chance(0.5)) lines.push(`${story.cities[0]} - ${outlet.name}:`);
  for (let i = 0; i < sentences.length;) {
    const take = rng.int(1, 3);
    lines.push(sentences.slice(i, i + take).join(' '));
    i += take;
  }
  return { title, text: lines.join('\n') };
}
