import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORY } from '../../corpus/stories/kursk-2025-04-26/story';
import { codeTokens, namesInCode, sourceFiles, storyNames } from './story-names';

const ROOT = join(import.meta.dirname, '../..');

describe('the engine, the UI and the entrypoints name no story', () => {
  it('no identifier or string in a non-test file of utils/, components/ or entrypoints/ names the story’s people or places', () => {
    const hits = namesInCode(ROOT, sourceFiles(ROOT, ['utils', 'components', 'entrypoints']), storyNames(STORY));
    expect(hits.map((h) => `${h.file}:${h.line} ${h.name} in ${JSON.stringify(h.token)}`)).toEqual([]);
    // Parsing every file takes a few seconds on a loaded machine.
  }, 60_000);
});

describe('the check itself', () => {
  const names = ['Kursk', 'Putin', 'North Korea'];
  const scan = (code: string) =>
    codeTokens(code, true).flatMap(({ token }) => names.filter((n) => new RegExp(`\\b${n}\\b`, 'i').test(token)));

  it('reads identifiers, strings, templates and JSX text, and leaves comments alone', () => {
    expect(scan('// Kursk in a comment\n/* Putin */ const a = 1;')).toEqual([]);
    expect(scan("const kursk = 'Putin said';")).toEqual(['Kursk', 'Putin']);
    expect(scan('const t = `in ${x} North Korea`;')).toEqual(['North Korea']);
    expect(scan('const el = <p>Putin spoke</p>;')).toEqual(['Putin']);
  });

  it('finds a name inside a camelCase or CONSTANT identifier, not inside another word', () => {
    const found = (file: string) => namesInCode('/', [file], names).map((h) => h.name);
    const tmp = join(import.meta.dirname, 'story-names.fixture.tmp.ts');
    try {
      writeFileSync(tmp, 'const isKurskClaim = 1; const KURSK_FACTS = 2; const kurskaya = 3; const input = 4;');
      expect(found(tmp)).toEqual(['kursk', 'kursk']);
    } finally {
      rmSync(tmp, { force: true });
    }
  });

  it('takes its names from the story’s definition', () => {
    expect(storyNames(STORY)).toEqual(expect.arrayContaining(['Kursk', 'Putin', 'Zelensky', 'Vatican']));
  });
});
