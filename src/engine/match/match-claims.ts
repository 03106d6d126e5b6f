import type { Analysis, Claim, NumberClaim } from '../types.ts';
import { foldText } from '../normalize/fold.ts';
import { claimIndexKeys } from '../keys/statement-keys.ts';
import { quoteWords } from '../keys/claim-keys.ts';
import { CandidateIndex, type PreparedCandidate } from './candidate-index.ts';
import { contextScore, sentenceContext, type SentenceContext } from './context.ts';
import { findCopies } from './copies.ts';
import { figureWords } from './figure-words.ts';
import { judgeFigure, judgeName, judgeQuote, type Judgement } from './verdict.ts';
import type { CandidateStatement, ClaimMatch, ClaimReport, SourceArticle } from './types.ts';

export interface MatchOptions {
  /** Fingerprint of the page's article, so reprints of it are shown as copies. */
  pageFingerprint?: number[];
  /** Most matches kept per claim. */
  perClaim?: number;
}

/**
 * A page sentence that holds claims: its context, and its context score
 * against each candidate, computed on first use and shared by its claims.
 */
interface PageSentence {
  sentence: { text: string; start: number };
  claims: Claim[];
  figures: NumberClaim[];
  context: SentenceContext;
  scores: ({ score: number; names: number } | undefined)[];
}

/** What a claim compares with every candidate it visits, read once per claim. */
interface ClaimSide {
  claim: Claim;
  page: PageSentence;
  /** Its context keys ("ctx:killed:حصيله"), for sharesContextKey. */
  contextKeys: string[];
  siblings: NumberClaim[];
  around: string[];
}

const VERDICT_ORDER = { conflicts: 0, agrees: 1, related: 2 } as const;

function judge(side: ClaimSide, cand: PreparedCandidate, context: number, names: number, quoteWordsOf: (t: string) => string[]): Judgement | null {
  const { claim } = side;
  const others = cand.statement.claims;
  switch (claim.kind) {
    case 'number':
      return judgeFigure(claim, others, {
        context, sharedNames: names,
        sharesContextKey: side.contextKeys.some((k) => cand.keys.has(k)),
        siblings: side.siblings,
        around: side.around,
        aroundOther: cand.aroundOther,
      });
    case 'quote':
      return judgeQuote(claim, others, cand.statement.text, quoteWordsOf);
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

function memo(fn: (text: string) => string[]): (text: string) => string[] {
  const cache = new Map<string, string[]>();
  return (text) => {
    let got = cache.get(text);
    if (!got) cache.set(text, (got = fn(text)));
    return got;
  };
}

/**
 * Cross-references every claim of a page against candidate statements from
 * the corpus: each match gets a verdict, the best statement per article is
 * kept, and reprints of one story are marked so they count as one source.
 *
 * A claim is compared only with the candidates that share one of its index
 * keys or a name of its sentence (candidate-index.ts); what a sentence, a
 * claim or a candidate contributes to a comparison is computed once.
 */
export function matchClaims(page: Analysis, candidates: CandidateStatement[], opts: MatchOptions = {}): ClaimReport[] {
  const perClaim = opts.perClaim ?? 8;
  const index = new CandidateIndex(candidates);
  const bySentence = page.sentences.map((): Claim[] => []);
  for (const c of page.claims) bySentence[c.sentence]?.push(c);
  const pageSentences = new Map<number, PageSentence>();
  const sentenceOf = (i: number): PageSentence => {
    let s = pageSentences.get(i);
    if (!s) {
      const sentence = page.sentences[i];
      const claims = bySentence[i];
      s = {
        sentence, claims,
        figures: claims.filter((c): c is NumberClaim => c.kind === 'number'),
        context: sentenceContext(sentence.text, claims),
        scores: new Array(candidates.length),
      };
      pageSentences.set(i, s);
    }
    return s;
  };
  const quoteWordsOf = memo((text) => quoteWords(foldText(text)));
  const articles = new Map<number, SourceArticle>();
  for (const c of candidates) articles.set(c.article.id, c.article);
  const copyOf = findCopies([...articles.values()], opts.pageFingerprint);

  return page.claims.map((claim) => {
    const p = sentenceOf(claim.sentence);
    const keys = claimIndexKeys(claim, p.sentence.text, p.sentence.start);
    const side: ClaimSide = claim.kind === 'number'
      ? {
        claim, page: p,
        contextKeys: keys.filter((k) => k.startsWith('ctx:')),
        siblings: p.figures.filter((c) => c !== claim),
        around: figureWords(p.sentence, p.figures, claim),
      }
      : { claim, page: p, contextKeys: [], siblings: [], around: [] };
    const best = new Map<number, ClaimMatch>();
    for (const i of index.sharing(keys, p.context.names)) {
      const cand = index.list[i];
      const { score, names } = (p.scores[i] ??= contextScore(p.context, cand.context));
      const j = judge(side, cand, score, names, quoteWordsOf);
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
