/**
 * The synthetic corpus as a deterministic sequence: article i is always the
 * same text, and the first 1,000 articles of the 100,000 are the 1,000-article
 * corpus. Stories are told by one to about ten outlets each.
 */
import { renderArticle } from './article.ts';
import { Rng, seedOf } from './prng.ts';
import { makeStory, type Story } from './story.ts';
import { OUTLETS } from './vocabulary.ts';

export const CORPUS_SEED = 20240601;
/** Stories of page queries that are not in any corpus start here. */
const FRESH_STORY = 50_000_000;

export interface SyntheticArticle {
  index: number;
  story: number;
  url: string;
  title: string;
  outlet: string;
  text: string;
}

/** Maps article indices to stories: story sizes are 1 + geometric, mean about 2.6, at most 12. */
export class StoryPlan {
  private readonly storyOf: number[] = [];
  private readonly rng: Rng;
  private nextStory = 0;

  constructor(seed = CORPUS_SEED) {
    this.rng = new Rng(seed);
  }

  story(index: number): number {
    while (this.storyOf.length <= index) {
      let size = 1;
      while (size < 12 && this.rng.chance(0.62)) size++;
      for (let i = 0; i < size; i++) this.storyOf.push(this.nextStory);
      this.nextStory++;
    }
    return this.storyOf[index];
  }
}

const storyCache = new Map<number, Story>();
function storyById(id: number, seed: number): Story {
  let s = storyCache.get(id);
  if (!s) {
    if (storyCache.size > 2000) storyCache.clear();
    s = makeStory(id, seed);
    storyCache.set(id, s);
  }
  return s;
}

function render(index: number, storyId: number, seed: number, sentences: number): SyntheticArticle {
  const rng = new Rng(seedOf(seed ^ 0x5bd1e995, index));
  const outlet = rng.pick(OUTLETS);
  const { title, text } = renderArticle(storyById(storyId, seed), outlet, rng, { sentences });
  return { index, story: storyId, url: `https://${outlet.domain}/news/${storyId}-${index}`, title, outlet: outlet.name, text };
}

export class SyntheticCorpus {
  private readonly plan: StoryPlan;

  constructor(private readonly seed = CORPUS_SEED) {
    this.plan = new StoryPlan(seed);
  }

  article(index: number): SyntheticArticle {
    return render(index, this.plan.story(index), this.seed, 25);
  }

  /**
   * Page query q: a long article (enough sentences for about 40 claims once
   * trimmed). Even pages tell a story that is in every corpus (among the
   * first 1,000 articles) from a new outlet's angle; odd pages tell a story
   * found in no corpus, so they only share the common keys.
   */
  page(q: number, sentences = 45): SyntheticArticle & { inCorpus: boolean } {
    const inCorpus = q % 2 === 0;
    const storyId = inCorpus ? this.plan.story(Math.floor(new Rng(seedOf(this.seed, 7000 + q)).next() * 1000)) : FRESH_STORY + q;
    return { ...render(10_000_000 + q, storyId, this.seed, sentences), inCorpus };
  }
}
