import { describe, expect, it } from 'vitest';
import { MINI_CORPUS } from '../../tests/helpers/mini-corpus';
import { detectSelfOutlet, outletByHostname } from './self-outlet';

describe('outletByHostname', () => {
  it.each([
    ['www.dw.com', 'dw'],
    ['edition.cnn.com', 'cnn'],
    ['apnews.com', 'ap'],
    ['notdw.com', null],
    ['example.org', null],
    [undefined, null],
  ])('%s → %s', (host, expected) => {
    expect(outletByHostname(MINI_CORPUS, host)).toBe(expected);
  });
});

describe('detectSelfOutlet', () => {
  it('recognises an outlet whose excerpts the page carries verbatim, whatever the quotes and spacing', () => {
    const dwExcerpts = MINI_CORPUS.facts.flatMap((f) => f.reports.filter((r) => r.outlet === 'dw').map((r) => r.excerpt));
    const page = `Some intro. ${dwExcerpts.join('.   ')}. Outro.`.replace(/'/g, '’');
    expect(detectSelfOutlet(MINI_CORPUS, page)).toBe('dw');
  });

  it('does not take a page that quotes one excerpt for that outlet', () => {
    const one = MINI_CORPUS.facts[0]!.reports[0]!.excerpt;
    expect(detectSelfOutlet(MINI_CORPUS, `An article quoting: ${one}`)).toBeNull();
  });

  it('prefers the hostname', () => {
    expect(detectSelfOutlet(MINI_CORPUS, 'anything', 'www.cnn.com')).toBe('cnn');
  });
});
