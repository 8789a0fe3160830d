import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export const REPO_ROOT = path.resolve(here, '../..');
/** Chromium needs an absolute path for --load-extension. */
export const EXTENSION_DIR = path.join(REPO_ROOT, '.output', 'chrome-mv3');
export const PAGES_DIR = path.join(REPO_ROOT, 'tests', 'fixtures', 'pages');
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'docs', 'screenshots');
export const CHROMIUM_PATH = '/usr/bin/chromium';
