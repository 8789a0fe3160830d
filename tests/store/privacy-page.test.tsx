// @vitest-environment happy-dom
/**
 * The privacy policy as users and store reviewers see it: PRIVACY.md, its packaged copy
 * public/privacy.html (opened from the options page, offline, inside the extension), and the
 * claims it makes about storage held against the code that defines the settings.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { OptionsView } from '../../components/OptionsView';
import { PRIVACY_HTML, PRIVACY_MD, renderPrivacyPage } from '../../scripts/privacy-page';

const ROOT = path.resolve(__dirname, '../..');
const markdown = readFileSync(PRIVACY_MD, 'utf8');
const html = readFileSync(PRIVACY_HTML, 'utf8');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) && !/\.test(-data)?\./.test(e.name) ? [full] : [];
  });
}

/** Every `storage.defineItem('<area>:<key>')` in the extension's code (wherever the storage module lives now). */
function storageItems(): { area: string; key: string }[] {
  const items: { area: string; key: string }[] = [];
  for (const file of ['utils', 'entrypoints', 'components'].flatMap((d) => sourceFiles(path.join(ROOT, d)))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/defineItem(?:<[^>]*>)?\(\s*['"`](\w+):([^'"`]+)['"`]/g))
      items.push({ area: m[1]!, key: m[2]! });
  }
  return items;
}

describe('public/privacy.html', () => {
  it('is PRIVACY.md as rendered now (regenerate: npx tsx scripts/privacy-page.ts)', () => {
    expect(html).toBe(renderPrivacyPage(markdown));
  });

  it('is a static page: no script, nothing loaded from the network', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/\b(src|href)=["']?(https?:)?\/\//i);
  });

  it('renders raw HTML in the Markdown as text', () => {
    expect(renderPrivacyPage('# T\n\n<script>alert(1)</script>')).not.toContain('<script>');
  });

  it.each(['chrome-mv3', 'firefox-mv2'])('is in the %s build as privacy.html (when a build exists)', (dir) => {
    const built = path.join(ROOT, '.output', dir, 'privacy.html');
    if (!existsSync(path.join(ROOT, '.output', dir, 'manifest.json'))) return;
    expect(readFileSync(built, 'utf8')).toBe(html);
  });
});

describe('PRIVACY.md tells the truth about storage', () => {
  const items = storageItems();

  it('finds the settings the extension defines', () => {
    expect(items.length).toBeGreaterThan(0);
  });

  it('names each storage area the code uses, and no other', () => {
    const used = new Set(items.map((i) => i.area));
    for (const area of ['sync', 'local', 'session', 'managed']) {
      expect(markdown.includes(`storage.${area}`), `storage.${area} in PRIVACY.md`).toBe(used.has(area));
    }
  });

  // Each stored setting, as PRIVACY.md describes it. A new setting fails here until PRIVACY.md says what it stores.
  const DESCRIBED: Record<string, RegExp> = {
    autoOpen: /whether the sidebar opens by itself/,
    highlightMode: /which sentences are highlighted/,
    citationStyle: /the citation style for exports/,
    disabledSites: /where you switched Parallax off/,
    collapsedSites: /where you collapsed the sidebar/,
    collections: /stories you collect\*\*\. For each page you added/,
    packs: /\*\*story packs\*\* you draft from a collected story/,
    packGates: /for the packs switched on, also the names that make a page worth checking/,
  };
  /** The "- **In `storage.<area>`:** …" bullet of PRIVACY.md, whitespace collapsed. */
  const bullet = (area: string) =>
    new RegExp(`^- \\*\\*In \`storage\\.${area}\`:\\*\\*([\\s\\S]*?)(?=^- |^$)`, 'm').exec(markdown)?.[1]?.replace(/\s+/g, ' ') ?? '';

  it.each(storageItems().map((i) => [`${i.area}:${i.key}`, i] as const))('describes %s in its storage area', (_name, item) => {
    const key = item.key.includes('${') ? 'disabledSites' : item.key; // `sync:${DISABLED_SITES_KEY}`
    const phrase = DESCRIBED[key];
    expect(
      phrase,
      `storage item ${item.area}:${key} is not described in PRIVACY.md: describe it there and add it to DESCRIBED`,
    ).toBeDefined();
    expect(bullet(item.area)).toMatch(phrase!);
  });

  it('says nothing is collected or sent, and that pages are read on the device', () => {
    expect(markdown).toMatch(/## What Parallax collects\s+Nothing\./);
    expect(markdown).toMatch(/makes no network\s+requests/);
    expect(markdown).toMatch(/never leaves your device/);
  });
});

describe('options page', () => {
  it('links to the packaged privacy page', () => {
    const host = document.createElement('div');
    document.body.append(host);
    act(() => render(<OptionsView autoOpen disabledSites={[]} sources={[]} onAutoOpen={() => {}} onEnableSite={() => {}} />, host));
    const link = host.querySelector<HTMLAnchorElement>('a[data-testid="options-privacy"]');
    expect(link?.getAttribute('href')).toBe('/privacy.html');
    expect(link?.textContent?.trim()).toBe('Privacy policy');
    render(null, host);
    host.remove();
  });
});
