import type { Analysis, Claim, NumberClaim } from '../types.ts';
import { foldText } from '../normalize/fold.ts';
import { contentWords } from '../keys/words.ts';
import { claimIndexKeys } from '../keys/statement-keys.ts';
import { contextScore, sentenceContext, type SentenceContext } from './context.ts';
import { findCopies } from './copies.ts';
import { judgeFigure, judgeName, judgeQuote, type Judgement } from './verdict.ts';
import type { CandidateStatement, ClaimMatch, ClaimReport, SourceArticle } from './types.ts';

export interface MatchOptions {
  /** Fingerprint of the page's article, so reprints of it are shown as copies. */
  pageFingerprint?: number[];
  /** Most matches kept per claim. */
  perClaim?: number;
}

interface PageSentence {
  sentence: { text: string; start: number };
  claims: Claim[];
}

interface PreparedCandidate {
  statement: CandidateStatement;
  context: SentenceContext;
  keys: Set<string>;
}

const VERDICT_ORDER = { conflicts: 0, agrees: 1, related: 2 } as const;

function prepare(c: CandidateStatement): PreparedCandidate {
  const keys = new Set<string>();
  for (const claim of c.claims) for (const k of claimIndexKeys(claim, c.text, c.start)) keys.add(k);
  return { statement: c, context: sentenceContext(c.text, c.claims), keys };
}

const LOCAL_WORDS = 4;

function words(text: string): string[] {
  return contentWords(foldText(text)).filter((w) => !/^\d/.test(w));
}

/**
 * The content words around a figure: a few before (back to the previous
 * figure) and a few after (up to the next). A figure that only restates the
 * one before it ("5,922 مليون درهم (1,611 مليون دولار)") takes that figure's
 * words, so each conversion is tied to what it converts.
 */
const aroundCache = new WeakMap<Claim, string[]>();

function around(sentence: { text: string; start: number }, figures: Claim[], claim: Claim): string[] {
  // Each figure's words are read once, however many claims it is compared with.
  const cached = aroundCache.get(claim);
  if (cached) return cached;
  const words = aroundUncached(sentence, figures, claim);
  aroundCache.set(claim, words);
  return words;
}

function aroundUncached(sentence: { text: string; start: number }, figures: Claim[], claim: Claim): string[] {
  const i = figures.indexOf(claim);
  const prevEnd = i > 0 ? figures[i - 1].end : sentence.start;
  const nextStart = i >= 0 && i + 1 < figures.length ? figures[i + 1].start : sentence.start + sentence.text.length;
  const before = words(sentence.text.slice(Math.max(0, prevEnd - sentence.start), Math.max(0, claim.start - sentence.start)));
  if (i > 0 && before.length === 0) return around(sentence, figures, figures[i - 1]);
  const after = words(sentence.text.slice(claim.end - sentence.start, Math.max(claim.end, nextStart) - sentence.start));
  return [...before.slice(-LOCAL_WORDS), ...after.slice(0, LOCAL_WORDS)];
}

function judge(claim: Claim, page: PageSentence, keys: string[], cand: PreparedCandidate, context: number, names: number): Judgement | null {
  const others = cand.statement.claims;
  switch (claim.kind) {
    case 'number': {
      const sharesContextKey = keys.some((k) => k.startsWith('ctx:') && cand.keys.has(k));
      return judgeFigure(claim, others, {
        context, sharedNames: names, sharesContextKey,
        siblings: page.claims.filter((c): c is NumberClaim => c.kind === 'number' && c !== claim),
        around: around(page.sentence, page.claims.filter((c) => c.kind === 'number'), claim),
        aroundOther: (o) => around(cand.statement, others.filter((c) => c.kind === 'number'), o),
      });
    }
    case 'quote':
      return judgeQuote(claim, others, cand.statement.text);
    default:
      return judgeName(claim, others, context);
  }
}

function toMatch(j: Judgement, cand: CandidateStatement, context: number): ClaimMatch {
  const other = j.other;
  const match: ClaimMatch = {
    verdict: j.verdict,
    score: Math.round(Math.min(1, 0.5 * j.strength + 0.5 * context) * 1000) / 1000,
    text: other ? other.text : '',
    statement: cand.text,
    article: cand.article,
  };
  if (other) {
    match.claim = other;
    match.emphasis = { start: other.start - cand.start, end: other.end - cand.start };
  }
  return match;
}

/**
 * Cross-references every claim of a page against candidate statements from
 * the corpus: each match gets a verdict, the best statement per article is
 * kept, and reprints of one story are marked so they count as one source.
 */
export function matchClaims(page: Analysis, candidates: CandidateStatement[], opts: MatchOptions = {}): ClaimReport[] {
  const perClaim = opts.perClaim ?? 8;
  const prepared = candidates.map(prepare);
  const bySentence = page.sentences.map((): Claim[] => []);
  for (const c of page.claims) bySentence[c.sentence]?.push(c);
  const pageContexts = page.sentences.map((s, i) => sentenceContext(s.text, bySentence[i]));
  const articles = new Map<number, SourceArticle>();
  for (const c of candidates) articles.set(c.article.id, c.article);
  const copyOf = findCopies([...articles.values()], opts.pageFingerprint);

  return page.claims.map((claim) => {
    const sentence = page.sentences[claim.sentence];
    const ctx = pageContexts[claim.sentence];
    const keys = claimIndexKeys(claim, sentence.text, sentence.start);
    const best = new Map<number, ClaimMatch>();
    for (const cand of prepared) {
      const sharesKey = keys.some((k) => cand.keys.has(k));
      const { score, names } = contextScore(ctx, cand.context);
      if (!sharesKey && names === 0) continue;
      const j = judge(claim, { sentence, claims: bySentence[claim.sentence] }, keys, cand, score, names);
      if (!j) continue;
      const m = toMatch(j, cand.statement, score);
      const prev = best.get(cand.statement.articleId);
      if (!prev || VERDICT_ORDER[m.verdict] < VERDICT_ORDER[prev.verdict] || (prev.verdict === m.verdict && m.score > prev.score)) {
        best.set(cand.statement.articleId, m);
      }
    }
    const matches = [...best.values()]
      .sort((a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] || b.score - a.score)
      .slice(0, perClaim);
    for (const m of matches) {
      const c = copyOf.get(m.article.id);
      if (c !== undefined) m.copyOf = c;
    }
    const sources = new Set(matches.filter((m) => m.copyOf === undefined).map((m) => m.article.id)).size;
    return { claim, matches, sources };
  });
}

/** The verdict a highlight shows: conflicts win, then agreement, then any source. */
export function overallVerdict(report: ClaimReport): 'agrees' | 'conflicts' | 'related' | 'none' {
  if (report.matches.length === 0) return 'none';
  return report.matches.reduce((v, m) => (VERDICT_ORDER[m.verdict] < VERDICT_ORDER[v] ? m.verdict : v), 'related' as 'agrees' | 'conflicts' | 'related');
}
