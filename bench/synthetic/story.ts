/**
 * A synthetic news story: an event somewhere, its figures, the people who
 * speak about it and what they said. Several outlets tell one story, each
 * with its own wording, subset of facts, digits and now and then a
 * different figure, which is what cross-referencing has to cope with.
 */
import { COUNTRIES, AFRICA_ARAB, GULF_ARABIA, IRAQ, SYRIA_LEVANT } from '../../src/engine/lexicon/places.ts';
import { INTERNATIONAL, NATIONAL_BODIES, MINISTRY_DOMAINS } from '../../src/engine/lexicon/organizations.ts';
import { CURRENCIES, EVENT_KINDS, type EventKind, type FigureKind } from './events.ts';
import { Rng, seedOf, Zipf } from './prng.ts';
import { ARABIC_FAMILY_NAMES, ARABIC_GIVEN, QUOTE_WORDS, SPEAKER_TITLES, WESTERN_FAMILY_NAMES, WESTERN_GIVEN } from './vocabulary.ts';

export interface Person {
  title: string;
  name: string;
}

export interface Fact {
  kind: FigureKind;
  value: number;
  /** For money: the currency word. */
  currency?: string;
}

export interface Story {
  id: number;
  event: EventKind;
  eventNoun: string;
  country: string;
  cities: string[];
  organizations: string[];
  people: Person[];
  facts: Fact[];
  quotes: string[][];
  year: number;
}

// Countries of the Arab world come first in the gazetteer, so Zipf favours them as Arabic news does.
const COUNTRY_ZIPF = new Zipf(COUNTRIES.map((r) => r[0]), 0.9);
const CITY_ZIPF = new Zipf([...IRAQ, ...SYRIA_LEVANT, ...GULF_ARABIA, ...AFRICA_ARAB].map((r) => r[0]), 0.8);
const ORG_ZIPF = new Zipf([...INTERNATIONAL, ...NATIONAL_BODIES].map((r) => r[0]), 1);
const MINISTRY_ZIPF = new Zipf(MINISTRY_DOMAINS.map((d) => `وزارة ${d}`), 1);

/** Famous people, drawn with Zipf: a handful appear in a large share of all stories. */
const FAMOUS: Person[] = (() => {
  const rng = new Rng(424242);
  return Array.from({ length: 400 }, (_, i) => ({
    title: rng.pick(SPEAKER_TITLES),
    name: i % 7 === 6 ? `${rng.pick(WESTERN_GIVEN)} ${rng.pick(WESTERN_FAMILY_NAMES)}` : `${rng.pick(ARABIC_GIVEN)} ${rng.pick(ARABIC_FAMILY_NAMES)}`,
  }));
})();
const FAMOUS_ZIPF = new Zipf(FAMOUS, 1);

const ROUND_TO = [1, 1, 5, 10, 50, 100, 500, 1000];

/** A value drawn log-uniformly in [min, max], rounded as news rounds (3 significant digits at most). */
export function drawValue(rng: Rng, min: number, max: number): number {
  const v = Math.exp(Math.log(min) + rng.next() * (Math.log(max) - Math.log(min)));
  const magnitude = Math.floor(Math.log10(v));
  const step = ROUND_TO[Math.min(ROUND_TO.length - 1, Math.max(0, magnitude))] ?? 1;
  const rounded = Math.max(min, Math.round(v / step) * step);
  return rounded >= 10000 ? Math.round(rounded / 1000) * 1000 : rounded;
}

function drawPerson(rng: Rng): Person {
  if (rng.chance(0.35)) return FAMOUS_ZIPF.draw(rng);
  const western = rng.chance(0.12);
  const name = western
    ? `${rng.pick(WESTERN_GIVEN)} ${rng.pick(WESTERN_FAMILY_NAMES)}`
    : `${rng.pick(ARABIC_GIVEN)} ${rng.pick(ARABIC_FAMILY_NAMES)}`;
  return { title: rng.pick(SPEAKER_TITLES), name };
}

function drawQuote(rng: Rng): string[] {
  const start = rng.int(0, QUOTE_WORDS.length - 20);
  const words: string[] = [];
  const length = rng.int(12, 20);
  // Runs of the bank read like speech; jumps make each quotation its own.
  let at = start;
  while (words.length < length) {
    words.push(QUOTE_WORDS[at % QUOTE_WORDS.length]);
    at = rng.chance(0.6) ? at + 1 : rng.int(0, QUOTE_WORDS.length - 1);
  }
  return words;
}

export function makeStory(id: number, seed: number): Story {
  const rng = new Rng(seedOf(seed, id));
  const event = rng.pick(EVENT_KINDS);
  const facts: Fact[] = rng.sample(event.figures, Math.min(event.figures.length, rng.int(5, 8))).map((kind) => ({
    kind,
    value: kind.percent ? Math.round(drawValue(rng, kind.min, kind.max) * (rng.chance(0.3) ? 10 : 1)) / (rng.chance(0.3) ? 10 : 1) : drawValue(rng, kind.min, kind.max),
    ...(kind.money ? { currency: rng.pick(CURRENCIES) } : {}),
  }));
  return {
    id,
    event,
    eventNoun: rng.pick(event.nouns),
    country: COUNTRY_ZIPF.draw(rng),
    cities: Array.from({ length: rng.int(2, 4) }, () => CITY_ZIPF.draw(rng)),
    organizations: [ORG_ZIPF.draw(rng), MINISTRY_ZIPF.draw(rng), ...(rng.chance(0.5) ? [ORG_ZIPF.draw(rng)] : [])],
    people: Array.from({ length: rng.int(2, 4) }, () => drawPerson(rng)),
    facts,
    quotes: Array.from({ length: rng.int(2, 4) }, () => drawQuote(rng)),
    year: rng.int(1950, 2023),
  };
}
