import { describe, expect, it } from 'vitest';
import { loadRealKeys, loadRealTexts } from '../../tests/eval/real-set';
import { extractFromText } from '../page/extract-text';
import { furnitureKind, isPhotoCredit } from './furniture';
import { splitUnits } from './sentences';

// Lines copied from the real development set (../shared/eval/real/<lang>/…, file named in the comment),
// plus a few written for the edge cases. Each is one line of its page.
describe('furnitureKind: page furniture, by class of wording', () => {
  it.each([
    // timestamps and relative times
    ['10 hours ago Share Save', 'timestamp'], // en/stories/bbc-russia-claims-regained-full-control-kursk (inline there)
    ['Published April 26, 2025 1:05PM (EDT)', 'timestamp'], // en/stories/salon-putin-just-tapping-me-along
    ['March 13, 2025 4:43 pm CET', 'timestamp'], // en/near-misses
    ['- 52 minutes ago', 'timestamp'], // en/near-misses
    ['10:56 GMT 25.04.2025 (Updated: 11:17 GMT 25.04.2025)', 'timestamp'], // en/near-misses/sputnik-trump-time-crimea-remain-russia
    ['Nov. 18, 2024 | By David Vergun, DOD News', 'timestamp'], // en/near-misses/defensegov-north-korean-troops-enter-kursk
    ['26 апреля 2025, 14:37', 'timestamp'], // ru/stories
    ['20 листопада 2025, 22:40', 'timestamp'], // uk/near-misses
    ['26.04.2025', 'timestamp'], // it/stories
    ['Publié le Mis à jour', 'timestamp'], // fr/stories
    ['17:52 BST', 'timestamp'],
    // share, save, subscribe, newsletter, follow
    ['Stay informed with free updates', 'share'],
    ['Share on FacebookShare on Twitter', 'share'], // en/near-misses/dnyuz-trump-secondary-tariffs-russias-trade-partners
    ['Partager cet article Discussion', 'share'], // fr/stories
    ['Unisciti al canale', 'share'], // it/stories
    ['This audio is created with AI assistance', 'share'], // en/stories/kyiv-independent-moscow-claims-retake-kursk-early
    ['Sign up for our daily newsletter', 'share'],
    // photo and image credits, and captions closed by one
    ['(Photo: AFP via Getty Images)', 'credit'],
    ['Photo: General Staff', 'credit'], // en/stories/ukrinform-menafn-general-staff-refutes-gerasimov
    ['Photo: white house', 'credit'], // en/stories/indian-awaaz-zelensky-trump-productive-meeting-basilica
    ['(Roman Pilipey/AFP via Getty Images)', 'credit'], // en/stories/kyiv-independent-kyiv-denies-kursk-recapture
    ['Donald Trump and Vladimir Putin after the Helsinki summit in 2018.Mikhail Svetlov/Getty Images', 'credit'], // en/stories/business-insider-africa-…
    ['US President Donald Trump and Ukrainian leader Volodymyr Zelensky talk before the Pope’s funeral.Credit: AP', 'credit'], // en/stories/brisbane-times-…
    ['Russian President Vladimir Putin Mikhail Metzel/POOL/TASS', 'credit'], // en/stories
    ['Фото: ТАСС/пресс-служба президента РФ/Александр Казаков', 'credit'], // ru/stories
    ['Фото з відкритих джерел', 'credit'], // uk/near-misses
    ['Foto: Filippo Monteforte (AFP)', 'credit'], // de/stories
    ['ADNKRONOS – foto AP', 'credit'], // it/stories
    [
      'Donald Trump i Wołodymyr Zełenski spotkali się w Watykanie / UKRAINIAN PRESIDENTIAL PRESS SERVICE HANDOUT HANDOUT / PAP/EPA',
      'credit',
    ], // pl/stories
    ['dpa/fk', 'credit'], // de/stories
    ['AFP', 'credit'],
    // reading time
    ['2 min read', 'reading-time'], // en/stories/kyiv-independent-kyiv-denies-kursk-recapture
    ['- 4 min read', 'reading-time'], // en/near-misses/capitoltimes-…
    ['Reading time: 3 minutes', 'reading-time'],
    // advertisements and sponsored blocks
    ['Advertisement', 'advert'], // en/stories/aljazeera-russia-says-fully-retaken-kursk
    ['ADVERTISEMENT', 'advert'], // en/stories/business-insider-africa-…
    ['La suite après cette publicité', 'advert'], // fr/stories
    ['Sponsored content', 'advert'],
    ['Реклама', 'advert'],
    // bylines
    ['By Sophia Tesfaye', 'byline'], // en/stories/salon-putin-just-tapping-me-along
    ['by Martin Fornusek April 26, 2025 2:06 PM 1 min read', 'byline'], // en/stories/kyiv-independent-moscow-claims-retake-kursk-early
    ['By Stefan J. Bos, Chief International Correspondent, Worthy News', 'byline'], // en/stories/worthy-news-…
    ['Par Gerardo Fortuna', 'byline'], // fr/stories
    ['Автор: Елена Евстратова', 'byline'], // ru/stories
    ['— Volodymyr Zelenskyy / Володимир Зеленський (@ZelenskyyUa) April 27, 2025', 'byline'], // en/stories (embedded post)
    ['By a contributing analyst', 'byline'],
    // "Source:" lines
    ["Source: Ukraine's General Staff", 'source'], // en/stories/ukrainska-pravda-general-staff-hostilities-not-ended
    ['Source: Al Jazeera', 'source'], // en/stories/theworldstandard-russia-claims-full-control-kursk
    ['Джерело: Генштаб ЗСУ', 'source'], // uk/stories
    // "Read more", "Related"
    ["Read also: Boris Johnson slams the “ peace plan '' of Trump for Ukraine", 'related'], // en/near-misses
    ['Related Articles', 'related'], // corpus/stories/kursk-2025-04-26/sources/unnamed.txt
    ['READ MORE: Putin meets Witkoff in Moscow', 'related'],
    ['Читайте также: Песков о переговорах', 'related'],
    // copyright lines
    ['© Mikhail Metzel/POOL/TASS', 'copyright'], // en/stories
    ['Tous droits réservés AP Photo', 'copyright'], // fr/stories
    ['Copyright 2025 The Associated Press. All rights reserved.', 'copyright'],
    ['All rights reserved.', 'copyright'],
  ])('%j is %s', (line, kind) => {
    expect(furnitureKind(line)).toBe(kind);
  });

  it.each([
    // Headlines and subheads: no final punctuation, but they state the news.
    'Russia claims full control of Kursk region as Trump, Zelensky eye ceasefire talks', // en/stories
    'Kyiv denies Russia’s claim of Kursk Oblast recapture, as Moscow confirms North Korea role', // en/stories
    'North Korean troops credited for aiding Russian forces', // en/stories
    'Zelensky and Trump scheduled a second meeting today', // en/stories
    'Trump, Zelensky discuss Ukraine ceasefire', // en/stories
    'Герасимов доложил Путину об освобождении Курской области', // ru/stories
    'Підрозділи ЗСУ продовжують бої у Курській області', // uk/stories
    'Putin bekundet Bereitschaft zu bedingungslosen Ukraine-Gesprächen', // de/stories
    'Moscou loue «l’héroïsme» des troupes nord-coréennes', // fr/stories
    'Summary of the Day – April 26, 2025', // en/stories: a heading with a date, not a timestamp
    'Here is where things stand on Sunday, April 27:', // en/stories
    // Prose that mentions a date, a source, a photo or a share.
    'Russia said on April 26, 2025 that Kursk had been retaken.',
    'By Saturday evening, Russian forces had retaken Gornal',
    'By then, Ukraine had denied the claim',
    'The Kremlin shared a photo of Putin with Gerasimov.',
    'Source of the claim: the Russian General Staff said the village was taken.',
    'Ukrainian President Volodymyr Zelensky and US President Donald Trump met in St. Peter’s Basilica on Saturday.',
    'Russia fired 20 missiles (Kh-101/Kh-555).',
    '',
    '—',
  ])('%j may be a claim', (line) => {
    expect(furnitureKind(line)).toBeNull();
  });

  it('tells a photo credit from a parenthesis in prose', () => {
    expect(isPhotoCredit('(Andriy Yermak/Telegram)')).toBe(true);
    expect(isPhotoCredit('Nathan Howard | Reuters')).toBe(true);
    expect(isPhotoCredit('Gerasimov said (at a meeting in Moscow) that it was over.')).toBe(false);
  });
});

describe('furniture on the real development set', () => {
  const texts = loadRealTexts();
  const keys = new Map(loadRealKeys().map((k) => [k.file, k]));

  it('finds furniture in the real pages, in every class the issue names', () => {
    const kinds = new Set(
      texts.flatMap((t) => splitUnits(extractFromText(t.text).text).flatMap((u) => (u.furniture ? [u.furniture] : []))),
    );
    for (const kind of ['timestamp', 'share', 'credit', 'reading-time', 'advert', 'byline', 'source', 'related', 'copyright'])
      expect(kinds).toContain(kind);
  });

  it('never marks as furniture a unit that a blind answer key says states a fact', () => {
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    const wrong: string[] = [];
    for (const t of texts) {
      const key = keys.get(t.file);
      if (!key) continue;
      const stating = key.sentences.filter((s) => s.facts.length > 0).map((s) => norm(s.text));
      for (const u of splitUnits(extractFromText(t.text).text)) {
        if (u.furniture && stating.some((s) => s.includes(norm(u.text)))) wrong.push(`${t.file}: ${u.text}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
