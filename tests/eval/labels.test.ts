import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Label {
  file: string;
  story: boolean;
  kind: string;
  note: string;
}

const TEXTS = join(__dirname, 'texts');
const labels: Label[] = JSON.parse(readFileSync(join(__dirname, 'labels.json'), 'utf8'));

const REQUIRED_NEAR_MISS_KINDS = [
  'near-miss-1943',
  'near-miss-march-2025',
  'near-miss-99-5',
  'near-miss-village',
  'near-miss-incursion-2024',
  'near-miss-npp',
  'near-miss-submarine',
  'near-miss-istanbul',
  'near-miss-alaska',
  'near-miss-riyadh-jeddah',
  'near-miss-sanctions',
  'near-miss-funeral',
  'near-miss-nk-arrival',
  'near-miss-witkoff-other',
  'near-miss-oval-office',
];

function listTexts(): string[] {
  return ['positive', 'negative'].flatMap((dir) =>
    readdirSync(join(TEXTS, dir))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => `${dir}/${f}`),
  );
}

const countWords = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe('eval labels', () => {
  it('every label points at an existing file', () => {
    const missing = labels.filter((l) => !existsSync(join(TEXTS, l.file))).map((l) => l.file);
    expect(missing).toEqual([]);
  });

  it('every text file has a label', () => {
    const labelled = new Set(labels.map((l) => l.file));
    expect(listTexts().filter((f) => !labelled.has(f))).toEqual([]);
  });

  it('has no duplicate files', () => {
    const files = labels.map((l) => l.file);
    expect(files.length).toBe(new Set(files).size);
  });

  it('labels agree with the folder a file sits in', () => {
    const wrong = labels.filter((l) => l.story !== l.file.startsWith('positive/'));
    expect(wrong).toEqual([]);
  });

  it('every label has a kind and a note', () => {
    const bad = labels.filter((l) => !l.kind.trim() || !l.note.trim());
    expect(bad).toEqual([]);
  });

  it.each(REQUIRED_NEAR_MISS_KINDS)('near-miss kind %s has at least one file', (kind) => {
    expect(labels.filter((l) => l.kind === kind && !l.story).length).toBeGreaterThanOrEqual(1);
  });

  it('has enough unrelated and non-English negatives', () => {
    expect(labels.filter((l) => l.kind === 'unrelated').length).toBeGreaterThanOrEqual(4);
    expect(labels.filter((l) => l.kind === 'non-english').length).toBeGreaterThanOrEqual(3);
  });

  it('has at least 18 positives and 24 negatives', () => {
    expect(labels.filter((l) => l.story).length).toBeGreaterThanOrEqual(18);
    expect(labels.filter((l) => !l.story).length).toBeGreaterThanOrEqual(24);
  });

  it.each(labels.map((l) => [l.file]))('%s: headline, blank line, 120-600 words', (file) => {
    const text = readFileSync(join(TEXTS, file), 'utf8');
    const lines = text.split('\n');
    expect(lines[0]?.trim().length ?? 0).toBeGreaterThan(0);
    expect(lines[1]).toBe('');
    const words = countWords(text);
    expect(words).toBeGreaterThanOrEqual(120);
    expect(words).toBeLessThanOrEqual(600);
  });
});
