import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromText } from './extract-text';
import { SOURCES } from '../../corpus/stories/kursk-2025-04-26/sources';
import { splitSentences } from '../text/sentences';
import { realDir } from '../../tests/eval/real-set';

describe('extractFromText', () => {
  it('takes a short first line without a final period as the title', () => {
    const a = extractFromText('\n  Putin signals openness to talks  \n\nMOSCOW – Putin   spoke.\nUkraine denied it.\n');
    expect(a.title).toBe('Putin signals openness to talks');
    expect(a.text).toBe('MOSCOW – Putin spoke.\n\nUkraine denied it.');
    expect(a.method).toBe('fallback');
  });

  it.each([
    ['A first line that is a sentence.\nSecond.', '', 'A first line that is a sentence.\n\nSecond.'],
    ['', '', ''],
    [`${'word '.repeat(50)}\nnext`, '', `${'word '.repeat(50).trim()}\n\nnext`],
  ])('%j', (text, title, body) => {
    const a = extractFromText(text);
    expect(a.title).toBe(title);
    expect(a.text).toBe(body);
  });

  it.each(SOURCES.map((s) => [s.id, s.file, s.headline ?? ''] as const))(
    'finds the headline of the %s seed text behind its page furniture',
    (_id, file, headline) => {
      const a = extractFromText(readFileSync(new URL(`../../corpus/stories/kursk-2025-04-26/sources/${file}`, import.meta.url), 'utf8'));
      expect(a.title).toBe(headline);
      expect(a.text.length).toBeGreaterThan(1000);
    },
  );

  it('survives non-string input', () => {
    expect(extractFromText(undefined as unknown as string).text).toBe('');
  });

  it.each([
    // Lines of real pages (../shared/eval/real/): the title is the first line that is not furniture.
    ['By Sophia Tesfaye\nPutin "just tapping me along"\n\nTrump posted on Truth Social.', 'Putin "just tapping me along"'],
    [
      'Advertisement\n2 min read\nKyiv denies Russia’s claim of Kursk Oblast recapture, as Moscow confirms North Korea role\n\nUkraine denied it.',
      'Kyiv denies Russia’s claim of Kursk Oblast recapture, as Moscow confirms North Korea role',
    ],
    [
      '26 апреля 2025, 14:37\nГерасимов доложил Путину об освобождении Курской области\nТекст.',
      'Герасимов доложил Путину об освобождении Курской области',
    ],
  ])('skips lead furniture to the title: %j', (text, title) => {
    expect(extractFromText(text).title).toBe(title);
  });

  it('ends a line at U+2028 and U+2029 instead of folding it into a space', () => {
    expect(extractFromText('Title\n\nSource: Ukraine\u2019s General Staff\u2028Ukraine denied it.').text).toBe(
      'Source: Ukraine’s General Staff\n\nUkraine denied it.',
    );
  });

  it('gives the splitter a real page whose furniture lines never reach the matcher (en/stories/kyiv-independent-moscow-claims-retake-kursk-early)', () => {
    const raw = readFileSync(join(realDir(), 'en/stories/kyiv-independent-moscow-claims-retake-kursk-early.txt'), 'utf8');
    const a = extractFromText(raw.split('\n').slice(3).join('\n'));
    expect(a.title).toBe(raw.split('\n')[3]);
    const sentences = splitSentences(a.text);
    const texts = sentences.map((s) => s.text);
    expect(texts[0]).toBe(raw.split('\n')[9]);
    for (const furniture of ['Fornusek', 'Getty Images', 'Ukrainian military vehicles driving past', 'AI assistance']) {
      expect(texts.filter((t) => t.includes(furniture))).toEqual([]);
    }
    for (const s of sentences) expect(a.text.slice(s.start, s.end)).toBe(s.text);
  });
});
