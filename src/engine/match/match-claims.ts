import type { Analysis, Claim } from '../types.ts';
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

function judge(claim: Claim, keys: string[], cand: PreparedCandidate, context: number, names: number): Judgement | null {
  const others = cand.statement.claims;
  switch (claim.kind) {
    case 'number': {
      const sharesContextKey = keys.some((k) => k.startsWith('ctx:') && cand.keys.has(k));
      return judgeFigure(claim, others, { context, sharedNames: names, sharesContextKey });
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
      const j = judge(claim, keys, cand, score, names);
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
