import { describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS } from '../match/bundled-corpus';
import { buildIndex } from '../match/corpus-index';
import { matchSentence } from '../match/match-sentence';
import { LEXICONS } from '../../corpus/stories/kursk-2025-04-26/lexicon';
import { glossSentence, readSentence, type LexiconLang } from './lexicon';
import { foldText } from './normalize';
import { TEST_VOCAB } from '../../tests/helpers/story';

const index = buildIndex(BUNDLED_CORPUS);
const gloss = (lang: LexiconLang, s: string) => glossSentence(LEXICONS[lang], s, TEST_VOCAB);
const read = (lang: LexiconLang, s: string) => readSentence(LEXICONS[lang], s, TEST_VOCAB);
const facts = (lang: LexiconLang, s: string) =>
  matchSentence(index, gloss(lang, s))
    .filter((c) => c.confidence >= 0.75)
    .map((c) => BUNDLED_CORPUS.facts[c.factIndex]!.id);

describe('glossSentence', () => {
  it('maps case forms, phrases and names onto English concept words', () => {
    expect(gloss('ru', 'Путин готов к переговорам без предварительных условий')).toBe('Putin ready negotiations without preconditions');
    expect(gloss('uk', 'Курщина, Курської, Курськ')).toBe('Kursk Kursk Kursk');
    expect(gloss('pl', 'Gotowy do rozmów bez warunków wstępnych')).toBe('ready talks without preconditions');
  });
  it('looks inside German compounds', () => {
    expect(gloss('de', 'Friedensverhandlungen')).toBe('peace negotiations');
  });
  it('keeps unknown content words as placeholders and drops stopwords', () => {
    expect(gloss('fr', 'le chat est sur la table')).toMatch(/^zq[a-z]+ zq[a-z]+$/);
  });
  it('joins grouped digits into one number', () => {
    expect(gloss('ru', '12 000 военных')).toBe('12000 military');
  });
});

/** Every word the lexicon writes, folded, so a test can show a form is read without being listed. */
const written = (lang: LexiconLang) => new Set(foldText(LEXICONS[lang].entries).split(/[^\p{L}\p{N}]+/u));

describe('words are read by stem, so forms the lexicon never lists are read too', () => {
  it.each([
    // Snowball (ru, de, fr, it): a case ending or verb form other than the base form written.
    ['ru', 'переговорами', 'negotiations'],
    ['ru', 'санкциях', 'sanctions'],
    ['ru', 'Пескову', 'Peskov'],
    ['ru', 'Зеленскому', 'Zelensky'],
    ['de', 'Verhandlungen', 'negotiations'],
    ['de', 'Sanktionen', 'sanctions'],
    ['fr', 'négociations', 'negotiations'],
    ['fr', 'libérés', 'liberated'],
    ['it', 'negoziati', 'negotiations'],
    ['it', 'liberati', 'liberated'],
    // The lexicon's own stems (pl, uk: Snowball has none): any ending after the stem.
    ['pl', 'Kijowem', 'Kyiv'],
    ['pl', 'sankcjami', 'sanctions'],
    ['uk', 'Курщиною', 'Kursk'],
    ['uk', 'переговорами', 'negotiations'],
  ] as const)('%s %s → %s', (lang, form, english) => {
    expect(written(lang).has(foldText(form))).toBe(false);
    expect(gloss(lang, form)).toBe(english);
  });

  it('reads a surname whose forms Snowball stems apart (Песков → песк, Пескова → песков) by its base form', () => {
    expect(gloss('ru', 'Пескова Ушакову Герасимовым')).toBe('Peskov Ushakov Gerasimov');
  });

  it('prefers the more specific word (Kämpfer* over Kampf) and the longer phrase', () => {
    expect(gloss('de', 'Kämpfern Kämpfe')).toBe('fighters fighting');
    expect(gloss('ru', 'вторичные санкции')).toBe('secondary sanctions');
  });

  it('never reads a stopword as a word of its own, even one that begins like a lexicon word', () => {
    expect(gloss('de', 'bereits bereit')).toBe('ready');
  });

  it('does not read unrelated words that share a short beginning', () => {
    expect(gloss('fr', 'franchement libérale')).toMatch(/^zq[a-z]+ zq[a-z]+$/);
  });

  it('says which lexicon line and form gave each word', () => {
    const [word] = read('ru', 'санкциями');
    expect(word).toMatchObject({ english: 'sanctions', form: 'санкции' });
    expect(LEXICONS.ru.entries.split('\n')[word!.line! - 1]).toContain('санкции = sanctions');
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
