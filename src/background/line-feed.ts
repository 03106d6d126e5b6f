/**
 * Turns lines arriving in several messages into one async iterable for the
 * store's importer. `push` resolves once the importer has taken every line
 * of the chunk, so the options page never sends faster than the store writes.
 */
export class LineFeed {
  private chunks: string[][] = [];
  private ended = false;
  private wake: (() => void) | null = null;
  private drained: (() => void)[] = [];

  push(lines: string[]): Promise<void> {
    if (this.ended) return Promise.resolve();
    this.chunks.push(lines);
    this.signal();
    return new Promise((resolve) => this.drained.push(resolve));
  }

  end(): void {
    this.ended = true;
    this.signal();
  }

  /** Called when the consumer stopped early: nobody will take more lines. */
  release(): void {
    this.ended = true;
    this.chunks = [];
    for (const resolve of this.drained.splice(0)) resolve();
  }

  private signal(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<string> {
    try {
      for (;;) {
        const chunk = this.chunks.shift();
        if (chunk) {
          yield* chunk;
          continue;
        }
        for (const resolve of this.drained.splice(0)) resolve();
        if (this.ended) return;
        await new Promise<void>((resolve) => (this.wake = resolve));
      }
    } finally {
      this.release();
    }
  }
}
