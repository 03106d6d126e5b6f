/**
 * Reads inside a closed shadow root (the hover card's) from the test side,
 * through the browsers' automation protocols. A page has neither protocol,
 * so this gives the tests a way in that the page does not get, and nothing
 * test-only ships in the extension.
 *
 * Chromium: DevTools protocol. DOM.describeNode with pierce lists closed
 * shadow roots too; DOM.resolveNode hands one to Runtime.callFunctionOn.
 * Firefox: WebDriver BiDi. script.callFunction serializes a node with
 * includeShadowTree 'all' (closed roots included) and the root's sharedId
 * can then be passed back as an argument.
 *
 * `fn` is sent as source, like any evaluate function: self-contained, and its
 * result must survive JSON.
 */
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';

export type ShadowFn<A, R> = (root: ShadowRoot, arg: A) => R | Promise<R>;

/** Runs `fn` on the shadow root (open or closed) of the first `host` element; null when there is no such host or root. */
export async function inShadowChromium<A, R>(page: PwPage, host: string, fn: ShadowFn<A, R>, arg?: A): Promise<R | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: host });
    if (!nodeId) return null;
    const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    try {
      const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
        arguments: [{ value: arg ?? null }],
        returnByValue: true,
        awaitPromise: true,
      });
      if (exceptionDetails) throw new Error(`in the shadow root: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      return (result.value ?? null) as R | null;
    } finally {
      await cdp.send('Runtime.releaseObject', { objectId: object.objectId! }).catch(() => {});
    }
  } finally {
    await cdp.detach().catch(() => {});
  }
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: BidiResult }>;
}
type BidiResult = { type: 'success'; result: BidiValue } | { type: 'exception'; exceptionDetails: { text: string } };
interface BidiValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}

export async function inShadowFirefox<A, R>(page: PpPage, host: string, fn: ShadowFn<A, R>, arg?: A): Promise<R | null> {
  // puppeteer-core exposes no public BiDi command call; these are its own objects (24.x).
  const connection = (page.browser() as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const call = async (params: object): Promise<BidiValue> => {
    // A sandbox realm: the page's replaced globals (JSON, querySelector…) are not the test's, and the page never sees these calls.
    const { result } = await connection.send('script.callFunction', { target: { context, sandbox: 'isnad-test-probe' }, awaitPromise: true, resultOwnership: 'none', ...params });
    if (result.type === 'exception') throw new Error(`in the shadow root: ${result.exceptionDetails.text}`);
    return result.result;
  };
  const node = await call({
    functionDeclaration: '(selector) => document.querySelector(selector)',
    arguments: [{ type: 'string', value: host }],
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  const shadow = (node.value as { shadowRoot?: BidiValue | null } | undefined)?.shadowRoot;
  if (node.type !== 'node' || !shadow?.sharedId) return null;
  const out = await call({
    functionDeclaration: `async (root, arg) => JSON.stringify((await (${fn.toString()})(root, JSON.parse(arg))) ?? null)`,
    arguments: [{ sharedId: shadow.sharedId }, { type: 'string', value: JSON.stringify(arg ?? null) }],
  });
  return JSON.parse(String(out.value)) as R | null;
}
