import { describe, expect, it } from 'vitest';
import { anchorsPass, compileGate, gateAnchors, mightBeStory, type StoryGate } from './gate';

describe('mightBeStory', () => {
  it.each([
    ['Russia says it has retaken Kursk, Gerasimov tells Putin', true],
    ['Zelenskyy and Trump met at the Vatican on Saturday', true],
    ['Kremlin spokesman Peskov said talks could resume', true],
    ['Pyongyang sent troops to the Kursk region', true],
    // One rare name is enough: an article on Ukraine's denial may name only Kursk.
    ['Ukraine says its troops are still fighting in Kursk', true],
    // Two common names pass with the war they are about in the same paragraph: a piece on
    // Trump's post names Trump and Putin, and Ukraine or Russia next to them.
    ['Trump says Putin may be tapping him along instead of ending the war in Ukraine', true],
    ['Trump said Putin "may not want to stop the war" with Russia hitting civilian areas', true],
    ['Президент США Трамп заявил, что Путин, возможно, водит его за нос, а Россия продолжает удары', true],
    ['Trump, Trump and more Trump', false],
    ['Putin spoke on Saturday', false],
    // Two common names in other news, without the war: a 2017 headline, a country list.
    ['Trump says Putin may be tapping him along', false],
    ['As Trump Reaches Toward Putin, U.S. Troops Arrive in Poland', false],
    ['A recipe for sourdough bread with a long cold ferment', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(mightBeStory(text)).toBe(expected);
  });

  // Sentences written for this test, one per script and several Latin-script languages beyond the six the story is read in:
  // the story's names as each writes them, found where words carry no spaces or particles are joined to them.
  it.each([
    ['es', 'Rusia afirma haber recuperado Kursk, según Guerasimov'],
    ['pt', 'Trump e Zelensky reuniram-se no Vaticano; a Ucrânia nega a versão de Moscou'],
    ['tr', 'Putin ve Trump, Ukrayna savaşını konuştu'],
    ['hu', 'Oroszország szerint Kurszk teljesen felszabadult'],
    ['nl', 'Trump en Zelensky ontmoetten elkaar in het Vaticaan, Oekraïne bevestigde het'],
    ['el', 'Η Ρωσία λέει ότι ανακατέλαβε το Κουρσκ'],
    ['ar', 'قال الكرملين إن بوتين مستعد للمحادثات بشأن أوكرانيا'],
    ['ar', 'وقالت روسيا إن كورسك تحررت'],
    ['zh', '俄罗斯总参谋长格拉西莫夫称库尔斯克已被收复'],
    ['ja', 'ロシア軍はクルスク州を完全に奪還したと発表した'],
    ['ko', '러시아는 쿠르스크를 탈환했다고 밝혔다'],
    ['zh', '特朗普与泽连斯基在梵蒂冈会面，讨论乌克兰问题'],
  ])('%s: %s passes', (_lang, text) => {
    expect(mightBeStory(text)).toBe(true);
  });

  it.each([
    ['ja', '東京の天気は晴れ、気温は二十度でした'],
    ['ar', 'ارتفعت أسعار النفط في الأسواق العالمية اليوم'],
    ['zh', '特朗普谈论贸易政策'],
  ])('%s: %s does not pass', (_lang, text) => {
    expect(mightBeStory(text)).toBe(false);
  });

  it('passes no country list that happens to name North Korea, Ukraine and the Vatican City', () => {
    const countries = (n: number) => Array.from({ length: n }, (_, i) => `Land ${i}`).join(' ');
    expect(mightBeStory(`Norfolk Island North Korea ${countries(400)} Uganda Ukraine ${countries(40)} Vanuatu Vatican City`)).toBe(false);
  });

  it('passes no front page whose headlines name the common names and the war on separate lines', () => {
    const headlines = [
      'Lawmaker Hints at Investigating Ethics Chief Critical of Trump',
      'As Trump Reaches Toward Putin, U.S. Troops Arrive in Poland',
      'C-Span Online Broadcast Interrupted by Russian Network',
    ];
    expect(mightBeStory(headlines.join('\n'))).toBe(false);
    expect(mightBeStory(headlines.join(' '))).toBe(true);
  });

  it('wants the common names and the war within one paragraph, not anywhere on the page', () => {
    const far = `Trump and Putin spoke about trade. ${'Unrelated filler words about the weather. '.repeat(20)}Ukraine is in the news.`;
    expect(mightBeStory(far)).toBe(false);
    expect(mightBeStory('Trump and Putin spoke about Ukraine.')).toBe(true);
  });

  it('names the anchors it found, folding spelling variants and leaving context words out', () => {
    expect(gateAnchors('Zelensky, Zelenskyy and North Korean troops; North Korea, Ukraine').sort()).toEqual(['north korea', 'zelensky']);
  });

  it('ignores a name inside another word', () => {
    expect(gateAnchors('Распутин and Kurskaya station')).toEqual(['kursk']);
    expect(gateAnchors('Распутин')).toEqual([]);
  });

  it("never passes what the analysis' own first check would decline", () => {
    for (const text of ['Kursk alone', 'Trump and Zelensky', 'Trump alone', 'Vatican', 'Gornal village', 'Trump, Putin, Russia']) {
      if (mightBeStory(text)) expect(anchorsPass(gateAnchors(text)), text).toBe(true);
    }
    expect(anchorsPass(['trump', 'putin'])).toBe(true);
  });

  it('only scans the start of a huge page', () => {
    const padding = 'lorem ipsum '.repeat(30_000);
    expect(mightBeStory(padding + 'Kursk Gerasimov')).toBe(false);
    expect(mightBeStory('Kursk Gerasimov ' + padding)).toBe(true);
  });
});

describe('compileGate: anchors as data, every story in one pass', () => {
  const pack: StoryGate = {
    story: 'pack:harvest',
    anchors: [
      { name: 'tomato blight', pattern: 'tomato blight|krautfäule', kind: 'strong' },
      { name: 'greenhouse', pattern: 'greenhouse', kind: 'weak' },
      { name: 'irrigation', pattern: 'irrigation', kind: 'weak' },
      { name: 'drought', pattern: 'drought', kind: 'context' },
    ],
    minWeak: 2,
    window: 100,
  };
  const both = compileGate([
    { story: 'kursk', anchors: [{ name: 'kursk', pattern: 'k[o]?ursk', kind: 'strong' }], minWeak: 2, window: 400 },
    pack,
  ]);

  it('says which stories a text passes, each by its own rule', () => {
    expect(both.passing('Russia says Kursk is retaken')).toEqual([0]);
    expect(both.passing('Krautfäule im Garten')).toEqual([1]);
    expect(both.passing('Greenhouse irrigation failed in the drought; Kursk too').sort()).toEqual([0, 1]);
    expect(both.passing('Greenhouse irrigation, all summer long')).toEqual([]);
    expect(both.passing('Greenhouse and irrigation, then the drought', true)).toEqual([1]);
  });

  it('reports the names of every story it knows, context left out', () => {
    expect(both.anchors('A greenhouse near Kursk in the drought').sort()).toEqual(['greenhouse', 'kursk']);
  });

  it('passes nothing when it knows no story', () => {
    expect(compileGate([]).passing('Kursk')).toEqual([]);
  });
});
