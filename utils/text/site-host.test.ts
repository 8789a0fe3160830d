import { describe, expect, it } from 'vitest';
import { siteKey, siteOfUrl } from './site-host';

describe('site keys', () => {
  it.each([
    ['www.dw.com', 'dw.com'],
    [' DW.com ', 'dw.com'],
    ['edition.cnn.com', 'edition.cnn.com'],
    ['wwwexample.com', 'wwwexample.com'],
  ])('siteKey(%s) = %s', (host, key) => expect(siteKey(host)).toBe(key));

  it.each([
    ['https://www.dw.com/en/article', 'dw.com'],
    ['not a url', null],
    [undefined, null],
    ['', null],
  ])('siteOfUrl(%s) = %s', (url, key) => expect(siteOfUrl(url)).toBe(key));
});
