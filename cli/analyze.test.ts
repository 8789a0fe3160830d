import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../utils/export/csv';

const root = new URL('..', import.meta.url).pathname;
const tsx = join(root, 'node_modules/.bin/tsx');
const run = (args: string[], input?: string) =>
  spawnSync(tsx, ['cli/analyze.ts', ...args], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });
const dir = mkdtempSync(join(tmpdir(), 'parallax-cli-'));

describe('analyze CLI', () => {
  it('prints exactly one JSON object of the documented shape for a story article', () => {
    const out = run(['corpus/stories/kursk-2025-04-26/sources/ap.txt', '--json']);
    expect(out.status).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(json.story).toMatchObject({ detected: true });
    expect(json.story.score).toBeGreaterThan(0.5);
    expect(json.sentences).toBeGreaterThan(10);
    expect(json.claims.length).toBeGreaterThan(5);
    const report = json.claims[0].matches[0].reports[0];
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['outlet', 'excerpt', 'self']));
    expect(json.claims.flatMap((c: any) => c.matches.flatMap((m: any) => m.reports)).some((r: any) => r.self && r.outlet === 'AP')).toBe(
      true,
    );
    expect(Array.isArray(json.omitted)).toBe(true);
  }, 30_000);

  it('--story reads a page against another story folder: the invented test story, not the bundled one', () => {
    const story = 'tests/fixtures/stories/orvane-ferry-2031';
    const herald = run([`${story}/pages/bay-herald.txt`, '--story', story, '--json']);
    expect(herald.status).toBe(0);
    const json = JSON.parse(herald.stdout);
    expect(json.story).toMatchObject({ detected: true });
    expect(json.claims.flatMap((c: any) => c.matches.map((m: any) => m.factId))).toContain('ferry-collided-with-cargo-ship');
    const kursk = run(['corpus/stories/kursk-2025-04-26/sources/ap.txt', '--story', story, '--json']);
    expect(JSON.parse(kursk.stdout).story).toMatchObject({ detected: false });
    expect(JSON.parse(run([`${story}/pages/bay-herald.txt`, '--json']).stdout).story).toMatchObject({ detected: false });
  }, 60_000);

  it('--story with a folder that is not a story exits 2 with one line', () => {
    const out = run(['corpus/stories/kursk-2025-04-26/sources/ap.txt', '--story', 'docs']);
    expect(out.status).toBe(2);
    expect(out.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^parallax: docs is not a story folder/)]);
  }, 30_000);

  it('reads HTML and standard input', () => {
    const html = execFileSync('cat', [join(root, 'tests/fixtures/pages/story-cnn.html')], { encoding: 'utf8' });
    const out = run(['-', '--json'], html);
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout).story.detected).toBe(true);
  }, 30_000);

  it('says detected: false with exit 0 for unrelated text and for a language it does not read', () => {
    writeFileSync(join(dir, 'garden.txt'), 'How to grow tomatoes\n\nTomatoes need sun and water every day.');
    writeFileSync(
      join(dir, 'fi.txt'),
      'Kursk\n\nVenäjän asevoimat ilmoittivat lauantaina, että koko Kurskin alue on vallattu takaisin. Ukrainan kenraaliesikunta kiisti väitteen ja sanoi taistelujen jatkuvan. Zelenskyi ja Trump tapasivat Vatikaanissa.',
    );
    for (const file of ['garden.txt', 'fi.txt']) {
      const out = run([join(dir, file), '--json']);
      expect(out.status).toBe(0);
      expect(JSON.parse(out.stdout).story.detected).toBe(false);
    }
  }, 30_000);

  it('reads the story in German, one of the languages with a lexicon', () => {
    writeFileSync(
      join(dir, 'de.txt'),
      'Kursk\n\nRussland meldet die Rückeroberung der Region Kursk. Selenskyj traf Trump im Vatikan, sagte Peskow.',
    );
    const out = run([join(dir, 'de.txt'), '--json']);
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout).story.detected).toBe(true);
  }, 30_000);

  it.each([
    ['a missing file', ['/no/such/file.txt'], 'no such file'],
    ['a directory', [root], 'is a directory'],
    ['empty input', ['-'], 'empty'],
    ['binary input', ['BINARY'], 'binary'],
    ['no arguments', [], 'usage'],
    ['an unknown format', ['corpus/stories/kursk-2025-04-26/sources/ap.txt', '--format', 'xml'], 'unknown format xml'],
    ['--format without a value', ['corpus/stories/kursk-2025-04-26/sources/ap.txt', '--format'], 'needs a value'],
    ['conflicting formats', ['corpus/stories/kursk-2025-04-26/sources/ap.txt', '--json', '--format', 'csv'], 'conflicting formats'],
    ['an unknown option', ['corpus/stories/kursk-2025-04-26/sources/ap.txt', '--yaml'], 'unknown option --yaml'],
  ])('exits 2 with one line on stderr for %s', (_name, args, message) => {
    let input: string | undefined = args[0] === '-' ? '' : undefined;
    if (args[0] === 'BINARY') {
      const file = join(dir, 'image.bin');
      writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3, 0xff, 0xfe]));
      args = [file];
      input = undefined;
    }
    const out = run(args, input);
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toContain(message);
  });

  it('--format json is --json: the same document', () => {
    const a = run(['corpus/stories/kursk-2025-04-26/sources/ap.txt', '--json']);
    const b = run(['corpus/stories/kursk-2025-04-26/sources/ap.txt', '--format', 'json']);
    const c = run(['corpus/stories/kursk-2025-04-26/sources/ap.txt', '--format=json']);
    expect([a.status, b.status, c.status]).toEqual([0, 0, 0]);
    expect(b.stdout).toBe(a.stdout);
    expect(c.stdout).toBe(a.stdout);
  }, 30_000);

  it('--format md prints the Markdown report with citations', () => {
    const out = run(['corpus/stories/kursk-2025-04-26/sources/ap.txt', '--format', 'md']);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^# Parallax report: /);
    expect(out.stdout).toContain('## Claims on this page');
    expect(out.stdout).toContain('## Not found on this page');
    expect(out.stdout).toContain(
      "Ford, M. (2025, April 26). Putin: Russia open to Ukraine talks after Kursk 'liberation'. Deutsche Welle. <https://amp.dw.com/",
    );
    expect(out.stdout).toContain('## References');
    expect(out.stdout).toContain('This page is AP');
  }, 30_000);

  it('--format csv prints CSV that reads back with one row per claim × fact × other outlet', () => {
    const csv = run(['corpus/stories/kursk-2025-04-26/sources/ap.txt', '--format', 'csv']);
    const json = JSON.parse(run(['corpus/stories/kursk-2025-04-26/sources/ap.txt', '--json']).stdout);
    expect(csv.status).toBe(0);
    const [header, ...rows] = parse(csv.stdout) as string[][];
    expect(header).toEqual([...CSV_COLUMNS]);
    const reports = json.claims.flatMap((c: any) => c.matches.flatMap((m: any) => m.reports)).filter((r: any) => !r.self);
    expect(rows).toHaveLength(reports.length);
    expect(new Set(rows.map((r) => r[CSV_COLUMNS.indexOf('excerpt')]))).toEqual(
      new Set(reports.map((r: any) => r.excerpt.replace(/^([=+\-@\t\r])/, "'$1"))),
    );
  }, 30_000);

  it('--url and --title cite a saved page and recognise the outlet by its address', () => {
    const url = 'https://www.dw.com/en/putin-russia-open-to-ukraine-talks/a-72364121';
    const text = run(['corpus/stories/kursk-2025-04-26/sources/dw.txt', '--url', url, '--title', 'DW story', '--json']);
    const json = JSON.parse(text.stdout);
    expect(json.selfOutlet).toBe('dw');
    expect(json.title).toBe('DW story');
    expect(json.page).toMatchObject({ url, title: 'DW story' });
    const anno = JSON.parse(run(['corpus/stories/kursk-2025-04-26/sources/dw.txt', '--url', url, '--format', 'annotations']).stdout);
    expect(Array.isArray(anno.annotations)).toBe(true);
    expect(anno.annotations.length).toBeGreaterThan(10);
    expect(anno.annotations.every((a: any) => a.uri === url && a.target[0].source === url)).toBe(true);
    const claims = JSON.parse(run(['corpus/stories/kursk-2025-04-26/sources/dw.txt', '--url', url, '--format', 'claims']).stdout);
    expect(claims['@context']).toBe('https://schema.org');
    expect(claims['@graph'].every((c: any) => c['@type'] === 'Claim')).toBe(true);
    const md = run(['corpus/stories/kursk-2025-04-26/sources/dw.txt', '--url', url, '--title', 'DW story', '--format', 'md']).stdout;
    expect(md).toContain(`DW story. (n.d.). dw.com. Retrieved`);
  }, 60_000);

  it('reads og:site_name and the published date from a saved HTML page', () => {
    const html = `<!doctype html><html lang="en"><head><title>Kursk</title><meta property="og:site_name" content="Example News"><meta property="article:published_time" content="2025-04-26T12:00:00Z"></head><body><article>${execFileSync(
      'cat',
      [join(root, 'corpus/stories/kursk-2025-04-26/sources/ap.txt')],
      { encoding: 'utf8' },
    )
      .split('\n')
      .map((l) => `<p>${l.replace(/</g, '&lt;')}</p>`)
      .join('')}</article></body></html>`;
    const json = JSON.parse(run(['-', '--url', 'https://news.example/kursk', '--json'], html).stdout);
    expect(json.page).toMatchObject({ url: 'https://news.example/kursk', siteName: 'Example News', published: '2025-04-26T12:00:00Z' });
  }, 30_000);
});
