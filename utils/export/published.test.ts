import { describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS } from '../match/bundled-corpus';
import { dateInUrl, outletPublished, pagePublished } from './published';

describe('dateInUrl', () => {
  it.each([
    ['https://euromaidanpress.com/2025/04/26/putin-tells-ukraine-now-lets-talk-after-claiming-kursk-win/', '2025-04-26'],
    ['https://euromaidanpress.com/2025/04/26/putin-tells/?swcfpc=1', '2025-04-26'],
    ['https://example.org/news/2025-04-26/story', '2025-04-26'],
    ['https://example.org/2025/04/26', '2025-04-26'],
    // Not a day, not in the path, or not whole segments: no date.
    ['https://example.org/2025/02/30/story', null],
    ['https://example.org/story?date=2025/04/26/', null],
    ['https://example.org/story#2025/04/26/', null],
    ['https://example.org/a12025/04/26x/story', null],
    ['https://chronicleai.org/article/putin-signals-openness', null],
    ['not a url', null],
    [null, null],
  ])('%s → %s', (url, day) => {
    expect(dateInUrl(url)).toBe(day);
  });
});

describe('outletPublished', () => {
  const byId = (id: string) => BUNDLED_CORPUS.sources.find((s) => s.id === id)!;
  it('the text’s own date first, then its own address; ChronicleAI gives neither', () => {
    expect(outletPublished(byId('dw'))).toBe('2025-04-26');
    expect(outletPublished(byId('euromaidan'))).toBe('2025-04-26');
    expect(outletPublished(byId('unnamed'))).toBeNull();
  });
  it('never dates an outlet by the address of a site that carries its copy', () => {
    expect(outletPublished({ datePublished: null, date: null, url: 'https://keyt.com/news/2025/04/27/x/', carriedBy: 'KEYT' })).toBeNull();
  });
});

describe('pagePublished', () => {
  it('keeps the metadata’s date-time as given, and falls back to the address', () => {
    expect(pagePublished({ published: '2025-04-26T09:00:00Z', url: 'https://x.org/2025/04/27/a' })).toBe('2025-04-26T09:00:00Z');
    expect(pagePublished({ published: null, url: 'https://x.org/2025/04/27/a' })).toBe('2025-04-27');
    expect(pagePublished({ published: 'last Saturday', url: null })).toBeNull();
    expect(pagePublished(undefined)).toBeNull();
  });
});
