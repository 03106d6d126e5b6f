/** 32-bit FNV-1a: small, fast and identical in Node and every browser. */
export function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function hashHex(s: string): string {
  return fnv1a(s).toString(36);
}
