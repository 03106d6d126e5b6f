import type { ElementHandle, Page } from 'puppeteer-core';
import { launchFirefox } from '../../../scripts/launch-firefox.ts';
import { inShadowFirefox } from './closed-shadow.ts';
import type { Driver, Tab } from './driver.ts';

/** A page as the scenarios' Tab (also used by the robustness harness). */
export function firefoxTab(page: Page): Tab {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    inShadow: (host, fn, arg) => inShadowFirefox(page, host, fn, arg),
    waitFor: async (fn, arg, timeoutMs = 15_000) => {
      await page.waitForFunction(fn as never, { timeout: timeoutMs, polling: 100 }, arg);
    },
    hover: (s) => page.hover(s),
    click: (s) => page.click(s),
    focus: (s) => page.focus(s),
    press: (k) => page.keyboard.press(k as never),
    setFile: async (s, path) => {
      const input = (await page.$(s)) as ElementHandle<HTMLInputElement> | null;
      if (!input) throw new Error(`no ${s}`);
      await input.uploadFile(path);
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    bringToFront: () => page.bringToFront(),
    screenshot: async (path, fullPage = false) => {
      await page.screenshot({ path: path as `${string}.png`, fullPage });
    },
    close: () => page.close(),
  };
}

export async function firefoxDriver(extensionDir: string, headless = true): Promise<Driver> {
  const b = await launchFirefox({ extensionDir, headless });
  return {
    name: 'firefox',
    async openPage(url) {
      const page = await b.browser.newPage();
      await page.goto(url);
      return firefoxTab(page);
    },
    async openExtensionPage(path) {
      return firefoxTab(await b.openExtensionPage(path));
    },
    close: () => b.close(),
  };
}
