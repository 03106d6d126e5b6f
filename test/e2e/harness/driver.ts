/**
 * What the end-to-end scenarios need from a browser, so the same scenarios
 * run in Chromium (playwright-core) and Firefox ESR (puppeteer-core, BiDi).
 */
export interface Tab {
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /**
   * Runs `fn` on the shadow root, even a closed one, of the first element
   * matching `host` (null when none), through the automation protocol: the
   * page itself has no such way in. See closed-shadow.ts.
   */
  inShadow<R, A = undefined>(host: string, fn: (root: ShadowRoot, arg: A) => R | Promise<R>, arg?: A): Promise<R | null>;
  waitFor<A>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  hover(selector: string): Promise<void>;
  click(selector: string): Promise<void>;
  focus(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  setFile(selector: string, path: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  bringToFront(): Promise<void>;
  screenshot(path: string, fullPage?: boolean): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  name: 'chromium' | 'firefox';
  openPage(url: string): Promise<Tab>;
  openExtensionPage(path: string): Promise<Tab>;
  close(): Promise<void>;
}

/** Waits until `fn` holds in `tab`, with a readable error. */
export async function until<A>(tab: Tab, what: string, fn: (arg: A) => unknown, arg?: A, timeoutMs = 15_000): Promise<void> {
  try {
    await tab.waitFor(fn, arg, timeoutMs);
  } catch (e) {
    throw new Error(`timed out waiting for ${what}: ${(e as Error).message.split('\n')[0]}`);
  }
}

/** Whether Isnad's hover card is open (read through the closed shadow root). */
export async function cardIsOpen(tab: Tab, host = 'isnad-card'): Promise<boolean> {
  return (await tab.inShadow(host, (root) => !!root.querySelector('.isnad-card'))) === true;
}

/** Waits until the hover card is open (or, with open = false, closed). */
export async function untilCard(tab: Tab, what: string, open = true, timeoutMs = 15_000, host = 'isnad-card'): Promise<void> {
  const end = Date.now() + timeoutMs;
  while ((await cardIsOpen(tab, host)) !== open) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Asks the tabs API (from an extension page) which tab id is active, after bringing `tab` to the front. */
export async function tabIdOf(helper: Tab, tab: Tab): Promise<number> {
  await tab.bringToFront();
  return helper.evaluate(async () => {
    type TabsApi = { tabs: { query(q: object): Promise<{ id?: number }[]> } };
    const g = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
    const [active] = await (g.browser ?? g.chrome).tabs.query({ active: true, lastFocusedWindow: true });
    return active.id!;
  });
}
