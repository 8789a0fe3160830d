import { describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS } from '../match/bundled-corpus';
import { buildIndex } from '../match/corpus-index';
import { matchSentence } from '../match/match-sentence';
import { glossSentence, type LexiconLang } from './lexicon';

const index = buildIndex(BUNDLED_CORPUS);
const facts = (lang: LexiconLang, s: string) =>
  matchSentence(index, glossSentence(lang, s)).filter((c) => c.confidence >= 0.75).map((c) => BUNDLED_CORPUS.facts[c.factIndex]!.id);

describe('glossSentence', () => {
  it('maps case forms, phrases and names onto English concept words', () => {
    expect(glossSentence('ru', 'Путин готов к переговорам без предварительных условий')).toBe('Putin ready negotiations without preconditions');
    expect(glossSentence('uk', 'Курщина, Курської, Курськ')).toBe('Kursk Kursk Kursk');
    expect(glossSentence('pl', 'Gotowy do rozmów bez warunków wstępnych')).toBe('ready talks without preconditions');
  });
  it('looks inside German compounds', () => {
    expect(glossSentence('de', 'Friedensverhandlungen')).toBe('peace negotiations');
  });
  it('keeps unknown content words as placeholders and drops stopwords', () => {
    expect(glossSentence('fr', 'le chat est sur la table')).toMatch(/^zq[a-z]+ zq[a-z]+$/);
  });
  it('joins grouped digits into one number', () => {
    expect(glossSentence('ru', '12 000 военных')).toBe('12000 military');
  });
});

describe('other-language sentences reach the English facts (written for these tests, not from the real set)', () => {
  it.each([
    ['ru', 'Кремль заявил, что Путин готов к переговорам с Украиной без предварительных условий.', 'talks-without-preconditions'],
    ['uk', 'Генштаб ЗСУ спростував заяви Росії про звільнення Курської області.', 'ukraine-denies-kursk-claim'],
    ['de', 'Trump und Selenskyj trafen sich am Rande der Trauerfeier für Papst Franziskus im Vatikan.', 'trump-zelensky-met-at-vatican'],
    ['fr', 'Le Kremlin affirme que Poutine est prêt à négocier avec l’Ukraine sans conditions préalables.', 'talks-without-preconditions'],
    ['it', 'Gerasimov ha elogiato l’eroismo dei soldati nordcoreani.', 'gerasimov-praised-nk-soldiers'],
    ['pl', 'Trump zagroził Rosji sankcjami wtórnymi.', 'trump-threatens-sanctions'],
  ] as const)('%s: %s', (lang, sentence, fact) => {
    expect(facts(lang, sentence)).toContain(fact);
  });

  it.each([
    ['ru', 'Курский вокзал в Москве закрыт на ремонт.'],
    ['de', 'Das Wetter in Kursk war am Wochenende sonnig.'],
  ] as const)('%s near-miss stays quiet: %s', (lang, sentence) => {
    expect(facts(lang, sentence)).toEqual([]);
  });
});
