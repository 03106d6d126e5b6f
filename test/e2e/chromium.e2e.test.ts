import { fileURLToPath } from 'node:url';
import { chromiumDriver } from './harness/chromium-driver.ts';
import { browserScenarios } from './scenarios.ts';

const dist = fileURLToPath(new URL('../../dist/chrome', import.meta.url));
browserScenarios('chromium', () => chromiumDriver(dist));
