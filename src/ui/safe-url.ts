/** The URL if it is an http(s) link, else null: corpus and page URLs are never trusted as links. */
export function httpUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
