/**
 * Functions evaluated inside pages to read what Isnad did. They run in the
 * browser, so they are self-contained (no imports, no closures).
 */
export interface MarkInfo {
  claim: string;
  kind: string;
  verdict: string;
  text: string;
}

/** Highlights on the page, one entry per claim (pieces of one claim joined). */
export function readMarks(): MarkInfo[] {
  const byClaim = new Map<string, MarkInfo>();
  for (const el of document.querySelectorAll<HTMLElement>('isnad-mark')) {
    const claim = el.dataset.isnadClaim ?? '';
    const found = byClaim.get(claim);
    if (found) {
      if (!el.parentElement?.closest(`isnad-mark[data-isnad-claim="${claim}"]`)) found.text += el.textContent ?? '';
      continue;
    }
    byClaim.set(claim, { claim, kind: el.dataset.isnadKind ?? '', verdict: el.dataset.isnadVerdict ?? '', text: el.textContent ?? '' });
  }
  return [...byClaim.values()];
}

export interface CardInfo {
  open: boolean;
  dir: string;
  verdict: string;
  claim: string;
  sources: { outlet: string; verdict: string; statement: string; emphasis: string; link: string | null }[];
  text: string;
}

/** The hover card's content, given its (closed) shadow root: use with `tab.inShadow('isnad-card', readCard)`. */
export function readCard(root: ShadowRoot): CardInfo {
  const card = root.querySelector<HTMLElement>('.isnad-card');
  if (!card) return { open: false, dir: '', verdict: '', claim: '', sources: [], text: '' };
  return {
    open: true,
    dir: card.dir,
    verdict: card.dataset.verdict ?? '',
    claim: card.querySelector('.isnad-claim')?.textContent ?? '',
    sources: [...card.querySelectorAll<HTMLElement>('.isnad-source')].map((s) => ({
      outlet: s.querySelector('.isnad-outlet')?.textContent ?? '',
      verdict: s.dataset.verdict ?? '',
      statement: s.querySelector('.isnad-statement')?.textContent ?? '',
      emphasis: s.querySelector('.isnad-emphasis')?.textContent ?? '',
      link: s.querySelector<HTMLAnchorElement>('a.isnad-link')?.href ?? null,
    })),
    text: card.textContent ?? '',
  };
}

export interface PopupInfo {
  state: string;
  counts: Record<string, number>;
  groups: { kind: string; claims: { text: string; verdict: string; outlets: string[] }[] }[];
  pairs: { page: string; source: string; outlet: string }[];
  states: string[];
  dir: string;
}

export function readPopup(): PopupInfo {
  const counts: Record<string, number> = {};
  for (const c of document.querySelectorAll<HTMLElement>('[data-count]')) {
    counts[c.dataset.count!] = Number((c.querySelector('dd')?.textContent ?? '').replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)));
  }
  return {
    state: document.body.dataset.state ?? '',
    dir: document.documentElement.dir,
    counts,
    groups: [...document.querySelectorAll<HTMLElement>('.group')].map((g) => ({
      kind: g.dataset.kind ?? '',
      claims: [...g.querySelectorAll<HTMLElement>('.claim')].map((c) => ({
        text: c.querySelector('.claim-text')?.textContent ?? '',
        verdict: c.dataset.verdict ?? '',
        outlets: [...c.querySelectorAll('.isnad-outlet')].map((o) => o.textContent ?? ''),
      })),
    })),
    pairs: [...document.querySelectorAll('.pair')].map((p) => ({
      page: p.querySelector('.pair-side--page .pair-figure')?.textContent ?? '',
      source: p.querySelector('.pair-side--source .pair-figure')?.textContent ?? '',
      outlet: p.querySelector('.pair-side--source .pair-outlet')?.textContent ?? '',
    })),
    states: [...document.querySelectorAll<HTMLElement>('[data-state]')].filter((s) => s !== document.body).map((s) => s.dataset.state ?? ''),
  };
}
