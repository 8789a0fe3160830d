import { describe, expect, it } from 'vitest';
import { parseArgs } from './parse-args';

const FORMATS = ['text', 'json', 'md', 'csv'];

describe('parseArgs', () => {
  it.each([
    [['a.txt'], { path: 'a.txt', format: 'text' }],
    [['a.txt', '--json'], { path: 'a.txt', format: 'json' }],
    [['--format', 'md', 'a.txt'], { path: 'a.txt', format: 'md' }],
    [['-', '--format=csv'], { path: '-', format: 'csv' }],
    [['a.txt', '--json', '--format', 'json'], { path: 'a.txt', format: 'json' }],
    [['a.txt', '--format', 'xml'], { error: 'unknown format xml; choose text, json, md, csv' }],
    [['a.txt', '--format='], { error: 'unknown format (empty); choose text, json, md, csv' }],
    [['a.txt', '--format'], { error: '--format needs a value' }],
    [['a.txt', '--json', '--format', 'md'], { error: 'conflicting formats json and md' }],
    [['a.txt', '--verbose'], { error: 'unknown option --verbose' }],
    [['a.txt', 'b.txt'], { error: 'give exactly one input' }],
    [[], { error: '' }],
  ])('%j → %j', (argv, expected) => {
    expect(parseArgs(argv, FORMATS)).toEqual(expected);
  });
});
