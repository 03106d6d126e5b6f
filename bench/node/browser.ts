/**
 * Chromium for the benchmarks: /usr/bin/chromium through playwright-core,
 * headless (new), with the built extension loaded (the launch options of
 * toolchain.md), and the DevTools protocol calls the figures need.
 */
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { execFileSync } from 'node:child_process';

export const CHROMIUM = process.env.ISNAD_CHROMIUM ?? '/usr/bin/chromium';

export interface Launched {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
}

export async function launch(extDir: string, profileDir: string): Promise<Launched> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--headless=new', `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`,
      '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--enable-precise-memory-info',
    ],
    viewport: { width: 1280, height: 900 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20000 }));
  return { context, worker, extensionId: new URL(worker.url()).host };
}

export function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

/** Collects garbage in the page's isolate, then reads its JS heap. */
export async function pageHeap(session: CDPSession): Promise<{ usedMB: number; totalMB: number }> {
  await session.send('HeapProfiler.collectGarbage');
  const h = await session.send('Runtime.getHeapUsage');
  return { usedMB: h.usedSize / 2 ** 20, totalMB: h.totalSize / 2 ** 20 };
}

/**
 * Talks to another target (the extension's service worker) through a page's
 * session: playwright gives no session for workers, but Target.attachToTarget
 * without flattening and Target.sendMessageToTarget do.
 */
export class TargetChannel {
  private nextId = 1;
  private pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  private constructor(private readonly session: CDPSession, private readonly sessionId: string) {
    session.on('Target.receivedMessageFromTarget', (e) => {
      if (e.sessionId !== this.sessionId) return;
      const msg = JSON.parse(e.message) as { id?: number; result?: unknown; error?: { message: string } };
      const waiting = msg.id !== undefined ? this.pending.get(msg.id) : undefined;
      if (!waiting) return;
      this.pending.delete(msg.id!);
      if (msg.error) waiting.reject(new Error(msg.error.message));
      else waiting.resolve(msg.result);
    });
  }

  static async open(session: CDPSession, match: (t: { type: string; url: string }) => boolean): Promise<TargetChannel> {
    const { targetInfos } = await session.send('Target.getTargets');
    const target = targetInfos.find(match);
    if (!target) throw new Error('target not found');
    const { sessionId } = await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    return new TargetChannel(session, sessionId);
  }

  send<T = unknown>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    const done = new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject }));
    void this.session.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) });
    return done;
  }

  async heap(): Promise<{ usedMB: number; totalMB: number }> {
    await this.send('HeapProfiler.collectGarbage');
    const h = await this.send<{ usedSize: number; totalSize: number }>('Runtime.getHeapUsage');
    return { usedMB: h.usedSize / 2 ** 20, totalMB: h.totalSize / 2 ** 20 };
  }
}

/** Opens the harness page in a new tab and waits for its API. */
export async function openHarness(context: BrowserContext, extensionId: string, log: (line: string) => void): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  page.on('console', (m) => {
    const text = m.text();
    if (text.startsWith('isnad-bench progress')) log(text.slice('isnad-bench progress '.length));
    else if (m.type() === 'error') log(`harness: ${text}`);
  });
  page.on('pageerror', (e) => log(`harness error: ${e.message}`));
  await page.goto(`chrome-extension://${extensionId}/bench/harness.html`);
  await page.waitForFunction(() => 'isnadBench' in globalThis);
  return { page, cdp: await context.newCDPSession(page) };
}
