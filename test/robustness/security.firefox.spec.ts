import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { launchFirefox } from './harness/browsers.ts';
import { OTHER_GECKO_ID, OTHER_UUID, writeOtherExtension } from './harness/other-extension.ts';
import { DIST_FIREFOX } from './harness/paths.ts';
import { securityScenario } from './security-scenario.ts';

securityScenario('firefox', async () => {
  const otherDir = writeOtherExtension(join(tmpdir(), 'isnad-robustness-other-extension'));
  const b = await launchFirefox({ extensionDir: DIST_FIREFOX, uuids: { [OTHER_GECKO_ID]: OTHER_UUID } });
  await b.browser.installExtension(otherDir);
  return {
    ...b,
    isnadId: () => 'isnad@isnad.invalid',
    otherExtensionPage: () => b.openUrlPolling(`moz-extension://${OTHER_UUID}/page.html`),
  };
});
