/**
 * docs/store.md and PRIVACY.md answer the stores' questions; these checks keep those answers
 * true as the code changes: the permissions they justify are the ones the manifests request,
 * every known lint warning is explained, the screenshots exist at the store's size, and the
 * README links both documents.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../wxt.config';
import { KNOWN_LIBRARY_WARNINGS } from '../../scripts/lint-firefox';
import { pngSize, STORE_SIZE } from '../../scripts/store-screenshots';

const ROOT = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const storeDoc = read('docs/store.md');
const privacy = read('PRIVACY.md');

/** The text of a "## title" or "### title" section, up to the next heading of the same or a higher level. */
function section(markdown: string, title: string): string {
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`^(#{2,3}) ${escaped}[^\\n]*\\n`, 'm').exec(markdown);
  if (!m) throw new Error(`no section "${title}"`);
  const rest = markdown.slice(m.index + m[0].length);
  const end = rest.search(new RegExp(`^#{2,${m[1]!.length}} `, 'm'));
  return end === -1 ? rest : rest.slice(0, end);
}

/** Every permission (API and host) a manifest asks for, required or optional. */
function requested(browser: string): string[] {
  const m = manifestFor(browser) as Record<string, unknown>;
  const keys = ['permissions', 'optional_permissions', 'host_permissions', 'optional_host_permissions'];
  return [...new Set(keys.flatMap((k) => (m[k] as string[] | undefined) ?? []))].sort();
}

describe('docs/store.md permissions', () => {
  const table = section(storeDoc, 'Permissions');
  // A table row's first cell, however the formatter pads it.
  const documented = [...table.matchAll(/^\| `([^`]+)` +\|/gm)].map((m) => m[1]!).sort();

  it.each(['chrome', 'firefox'])('the table justifies exactly what the %s manifest requests', (browser) => {
    expect(documented).toEqual(requested(browser));
  });

  it('says why the content script runs on all sites, and what a click-only user can do', () => {
    const why = section(storeDoc, 'Why the content script runs on all sites');
    expect(why).toContain('`http://*/*`');
    expect(why).toContain('`https://*/*`');
    expect(why).toMatch(/automatic/);
    const click = section(storeDoc, 'For users who prefer "check only when I click"');
    expect(click).toMatch(/Per-site switch/);
    expect(click).toMatch(/Auto-open off/);
  });

  it('names the content script match patterns of the built extension (when a build exists)', () => {
    const built = path.join(ROOT, '.output/chrome-mv3/manifest.json');
    if (!existsSync(built)) return;
    const scripts = (JSON.parse(readFileSync(built, 'utf8')).content_scripts ?? []) as { matches: string[] }[];
    for (const pattern of scripts.flatMap((s) => s.matches)) expect(storeDoc).toContain(`\`${pattern}\``);
  });
});

describe('PRIVACY.md permissions', () => {
  it('names every permission the manifests request', () => {
    const text = section(privacy, 'Permissions');
    const named = [...text.matchAll(/`([a-zA-Z]+)`/g)].map((m) => m[1]!);
    for (const browser of ['chrome', 'firefox']) {
      expect([...new Set(named)].sort()).toEqual(requested(browser).filter((p) => /^[a-zA-Z]+$/.test(p)));
    }
  });
});

describe('docs/store.md lint warnings', () => {
  it('explains every known bundled-library warning that lint:firefox accepts', () => {
    const text = section(storeDoc, "AMO's linter");
    for (const known of KNOWN_LIBRARY_WARNINGS)
      expect(text, known.id).toMatch(new RegExp(`\\| \`${known.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\` +\\|`));
  });
});

describe('store screenshots', () => {
  it.each(['sidebar', 'compare', 'quiz', 'popup'])('docs/store/%s.png exists at 1280×800 and is linked', (name) => {
    const png = readFileSync(path.join(ROOT, 'docs/store', `${name}.png`));
    expect(pngSize(png)).toEqual(STORE_SIZE);
    expect(storeDoc).toContain(`(store/${name}.png)`);
  });
});

describe('README', () => {
  it('links the privacy policy and the store notes', () => {
    const readme = read('README.md');
    expect(readme).toContain('(PRIVACY.md)');
    expect(readme).toContain('(docs/store.md)');
  });
});
