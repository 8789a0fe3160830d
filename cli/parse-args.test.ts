import { describe, expect, it } from 'vitest';
import { parseArgs } from './parse-args';

const FORMATS = ['text', 'json', 'md', 'csv', 'annotations'];

describe('parseArgs', () => {
  it.each([
    [['a.txt'], { path: 'a.txt', format: 'text' }],
    [['a.txt', '--json'], { path: 'a.txt', format: 'json' }],
    [['--format', 'md', 'a.txt'], { path: 'a.txt', format: 'md' }],
    [['-', '--format=csv'], { path: '-', format: 'csv' }],
    [['a.txt', '--json', '--format', 'json'], { path: 'a.txt', format: 'json' }],
    [['a.txt', '--format', 'xml'], { error: 'unknown format xml; choose text, json, md, csv, annotations' }],
    [['a.txt', '--format='], { error: 'unknown format (empty); choose text, json, md, csv, annotations' }],
    [['a.txt', '--format'], { error: '--format needs a value' }],
    [['a.txt', '--json', '--format', 'md'], { error: 'conflicting formats json and md' }],
    [['a.txt', '--verbose'], { error: 'unknown option --verbose' }],
    [['a.txt', 'b.txt'], { error: 'give exactly one input' }],
    [[], { error: '' }],
    [
      ['a.html', '--url', 'https://www.dw.com/en/a', '--title', 'T'],
      { path: 'a.html', format: 'text', url: 'https://www.dw.com/en/a', title: 'T' },
    ],
    [
      ['a.html', '--url=https://x.example/', '--format', 'annotations'],
      { path: 'a.html', format: 'annotations', url: 'https://x.example/' },
    ],
    [['a.html', '--url', 'javascript:alert(1)'], { error: '--url needs an http(s) address, not javascript:alert(1)' }],
    [['a.html', '--url'], { error: '--url needs a value' }],
    [['a.html', '--title', ' '], { error: '--title needs a value' }],
  ])('%j → %j', (argv, expected) => {
    expect(parseArgs(argv, FORMATS)).toEqual(expected);
  });
});
