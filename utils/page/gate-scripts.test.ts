import { describe, expect, it } from 'vitest';
import { scriptOf, scriptsIn, topLevelAlternatives } from './gate-scripts';

describe('topLevelAlternatives', () => {
  it('splits at the top level only: groups, classes and escapes keep their bars', () => {
    expect(topLevelAlternatives('a|b(?:c|d)e|[x|y]z|f\\|g')).toEqual(['a', 'b(?:c|d)e', '[x|y]z', 'f\\|g']);
  });
});

describe('scriptOf', () => {
  it.each([
    ['k[o]?ursz?k', 'latin'],
    ['курс[ь]?к', 'cyrillic'],
    ['[ув][іи]?ткоф', 'cyrillic'],
    ['(?:северн|північн)[а-я]* коре', 'cyrillic'],
    ['κο[υύ]ρσκ', 'greek'],
    ['بيونغ ?يانغ', 'arabic'],
    ['库尔斯克', 'cjk'],
    ['クルスク', 'cjk'],
    ['쿠르스크', 'cjk'],
    ['\\bruss', 'latin'],
  ] as const)('%s is %s', (alternative, script) => {
    expect(scriptOf(alternative)).toBe(script);
  });
});

describe('scriptsIn', () => {
  it('finds every script a text has a letter of, Latin always', () => {
    expect([...scriptsIn('plain English text')]).toEqual(['latin']);
    expect(scriptsIn('Путин и Τραμπ, ترامب, 特朗普').size).toBe(5);
    expect([...scriptsIn('Москва')].sort()).toEqual(['cyrillic', 'latin']);
  });
});
