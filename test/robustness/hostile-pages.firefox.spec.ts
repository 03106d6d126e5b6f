import { launchFirefox } from './harness/browsers.ts';
import { DIST_FIREFOX } from './harness/paths.ts';
import { hostileScenarios } from './hostile-scenario.ts';

hostileScenarios('firefox', () => launchFirefox({ extensionDir: DIST_FIREFOX }));
