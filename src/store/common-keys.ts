/**
 * The document frequencies of the keys too common to look statements up by
 * (over the common-key cap), kept between lookups. A page's lookup asks
 * about 56 keys; at 100,000 articles 26 of them were that common, and each
 * one's head row carried up to 511 ids a lookup never uses (10,600 ids
 * read and decoded per page, for 26 numbers). The store's stamp (see
 * posting-cache.ts) tells when any write may have changed them.
 */
export class CommonKeys {
  private df = new Map<string, number>();
  private stamp: string | undefined;

  /** The known df of `key` while the store still carries `stamp`. */
  get(key: string): number | undefined {
    return this.df.get(key);
  }

  /** Called with the stamp the store carries now: a different one (or none) empties the cache. */
  sync(stamp: string | undefined): boolean {
    if (stamp !== undefined && stamp === this.stamp) return true;
    this.df.clear();
    this.stamp = stamp;
    return false;
  }

  set(key: string, df: number): void {
    if (this.stamp !== undefined) this.df.set(key, df);
  }
}
