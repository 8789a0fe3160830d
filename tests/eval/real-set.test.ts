import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACTS } from '../../corpus/stories/kursk-2025-04-26/facts/index';
import { loadRealKeys, loadRealTexts, parseRealText, realDir } from './real-set';

const texts = loadRealTexts();
const keys = loadRealKeys();
const factIds = new Set(FACTS.map((f) => f.id));

describe('the real development set', () => {
  it('meets the size the evaluation needs (issue 10: ≥ 40 stories from ≥ 25 outlets, ≥ 40 near-misses, ≥ 20 keys in English)', () => {
    const en = texts.filter((t) => t.lang === 'en');
    expect(en.filter((t) => t.story).length).toBeGreaterThanOrEqual(40);
    expect(new Set(en.filter((t) => t.story).map((t) => t.outlet)).size).toBeGreaterThanOrEqual(25);
    expect(en.filter((t) => !t.story).length).toBeGreaterThanOrEqual(40);
    expect(keys.filter((k) => k.lang === 'en').length).toBeGreaterThanOrEqual(20);
  });

  it('gives every text a source line with an http(s) URL', () => {
    for (const t of texts) expect(t.url, t.file).toMatch(/^https?:\/\//);
  });

  it('has no text twice', () => {
    const seen = new Map<string, string>();
    for (const t of texts) {
      const body = t.text.replace(/\s+/g, ' ').trim();
      expect(seen.get(body), `${t.file} repeats ${seen.get(body)}`).toBeUndefined();
      seen.set(body, t.file);
    }
  });

  it('keys only sentences that stand verbatim in their text, with known fact ids', () => {
    for (const k of keys) {
      const raw = readFileSync(join(realDir(), k.file), 'utf8');
      for (const s of k.sentences) {
        expect(raw.includes(s.text), `${k.file}: "${s.text.slice(0, 60)}…" is not in the text`).toBe(true);
        for (const f of s.facts) expect(factIds.has(f), `${k.file}: unknown fact ${f}`).toBe(true);
      }
    }
  });

  it('glosses every sentence of a non-English key in English', () => {
    for (const k of keys.filter((k) => k.lang !== 'en'))
      for (const s of k.sentences) expect(s.gloss?.trim(), `${k.file}: "${s.text.slice(0, 40)}"`).toBeTruthy();
  });

  it('refuses a file without the source line', () => {
    expect(() => parseRealText('en/stories/x.txt', 'Headline\n\nBody.')).toThrow(/en\/stories\/x\.txt: first line/);
  });
});
