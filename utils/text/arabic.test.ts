import { describe, expect, it } from 'vitest';
import { LEXICONS } from '../../corpus/stories/kursk-2025-04-26/lexicon';
import { TEST_VOCAB } from '../../tests/helpers/story';
import { foldArabic, withoutProclitics } from './arabic';
import { glossSentence } from './lexicon';
import { foldText } from './normalize';

const fold = (s: string) => foldArabic(foldText(s));
const gloss = (s: string) => glossSentence(LEXICONS.ar, s, TEST_VOCAB);

describe('foldArabic', () => {
  it.each([
    // Alef with hamza or madda, and alef wasla, are alef.
    ['أوكرانيا', 'اوكرانيا'],
    ['إقليم', 'اقليم'],
    ['آخر', 'اخر'],
    ['ٱلحرب', 'الحرب'],
    // Vowel marks, shadda and tatweel go.
    ['المُفاوَضاتُ', 'المفاوضات'],
    ['بنّاءة', 'بناءه'],
    ['كـــورسك', 'كورسك'],
    // Alef maqsura is ya, taa marbuta is ha.
    ['نفى', 'نفي'],
    ['منطقة', 'منطقه'],
    // Hamza on waw and ya stays: it is part of the letter.
    ['يؤكد', 'يؤكد'],
    ['قائد', 'قائد'],
    // Eastern Arabic digits are digits.
    ['١٥', '15'],
    ['۲۶', '26'],
  ])('%s → %s', (word, folded) => {
    expect(fold(word)).toBe(folded);
  });
});

describe('withoutProclitics', () => {
  it.each([
    ['والمفاوضات', ['المفاوضات', 'مفاوضات']],
    ['للقوات', ['قوات', 'لقوات']],
    ['بروسيا', ['روسيا']],
  ])('%s → %j', (word, bare) => {
    expect(withoutProclitics(fold(word)).sort()).toEqual(bare.map(fold).sort());
  });

  it('leaves nothing shorter than three letters', () => {
    expect(withoutProclitics('ولد')).toEqual([]);
  });
});

describe('the Arabic lexicon reads a word with its particles, marks and letter forms', () => {
  it.each([
    ['المفاوضات', 'negotiations'],
    ['والمفاوضات', 'negotiations'],
    ['للمفاوضات', 'negotiations'],
    ['بالعقوبات', 'sanctions'],
    ['وبوتين', 'Putin'],
    ['لبوتين', 'Putin'],
    ['الكرملين', 'Kremlin'],
    ['المُفاوَضاتِ', 'negotiations'],
    ['إقليم', 'region'],
    ['اقليم', 'region'],
    ['الحرب', 'war'],
    ['بالحرب', 'war'],
  ])('%s → %s', (word, english) => {
    expect(gloss(word)).toBe(english);
  });

  it('tells a name from the same name with a particle: واشنطن is Washington, not و + اشنطن', () => {
    expect(gloss('واشنطن')).toBe('Washington');
  });

  it('drops a stopword that carries a particle (وقال) and passes Latin names through', () => {
    expect(gloss('وقال بيسكوف')).toBe('Peskov');
    expect(gloss('وكالة Bloomberg')).toMatch(/^zq[a-z]+ bloomberg$/);
  });

  it('reads Eastern Arabic digits as numbers', () => {
    expect(gloss('١٥ دقيقة')).toBe('15 minutes');
  });

  it('keeps Ukraine and Ukrainian, Russia and Russian apart, whatever is joined to them', () => {
    expect(gloss('أوكرانيا الأوكرانية لروسيا الروسية')).toBe('Ukraine Ukrainian Russia Russian');
  });
});
