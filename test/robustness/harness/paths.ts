/** Where the robustness suite builds the extension and writes what it measured. */
import { join } from 'node:path';

// import.meta.dirname, not new URL(): happy-dom test files replace the global URL.
export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const ARTIFACTS = join(ROOT, 'artifacts', 'robustness');
export const DIST_CHROME = join(ARTIFACTS, 'dist', 'chrome');
export const DIST_FIREFOX = join(ARTIFACTS, 'dist', 'firefox');
export const COUNTERS = join(ARTIFACTS, 'counters');
export const SHOTS = join(ARTIFACTS, 'screenshots');

/** ISNAD_LONG=1 runs the long loops the issue asks for; the default run stays within a few minutes. */
export const LONG = process.env.ISNAD_LONG === '1';
