/**
 * Seeded randomness for the synthetic corpus: the same seed gives the same
 * articles in Node and in Chromium, so every run and every design sees the
 * same corpus and the same page queries.
 */

/** mulberry32: small, fast, good enough for test data. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = (seed ^ 0x9e3779b9) >>> 0;
    // Warm up so nearby seeds do not start alike.
    for (let i = 0; i < 4; i++) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)];
  }

  /** Up to `n` distinct items of `list`. */
  sample<T>(list: readonly T[], n: number): T[] {
    const copy = [...list];
    const out: T[] = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]);
    return out;
  }
}

/** Mixes two integers into one seed. */
export function seedOf(a: number, b: number): number {
  let h = Math.imul(a ^ 0x85ebca6b, 0xc2b2ae35) ^ Math.imul(b + 0x27d4eb2f, 0x165667b1);
  h ^= h >>> 13;
  return Math.imul(h, 0x9e3779b1) >>> 0;
}

/**
 * Zipf-distributed ranks over a list: rank 0 is drawn most often. News names
 * places, bodies and people this way (a few constantly, most rarely), which is
 * what makes some claim keys very common and most rare.
 */
export class Zipf<T> {
  private readonly cumulative: Float64Array;

  constructor(private readonly items: readonly T[], exponent = 1) {
    this.cumulative = new Float64Array(items.length);
    let sum = 0;
    for (let i = 0; i < items.length; i++) this.cumulative[i] = sum += 1 / (i + 1) ** exponent;
    for (let i = 0; i < items.length; i++) this.cumulative[i] /= sum;
  }

  draw(rng: Rng): T {
    const u = rng.next();
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return this.items[lo];
  }
}
