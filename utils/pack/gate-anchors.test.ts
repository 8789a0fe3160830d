import { describe, expect, it } from 'vitest';
import { compileGate } from '../page/gate';
import { backgroundOf, draftGate } from './gate-anchors';
import { articleNames, givenNames } from './name-words';

// Written for this test: three invented outlets on an invented collapse in an invented town.
const ARTICLES = [
  [
    'The Kessel footbridge in Brannow collapsed, Mayor Ida Vantrell said.',
    'Vantrell ordered an inquiry with the help of Portugal.',
    'Brannow police closed the road.',
  ],
  [
    'Brannow lost its footbridge over the Kessel on Friday.',
    'Ida Vantrell, the mayor, spoke in Brannow.',
    'Engineers from Portugal arrived.',
  ],
  ['In Brannow, the old footbridge fell.', 'Experts from Portugal said the cables had corroded, Vantrell said.'],
];
const PLACES = new Set(['portugal']);

describe('draftGate', () => {
  const names = articleNames(ARTICLES);
  const gate = draftGate(
    'pack-test',
    names,
    ARTICLES.length,
    PLACES,
    givenNames(names),
    backgroundOf(['Kessel is a common river name here.', 'The Kessel valley.']),
  );
  const kind = (name: string) => gate.anchors.find((a) => a.name === name)?.kind;

  it('anchors the story on names most of its articles give and the background does not', () => {
    expect(kind('brannow')).toBe('strong');
    expect(kind('vantrell')).toBe('strong');
  });

  it('makes a name the background often gives weak, a country context, and never anchors on a given name or a title', () => {
    expect(kind('kessel')).toBe('weak');
    expect(kind('portugal')).toBe('context');
    expect(kind('ida')).toBeUndefined();
    expect(kind('mayor')).toBeUndefined();
  });

  it('passes a page of the story and no unrelated page, as the extension’s gate reads it', () => {
    const compiled = compileGate([gate]);
    expect(compiled.passing('Rescuers searched the river in Brannow after the footbridge fell.')).toEqual([0]);
    expect(compiled.passing('Portugal beat Spain two goals to one on Friday.')).toEqual([]);
  });
});
