import { launchChromium } from './harness/browsers.ts';
import { DIST_CHROME } from './harness/paths.ts';
import { hostileScenarios } from './hostile-scenario.ts';

hostileScenarios('chromium', () => launchChromium({ extensionDir: DIST_CHROME }));
