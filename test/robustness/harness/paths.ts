/** Where the robustness suite builds the extension and writes what it measured. */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const ARTIFACTS = join(ROOT, 'artifacts', 'robustness');
export const DIST_CHROME = join(ARTIFACTS, 'dist', 'chrome');
export const DIST_FIREFOX = join(ARTIFACTS, 'dist', 'firefox');
export const COUNTERS = join(ARTIFACTS, 'counters');
export const SHOTS = join(ARTIFACTS, 'screenshots');

/** ISNAD_LONG=1 runs the long loops the issue asks for; the default run stays within a few minutes. */
export const LONG = process.env.ISNAD_LONG === '1';
