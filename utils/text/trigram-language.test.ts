import { describe, expect, it } from 'vitest';
import { francAll } from 'franc-min';
import { loadEvalDocs } from '../../tests/eval/eval-docs';
import { topLanguage } from './trigram-language';

/** language.ts's choice as it was made with franc itself (its ranking given): the top language, or the hint when within margin. */
function fromRanking(ranked: [string, number][], hint: string | null, margin: number): string {
  const top = ranked[0]!;
  if (top[0] === 'und') return 'und';
  if (hint && top[0] !== hint) {
    const declared = ranked.find(([code]) => code === hint);
    if (declared && declared[1] >= top[1] * margin) return hint;
  }
  return top[0];
}

const withFranc = (text: string, hint: string | null, margin: number) => fromRanking(francAll(text, { minLength: 10 }), hint, margin);

function withPruning(text: string, hint: string | null, margin: number): string {
  const { top, hintClose } = topLanguage(text, 10, hint, margin);
  if (top === 'und') return 'und';
  return hint && top !== hint && hintClose ? hint : top;
}

const HINTS = [null, 'eng', 'rus', 'ukr', 'deu', 'fra', 'ita', 'pol', 'spa'];

describe("topLanguage gives franc's answer", () => {
  it('on every paragraph of the real evaluation pages, with every hint and two margins', { timeout: 60_000 }, () => {
    const paragraphs = loadEvalDocs()
      .flatMap((d) => d.text.split(/\n+/))
      .map((p) => p.replace(/[^\p{L}\s]+/gu, '').trim())
      .filter((p) => p.length >= 10);
    expect(paragraphs.length).toBeGreaterThan(1000);
    const differ: string[] = [];
    for (const p of paragraphs) {
      const ranked = francAll(p, { minLength: 10 });
      for (const hint of HINTS) {
        for (const margin of [0.9, 0.98]) {
          if (withPruning(p, hint, margin) !== fromRanking(ranked, hint, margin)) differ.push(`${hint}/${margin}`);
        }
      }
    }
    // Counted, not printed: some of these paragraphs are the locked test split's.
    expect(differ.length).toBe(0);
  });

  it.each([
    ['', null],
    ['short', null],
    ['1234567890 !!! ---', null],
    ['東京は日本の首都であり、人口が最も多い都市です。', 'jpn'],
    ['Η Ελλάδα είναι χώρα της νοτιοανατολικής Ευρώπης.', null],
    ['서울은 대한민국의 수도이자 최대 도시이다.', 'kor'],
    ['Mixed Кириллица and Latin letters in one short line', 'rus'],
    ['aaaa aaaa aaaa aaaa', 'eng'],
  ])('on edge cases: %j', (text, hint) => {
    expect(withPruning(text, hint, 0.9)).toBe(withFranc(text, hint, 0.9));
  });
});
