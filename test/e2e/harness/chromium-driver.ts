import type { Page } from 'playwright-core';
import { launchChromium } from '../../../scripts/launch-chromium.ts';
import { inShadowChromium } from './closed-shadow.ts';
import type { Driver, Tab } from './driver.ts';

/** A page as the scenarios' Tab (also used by the robustness harness). */
export function chromiumTab(page: Page): Tab {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    inShadow: (host, fn, arg) => inShadowChromium(page, host, fn, arg),
    waitFor: async (fn, arg, timeoutMs = 15_000) => {
      await page.waitForFunction(fn as never, arg, { timeout: timeoutMs, polling: 100 });
    },
    hover: (s) => page.hover(s),
    click: (s) => page.click(s),
    focus: (s) => page.focus(s),
    press: (k) => page.keyboard.press(k),
    setFile: (s, path) => page.setInputFiles(s, path),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    bringToFront: () => page.bringToFront(),
    screenshot: async (path, fullPage = false) => {
      await page.screenshot({ path, fullPage });
    },
    close: () => page.close(),
  };
}

export async function chromiumDriver(extensionDir: string, headless = true): Promise<Driver> {
  const b = await launchChromium({ extensionDir, headless });
  return {
    name: 'chromium',
    async openPage(url) {
      const page = await b.context.newPage();
      await page.goto(url);
      return chromiumTab(page);
    },
    async openExtensionPage(path) {
      const page = await b.context.newPage();
      await page.goto(b.extensionUrl(path));
      return chromiumTab(page);
    },
    close: () => b.close(),
  };
}
