import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifest } from '../wxt.config';

/**
 * The extension's promise: it reads the page it is on, asks nothing of any
 * other site and loads no remote code. Adding a permission must be a
 * deliberate act that changes this list (and says why in wxt.config.ts).
 */
const ALLOWED_PERMISSIONS = ['storage'];
const FORBIDDEN_KEYS = [
  'host_permissions',
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
      expect([...((m.permissions as string[] | undefined) ?? [])].sort()).toEqual([...ALLOWED_PERMISSIONS].sort());
    });

    it('has no permission that looks like a host pattern', () => {
      const perms = (load().permissions as string[] | undefined) ?? [];
      expect(perms.filter((p) => /[:/*<]/.test(p))).toEqual([]);
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
});
