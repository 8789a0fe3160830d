/**
 * A second story is data, in the browser too: the extension built with the invented test story
 * (tests/fixtures/stories/orvane-ferry-2031) instead of the bundled one, by the same code and
 * `PARALLAX_STORY_DIR` alone, shows its sidebar on a page of that story and nothing on a page of
 * the bundled story; and no name of the bundled story is anywhere in that build.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY } from '../../corpus/stories/kursk-2025-04-26/story';
import { storyNames } from '../architecture/story-names';
import { loadStory } from './fixture';
import { launchWithExtension, type ExtensionSession } from './harness';
import { inlinePage } from './pages';
import { REPO_ROOT } from './paths';
import { byTestId, SIDEBAR_HOST, TID } from './sidebar';

const STORY_DIR = 'tests/fixtures/stories/orvane-ferry-2031';
const tmp = mkdtempSync(path.join(os.tmpdir(), 'parallax-second-story-'));
const BUILD = path.join(tmp, 'out', 'chrome-mv3');

function run(command: string, args: string[], env: Record<string, string>): void {
  const result = spawnSync(command, args, { cwd: REPO_ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

/** The article of an outlet outside the story's corpus, as a page: headline, date line, paragraphs. */
function heraldPage(): string {
  const [, headline, date, ...paragraphs] = readFileSync(path.join(REPO_ROOT, STORY_DIR, 'pages/bay-herald.txt'), 'utf8')
    .trim()
    .split('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${headline}</title></head>
    <body><article><h1>${headline}</h1><p><time>${date}</time></p>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(path.join(dir, f)).isDirectory() ? files(path.join(dir, f)) : [path.join(dir, f)]));

let ext: ExtensionSession;
beforeAll(() => {
  const generated = path.join(tmp, 'generated');
  run('npx', ['tsx', 'scripts/corpus/build.ts'], { PARALLAX_STORY_DIR: STORY_DIR, PARALLAX_GENERATED_DIR: generated });
  run('npx', ['wxt', 'build'], { PARALLAX_GENERATED_DIR: generated, PARALLAX_OUT_DIR: path.join(tmp, 'out') });
}, 180_000);

afterAll(async () => {
  await ext?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('an extension built with the invented story', () => {
  it('carries no name of the bundled story in any of its files', () => {
    const names = storyNames(STORY).map((n) => ({
      n,
      re: new RegExp(`(?<![\\p{L}\\p{N}])${n.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u'),
    }));
    const found = files(BUILD).flatMap((f) => {
      const text = readFileSync(f, 'utf8').toLowerCase();
      return names.filter(({ re }) => re.test(text)).map(({ n }) => `${path.relative(BUILD, f)}: ${n}`);
    });
    expect(found).toEqual([]);
    // …and it is the invented story's build: its names are there, the same check finding them.
    expect(
      files(BUILD).filter((f) => /(?<![\p{L}])tessaly(?![\p{L}])/u.test(readFileSync(f, 'utf8').toLowerCase())).length,
    ).toBeGreaterThan(1);
  });

  it('shows its sidebar on a page of the invented story, with the other outlets’ words', async () => {
    ext = await launchWithExtension(BUILD);
    const page = await ext.context.newPage();
    await loadStory(ext, page, inlinePage('second-story-herald.html', heraldPage()), { panel: true });
    const claims = await byTestId(page, TID.claim).allInnerTexts();
    expect(claims.join('\n')).toContain('Harbor Ledger');
    expect(claims.join('\n')).toMatch(/Valley Courier|Coastline Wire/);
    await page.close();
  }, 60_000);

  it('leaves a page of the bundled story alone', async () => {
    ext ??= await launchWithExtension(BUILD);
    const page = await ext.context.newPage();
    await loadStory(ext, page, 'story-ap.html', { decision: 'not-story' });
    expect(await page.locator(SIDEBAR_HOST).count()).toBe(0);
    await page.close();
  }, 60_000);
});
