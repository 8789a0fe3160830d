import { describe, expect, it } from 'vitest';
import { parseHtml } from './parse-html';

describe('parseHtml', () => {
  it.each([
    ['', ''],
    ['   \n ', ''],
    ['just text', 'just text'],
    ['<<<>>>&&&', '<<<>>>&&&'],
    ['<p>hi</p><p>there', 'hithere'],
    ['<!doctype html><p>x', 'x'],
    ['<html><body><div><p>unclosed<div>y</body>', 'unclosedy'],
    ['<head><title>H</title></head><body><p>b</p></body>', 'b'],
  ])('gives a full document for %j', (html, bodyText) => {
    const doc = parseHtml(html);
    expect(doc.documentElement.tagName).toBe('HTML');
    expect(doc.head).toBeTruthy();
    expect(doc.body.textContent).toBe(bodyText);
  });

  it('keeps the title and <html lang>', () => {
    const doc = parseHtml('<!doctype html><html lang="uk"><head><title>Заголовок</title></head><body><p>Текст</p></body></html>');
    expect(doc.title).toBe('Заголовок');
    expect(doc.documentElement.getAttribute('lang')).toBe('uk');
  });

  it('returns an empty document for non-string input', () => {
    expect(parseHtml(null as unknown as string).body.childNodes.length).toBe(0);
  });

  it('parses a large page', () => {
    const html = `<html><body>${'<div><p>para <b>bold</b></p></div>'.repeat(20_000)}</body></html>`;
    expect(parseHtml(html).querySelectorAll('p').length).toBe(20_000);
  });
});
