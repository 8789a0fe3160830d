import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACTS } from '../../corpus/stories/kursk-2025-04-26/facts/index';
import { articleSentences } from './claims/article-sentences';

interface ClaimsFile {
  file: string;
  sentences: { text: string; headline?: boolean; facts: string[] }[];
}

const textsDir = join(import.meta.dirname, 'texts');
const claimsDir = join(import.meta.dirname, 'claims');
const factIds = new Set(FACTS.map((f) => f.id));
const positives = readdirSync(join(textsDir, 'positive'))
  .filter((n) => n.endsWith('.txt'))
  .sort();
const claimFiles = readdirSync(claimsDir)
  .filter((n) => n.endsWith('.json'))
  .sort();
const load = (name: string): ClaimsFile => JSON.parse(readFileSync(join(claimsDir, name), 'utf8')) as ClaimsFile;

describe('articleSentences', () => {
  it.each([
    ['headline only', 'Head', [{ text: 'Head', headline: true }]],
    [
      'headline and two paragraphs',
      'H. Two\n\nA one. A two.\n\nB one.',
      [{ text: 'H. Two', headline: true }, { text: 'A one.' }, { text: 'A two.' }, { text: 'B one.' }],
    ],
    [
      'CRLF text',
      'H\r\n\r\nGen. Smith spoke. Then left.',
      [{ text: 'H', headline: true }, { text: 'Gen. Smith spoke.' }, { text: 'Then left.' }],
    ],
    ['empty text', '', []],
  ])('%s', (_name, raw, expected) => {
    expect(articleSentences(raw)).toEqual(expected);
  });
});

describe('claims answer keys', () => {
  it('exist for every positive text', () => {
    expect(positives.length).toBeGreaterThan(0);
    const missing = positives.filter((n) => !existsSync(join(claimsDir, n.replace(/\.txt$/, '.json'))));
    expect(missing).toEqual([]);
  });

  it.each(claimFiles)('%s names an existing text with the matching name', (name) => {
    const claims = load(name);
    expect(claims.file).toBe(`positive/${name.replace(/\.json$/, '.txt')}`);
    expect(existsSync(join(textsDir, claims.file))).toBe(true);
  });

  it.each(claimFiles)('%s lists exactly the splitter sentences, in order, verbatim', (name) => {
    const claims = load(name);
    const expected = articleSentences(readFileSync(join(textsDir, claims.file), 'utf8'));
    const actual = claims.sentences.map((s) => (s.headline ? { text: s.text, headline: true } : { text: s.text }));
    expect(actual).toEqual(expected);
  });

  it.each(claimFiles)('%s uses only existing fact ids, each at most once per sentence', (name) => {
    for (const s of load(name).sentences) {
      expect(Array.isArray(s.facts), s.text).toBe(true);
      expect(
        s.facts.filter((id) => !factIds.has(id)),
        s.text,
      ).toEqual([]);
      expect(new Set(s.facts).size, s.text).toBe(s.facts.length);
    }
  });
});
