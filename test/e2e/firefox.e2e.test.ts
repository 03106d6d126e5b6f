import { fileURLToPath } from 'node:url';
import { firefoxDriver } from './harness/firefox-driver.ts';
import { browserScenarios } from './scenarios.ts';

const dist = fileURLToPath(new URL('../../dist/firefox', import.meta.url));
browserScenarios('firefox', () => firefoxDriver(dist));
