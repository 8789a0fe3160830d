import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleBody } from './body';
import { locateInBody } from './locate';
import { SOURCES } from './stories/kursk-2025-04-26/sources';

const text = (id: string) => {
  const s = SOURCES.find((x) => x.id === id)!;
  return { source: s, text: readFileSync(new URL(`./stories/kursk-2025-04-26/sources/${s.file}`, import.meta.url), 'utf8') };
};

describe('articleBody', () => {
  it.each([
    ['', [], []],
    ['Body line.\nCaption here\nMore body.', ['Caption here'], ['Body line.', 'More body.']],
    ['KYIV – All troops left.', ['KYIV – '], ['All troops left.']],
    ['x Skip y', ['Skip'], ['x', 'y']],
    ['  \n\n  ', [], []],
  ])('masks furniture in %j', (input, furniture, expected) => {
    const segs = articleBody({ furniture: furniture.map((t) => ({ text: t, reason: 'test' })) }, input);
    expect(segs.map((s) => s.text)).toEqual(expected);
    for (const s of segs) expect(input.slice(s.start, s.end)).toBe(s.text);
  });

  it.each(SOURCES.map((s) => s.id))('keeps %s offsets pointing into the original text', (id) => {
    const { source, text: t } = text(id);
    const body = articleBody(source, t);
    expect(body.length).toBeGreaterThan(5);
    for (const seg of body) expect(t.slice(seg.start, seg.end)).toBe(seg.text);
  });

  it.each([
    ['ap', 'date 2025-04-26', 'All Ukrainian troops have been forced'],
    ['ap', 'Novo-Ogaryovo residence', 'Three people were killed overnight'],
    ['cnn', 'By Svitlana Vlasova', 'Russian President Vladimir Putin has claimed'],
    ['cnn', 'contributed to this report', 'Too many people are dying'],
    ['dw', 'Skip to content', 'Russia admits presence of North Korean troops'],
    ['dw', 'ITAR-TASS/IMAGO', 'Gornal'],
    ['dw', 'This browser does not support', 'Sleepy Joe'],
    ['euromaidan', 'Become a Patron!', 'approximately 40 square kilometers'],
    ['unnamed', 'Related Articles', 'Implications and Future Outlook'],
  ])('%s body drops %j and keeps %j', (id, dropped, kept) => {
    const { source, text: t } = text(id);
    const body = articleBody(source, t);
    expect(locateInBody(body, dropped)).toBeNull();
    expect(locateInBody(body, kept)).not.toBeNull();
  });
});

describe('locateInBody', () => {
  const body = articleBody({ furniture: [{ text: 'Caption: Putin', reason: 'caption' }] }, 'Putin spoke.\nCaption: Putin\nPutin left.');
  it.each([
    [0, 0],
    [1, 28],
    [2, null],
  ])('occurrence %i of "Putin" starts at %j, skipping the caption', (occurrence, start) => {
    expect(locateInBody(body, 'Putin', occurrence)?.start ?? null).toBe(start);
  });
});
