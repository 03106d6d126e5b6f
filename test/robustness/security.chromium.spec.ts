import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { launchChromium, pwTab } from './harness/browsers.ts';
import { writeOtherExtension } from './harness/other-extension.ts';
import { DIST_CHROME } from './harness/paths.ts';
import { securityScenario } from './security-scenario.ts';

securityScenario('chromium', async () => {
  const otherDir = writeOtherExtension(join(tmpdir(), 'isnad-robustness-other-extension'));
  const b = await launchChromium({ extensionDir: DIST_CHROME, extraExtensions: [otherDir] });
  const otherId = async () => {
    for (const w of b.context.serviceWorkers()) {
      const id = new URL(w.url()).host;
      if (id !== b.extensionId) return id;
    }
    return (await b.context.waitForEvent('serviceworker', { timeout: 10_000 }).then((w) => new URL(w.url()).host));
  };
  return {
    ...b,
    isnadId: () => b.extensionId,
    otherExtensionPage: async () => {
      const page = await b.context.newPage();
      await page.goto(`chrome-extension://${await otherId()}/page.html`);
      return pwTab(page);
    },
  };
});
