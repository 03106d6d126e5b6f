/** The kinds of checkable claim Isnad finds. */
export type ClaimKind = 'number' | 'person' | 'place' | 'organization' | 'quote';

/** How a figure is hedged in the text ("أكثر من 1200" is `more_than`). */
export type Qualifier = 'exact' | 'more_than' | 'less_than' | 'about' | 'at_least' | 'at_most' | 'range';

/** A half-open range of UTF-16 offsets into the original text. */
export interface Span {
  start: number;
  end: number;
}

/** One sentence of an article, with offsets into the article's text. */
export interface Sentence extends Span {
  text: string;
  /** Index of the paragraph the sentence belongs to. */
  paragraph: number;
}

export interface ClaimBase extends Span {
  kind: ClaimKind;
  /** The claim exactly as written (the original text between start and end). */
  text: string;
  /** Index into the analysis' sentences. */
  sentence: number;
  /** Canonical key used by matching: equal keys mean "possibly the same claim". */
  key: string;
}

export interface NumberClaim extends ClaimBase {
  kind: 'number';
  value: number;
  /** Upper bound for ranges ("بين 10 و20": value 10, valueMax 20). */
  valueMax?: number;
  /** Canonical unit class: 'USD', 'person', 'injured', 'day', 'percent', … or '' when unknown. */
  unit: string;
  qualifier: Qualifier;
}

export interface NameClaim extends ClaimBase {
  kind: 'person' | 'place' | 'organization';
}

export interface QuoteClaim extends ClaimBase {
  kind: 'quote';
  /** Name key of the speaker when a reporting verb and a name make it clear. */
  speakerKey?: string;
  speaker?: string;
}

export type Claim = NumberClaim | NameClaim | QuoteClaim;

/** An article split into its parts: title, paragraphs and sentences over one text. */
export interface ArticleText {
  title: string;
  /** The article text the offsets refer to: paragraphs joined by "\n". */
  text: string;
  paragraphs: Span[];
  sentences: Sentence[];
}

export interface Analysis extends ArticleText {
  claims: Claim[];
}
