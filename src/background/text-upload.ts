/**
 * The rest of a long page's text, arriving in pieces (protocol.ts,
 * PageText.rest and page-text). The pieces joined are the rest blocks
 * joined without separators, so a block may span pieces; once the announced
 * lengths are all in, `blocks` resolves with the blocks cut back apart.
 */
export class PageTextMismatch extends Error {
  override name = 'PageTextMismatch';
  constructor(detail: string) {
    super(`the page text does not match its announced lengths: ${detail}`);
  }
}

export class TextUpload {
  readonly expected: number;
  readonly blocks: Promise<string[]>;
  private received = 0;
  private readonly pieces: string[] = [];
  private resolve!: (blocks: string[]) => void;
  private reject!: (e: Error) => void;
  private cancelled = false;

  constructor(private readonly lengths: readonly number[]) {
    this.expected = lengths.reduce((a, b) => a + b, 0);
    this.blocks = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    this.blocks.catch(() => {});
    if (this.expected === 0) this.finish();
  }

  /**
   * The check was dropped before its text was all in (expired, or the page
   * checked again): whoever waits on `blocks` gets `reason`, and the pieces go.
   */
  cancel(reason: Error): void {
    if (this.complete || this.cancelled) return;
    this.cancelled = true;
    this.pieces.length = 0;
    this.reject(reason);
  }

  get complete(): boolean {
    return this.received === this.expected;
  }

  /** Takes the next piece; throws, keeping what came before, when it runs past the lengths. */
  add(piece: string): { received: number; expected: number } {
    if (this.cancelled) throw new PageTextMismatch('the check was dropped');
    if (this.complete) throw new PageTextMismatch('the text is complete already');
    if (this.received + piece.length > this.expected) throw new PageTextMismatch(`${this.received + piece.length} characters of ${this.expected}`);
    this.pieces.push(piece);
    this.received += piece.length;
    if (this.complete) this.finish();
    return { received: this.received, expected: this.expected };
  }

  private finish(): void {
    const text = this.pieces.join('');
    this.pieces.length = 0;
    const blocks: string[] = [];
    let at = 0;
    for (const n of this.lengths) {
      blocks.push(text.slice(at, at + n));
      at += n;
    }
    this.resolve(blocks);
  }
}
