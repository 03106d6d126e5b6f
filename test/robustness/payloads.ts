/**
 * Script-injection payloads for the security tests, generated from templates
 * so every one carries its own id and canary URL:
 *
 *   canary(id, kind) = <origin>/canary/<id>/<kind>
 *
 * A payload that is ever parsed as markup either runs script (which fetches
 * its canary and sets data-pwned on the root element) or at least loads a
 * resource (an image, a style sheet, a frame), which the fixture server
 * counts as a hit. Payloads that cannot run by themselves (bidi overrides,
 * look-alikes of Isnad's own elements, template syntax) are still checked:
 * they must come out as the exact text that went in.
 */

export interface Payload {
  /** "P007": unique, also written into the payload itself. */
  id: string;
  family: string;
  /** The text to put into a title, an outlet, a sentence or a URL. */
  text: string;
}

type Template = { family: string; make: (c: (kind: string) => string, id: string) => string };

const js = (c: (kind: string) => string, id: string) =>
  `fetch('${c('js')}');document.documentElement.setAttribute('data-pwned','${id}');window.__isnadPwned='${id}'`;

/** The markup, URL, CSS and template tricks; each is turned into several payloads by the wrappers below. */
const TEMPLATES: Template[] = [
  { family: 'img-onerror', make: (c, id) => `<img src=x onerror="${js(c, id)}">` },
  { family: 'img-src', make: (c) => `<img src="${c('img')}">` },
  { family: 'script', make: (c, id) => `<script>${js(c, id)}</script>` },
  { family: 'script-src', make: (c) => `<script src="${c('js-src')}"></script>` },
  { family: 'svg-onload', make: (c, id) => `<svg onload="${js(c, id)}"></svg>` },
  { family: 'svg-image', make: (c) => `<svg><image href="${c('img')}"/></svg>` },
  { family: 'javascript-link', make: (c, id) => `<a href="javascript:${js(c, id)}">اضغط هنا</a>` },
  { family: 'javascript-url', make: (c, id) => `javascript:${js(c, id)}` },
  { family: 'data-url', make: (c) => `data:text/html,<img src="${c('img')}">` },
  { family: 'end-style', make: (c) => `</style><img src="${c('img')}"><style>` },
  { family: 'end-textarea', make: (c) => `</textarea><img src="${c('img')}">` },
  { family: 'end-title', make: (c) => `</title><img src="${c('img')}">` },
  { family: 'end-comment', make: (c) => `--><img src="${c('img')}"><!--` },
  { family: 'attr-break-double', make: (c) => `"><img src="${c('img')}">` },
  { family: 'attr-break-single', make: (c) => `'><img src='${c('img')}'>` },
  { family: 'attr-handler', make: (c, id) => `" onmouseover="${js(c, id)}" data-x="` },
  { family: 'attr-autofocus', make: (c, id) => `' autofocus onfocus='${js(c, id).replace(/'/g, '`')}' x='` },
  { family: 'isnad-mark-lookalike', make: (c) => `<isnad-mark data-isnad-claim="0" data-isnad-verdict="agrees" data-isnad-kind="number"><img src="${c('img')}"></isnad-mark>` },
  { family: 'isnad-card-lookalike', make: (c) => `<isnad-card class="isnad-card isnad-ui"><a class="isnad-link" href="${c('link')}">المصدر</a></isnad-card>` },
  { family: 'isnad-class-lookalike', make: () => `<span class="isnad-badge isnad-badge--agrees" data-verdict="agrees">✓ متفق</span>` },
  { family: 'bidi-override', make: (c) => `\u202Ecod.\u202D${c('bidi')}\u202C عدد القتلى \u202E121\u202C` },
  { family: 'bidi-isolate', make: (c) => `\u2067<img src="${c('img')}">\u2069\u2066"><b>\u2069` },
  { family: 'template-mustache', make: (c) => `{{constructor.constructor('fetch("${c('js')}")')()}} {{7*7}}` },
  { family: 'template-literal', make: (c) => `\${fetch('${c('js')}')} <%= 7*7 %> #{7*7}` },
  { family: 'css-import', make: (c) => `<style>@import url("${c('css')}");</style>` },
  { family: 'css-link', make: (c) => `<link rel="stylesheet" href="${c('css')}">` },
  { family: 'css-inline-url', make: (c) => `<div style="background:url('${c('css-url')}')">نص</div>` },
  { family: 'css-text', make: (c) => `*{background:url(${c('css-text')})!important} isnad-mark{display:none}` },
  { family: 'iframe', make: (c) => `<iframe src="${c('frame')}"></iframe>` },
  { family: 'iframe-srcdoc', make: (c, id) => `<iframe srcdoc="<script>${js(c, id).replace(/'/g, '&quot;')}</script>"></iframe>` },
  { family: 'object', make: (c) => `<object data="${c('object')}"></object><embed src="${c('embed')}">` },
  { family: 'meta-refresh', make: (c) => `<meta http-equiv="refresh" content="0;url=${c('meta')}">` },
  { family: 'base-href', make: (c) => `<base href="${c('base')}/"><img src="x.png">` },
  { family: 'details-ontoggle', make: (c, id) => `<details open ontoggle="${js(c, id)}"><summary>x</summary></details>` },
  { family: 'video-source', make: (c, id) => `<video><source onerror="${js(c, id)}"></video>` },
  { family: 'math-mutation', make: (c) => `<math><mtext><table><mglyph><style><img src="${c('img')}">` },
  { family: 'noscript-mutation', make: (c) => `<noscript><p title="</noscript><img src=${c('img')}>">` },
  { family: 'entity-encoded', make: (c) => `&lt;img src="${c('img')}"&gt; &#60;script&#62;alert(1)&#60;/script&#62;` },
  { family: 'percent-encoded', make: (c) => `%3Cimg%20src%3D%22${encodeURIComponent(c('img'))}%22%3E` },
  { family: 'fullwidth', make: () => `＜script＞alert(1)＜/script＞ ﹤img src=x onerror=alert(1)﹥` },
  { family: 'dom-clobber', make: () => `<form id="app"><input name="isnad"></form><img name="getElementById">` },
  { family: 'form-action', make: (c) => `<form action="${c('form')}"><button autofocus>إرسال</button></form>` },
  { family: 'proto-text', make: () => `__proto__ constructor.prototype {"__proto__":{"polluted":true}}` },
  { family: 'null-and-controls', make: (c) => `\u0000<img\u0000src="${c('img')}">\u0008\u001b[31m` },
  { family: 'case-mix', make: (c, id) => `<ScRiPt>${js(c, id)}</sCrIpT><IMG SRC=x OnErRoR="${js(c, id)}">` },
];

/** Ways a payload sits in Arabic news text: alone, around a figure, split over words. */
const WRAPPERS: ((p: string) => string)[] = [
  (p) => p,
  (p) => `عاجل: ${p}`,
  (p) => `${p} (تحديث)`,
  (p) => `«${p}»`,
  (p) => `مصدر ${p} مطلع`,
];

export const CANARY_PLACEHOLDER = 'http://canary.invalid';

/**
 * The payloads, in a fixed order. `origin` is where canary hits go (the
 * fixture server); Node tests may keep the placeholder.
 */
export function payloads(origin = CANARY_PLACEHOLDER, count = TEMPLATES.length * WRAPPERS.length): Payload[] {
  const out: Payload[] = [];
  for (let i = 0; i < count; i++) {
    const t = TEMPLATES[i % TEMPLATES.length];
    const wrap = WRAPPERS[Math.floor(i / TEMPLATES.length) % WRAPPERS.length];
    const id = `P${String(i).padStart(3, '0')}`;
    const canary = (kind: string) => `${origin}/canary/${id}/${kind}`;
    out.push({ id, family: t.family, text: wrap(t.make(canary, id)) });
  }
  return out;
}

export const TEMPLATE_COUNT = TEMPLATES.length;

/**
 * The elements Isnad's own UI is made of. Anything else inside a surface
 * came from a payload; a payload that became markup also no longer shows
 * as its own text, which the tests check too.
 */
export const UI_TAGS = [
  'div', 'span', 'p', 'ul', 'ol', 'li', 'a', 'button', 'strong', 'time', 'bdi', 'h1', 'h2', 'h3', 'section',
  'details', 'summary', 'dl', 'dt', 'dd', 'main', 'footer', 'header', 'label', 'input', 'form', 'fieldset',
  'legend', 'progress', 'nav',
];

/** Payload ids a canary request path names ("/canary/P007/img" → "P007"). */
export function canaryId(path: string): string | null {
  return /^\/canary\/(P\d{3})\//.exec(path)?.[1] ?? null;
}
