import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_MATCHES } from '../utils/extension/page-matches';
import { GECKO_ANDROID_MIN_VERSION, GECKO_ID, GECKO_MIN_VERSION, manifest, manifestFor } from '../wxt.config';

/**
 * The extension's promise: it reads the page it is on, asks nothing of any
 * other site and loads no remote code. Adding a permission must be a
 * deliberate act that changes this list (and says why in wxt.config.ts).
 */
const ALLOWED_PERMISSIONS = ['storage', 'scripting'];
const FORBIDDEN_KEYS = [
  'optional_permissions',
  'optional_host_permissions',
  'content_security_policy',
  'externally_connectable',
  'web_accessible_resources',
  'sandbox',
  'update_url',
] as const;

type Manifest = Record<string, unknown>;

function checks(name: string, load: () => Manifest) {
  describe(name, () => {
    it('asks for exactly the allowed permissions', () => {
      const m = load();
      // Host patterns are checked below (Firefox MV2 lists them among permissions).
      const apis = ((m.permissions as string[] | undefined) ?? []).filter((p) => !/[:/*<]/.test(p));
      expect(apis.sort()).toEqual([...ALLOWED_PERMISSIONS].sort());
    });

    it('asks host access for exactly the pages the gate content script runs on, and no more', () => {
      const m = load() as { host_permissions?: string[]; permissions?: string[]; content_scripts?: { matches?: string[] }[] };
      // Firefox MV2 carries host patterns among permissions; Chrome MV3 in host_permissions.
      const hosts = [...(m.host_permissions ?? []), ...(m.permissions ?? []).filter((p) => /[:/*<]/.test(p))].sort();
      expect(hosts).toEqual([...PAGE_MATCHES].sort());
      for (const script of m.content_scripts ?? []) expect([...(script.matches ?? [])].sort()).toEqual([...PAGE_MATCHES].sort());
    });

    it('has no permission that looks like a host pattern besides the pages it reads', () => {
      const perms = (load().permissions as string[] | undefined) ?? [];
      expect(perms.filter((p) => /[:/*<]/.test(p) && !PAGE_MATCHES.includes(p))).toEqual([]);
    });

    it.each(FORBIDDEN_KEYS)('does not set %s', (key) => {
      expect(load()[key]).toBeUndefined();
    });

    it('declares the toggle-sidebar command', () => {
      const commands = load().commands as Record<string, { suggested_key?: { default?: string } }> | undefined;
      expect(commands?.['toggle-sidebar']?.suggested_key?.default).toBe('Alt+Shift+P');
    });
  });
}

checks('wxt.config.ts manifest', () => manifest as Manifest);
checks('wxt.config.ts manifest for firefox', () => manifestFor('firefox') as Manifest);

type Gecko =
  | {
      gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[]; optional?: string[] } };
      gecko_android?: { strict_min_version?: string };
    }
  | undefined;
const geckoOf = (m: Manifest) => m.browser_specific_settings as Gecko;

describe('Firefox add-on id', () => {
  it('is a braced UUID, not a made-up domain', () => {
    expect(GECKO_ID).toMatch(/^\{[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\}$/);
  });

  it.each<[string, boolean]>([
    ['firefox', true],
    ['chrome', false],
    ['edge', false],
  ])('%s manifest has a gecko id: %s', (browser, has) => {
    const gecko = geckoOf(manifestFor(browser) as Manifest)?.gecko;
    expect(gecko?.id).toBe(has ? GECKO_ID : undefined);
    // Intl.Segmenter has no fallback in utils/text/sentences.ts and needs Firefox 125.
    if (has) expect(Number.parseFloat(gecko?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(125);
  });
});

/**
 * AMO's data-consent declaration: Parallax collects nothing, so exactly ["none"] (which must stand
 * alone). Firefox knows the key from 140 (Android 142); below that, AMO's linter warns and an older
 * Firefox rejects or ignores it, so the minimum versions are held to it too.
 */
function declaresNoDataCollection(m: Manifest): void {
  const settings = geckoOf(m);
  expect(settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  expect(Number.parseFloat(settings?.gecko?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(140);
  expect(Number.parseFloat(settings?.gecko_android?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(142);
}

describe('Firefox data collection declaration', () => {
  it('the firefox manifest declares that no data is collected, with minimum versions that know the key', () => {
    declaresNoDataCollection(manifestFor('firefox') as Manifest);
    expect(GECKO_MIN_VERSION).toMatch(/^\d+\.0$/);
    expect(GECKO_ANDROID_MIN_VERSION).toMatch(/^\d+\.0$/);
  });

  // The Firefox installed here (Debian's firefox-esr, used by npm run test:firefox) must be able to install the add-on.
  const esr = '/usr/bin/firefox-esr';
  it.skipIf(!existsSync(esr))('the installed Firefox ESR is at least the declared minimum', () => {
    const version = /Firefox (\d+(?:\.\d+)*)/.exec(execFileSync(esr, ['--version'], { encoding: 'utf8' }))?.[1];
    expect(version, 'firefox-esr --version').toBeTruthy();
    expect(Number.parseFloat(version!)).toBeGreaterThanOrEqual(Number.parseFloat(GECKO_MIN_VERSION));
  });

  it.each(['chrome', 'edge'])('the %s manifest has no Firefox settings', (browser) => {
    expect((manifestFor(browser) as Manifest).browser_specific_settings).toBeUndefined();
  });
});

const builtFirefox = resolve(__dirname, '../.output/firefox-mv2/manifest.json');
describe.skipIf(!existsSync(builtFirefox))('built firefox-mv2 manifest (when a build exists)', () => {
  const load = () => JSON.parse(readFileSync(builtFirefox, 'utf8')) as Manifest;
  checks('built', load);
  it('carries the gecko id', () => {
    expect(geckoOf(load())?.gecko?.id).toBe(GECKO_ID);
  });
  it('carries the data collection declaration ("none") and the minimum versions that know it', () => {
    declaresNoDataCollection(load());
  });
});

const built = resolve(__dirname, '../.output/chrome-mv3/manifest.json');
describe.skipIf(!existsSync(built))('built chrome-mv3 manifest (when a build exists)', () => {
  const load = () => JSON.parse(readFileSync(built, 'utf8')) as Manifest;
  checks('built', load);

  it('content script runs in the top frame only, on http(s) pages', () => {
    const cs = load().content_scripts as { matches: string[]; all_frames?: boolean; run_at?: string }[];
    expect(cs).toHaveLength(1);
    expect(cs[0]!.matches.sort()).toEqual(['http://*/*', 'https://*/*']);
    expect(cs[0]!.all_frames ?? false).toBe(false);
    expect(cs[0]!.run_at).toBe('document_idle');
  });

  it('ships every declared icon', () => {
    const icons = load().icons as Record<string, string>;
    expect(Object.keys(icons).sort()).toEqual(['128', '16', '32', '48']);
    for (const file of Object.values(icons)) expect(existsSync(resolve(built, '..', file))).toBe(true);
  });

  it('has no Firefox-only settings', () => {
    expect(load().browser_specific_settings).toBeUndefined();
  });
});
