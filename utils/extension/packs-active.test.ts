import { describe, expect, it } from 'vitest';
import type { Analysis } from '../compare/analysis-types';
import { activeGates, activePacks, bestAnalysis } from './packs-active';
import type { StoredPack } from './packs';
import { draftStoryPack } from './packs-draft';
import { orvaneArticle } from '../../tests/helpers/orvane-pages';

const verdict = (name: string, detected: boolean, score: number) =>
  ({ story: { detected, score, reasons: [] }, storyMeta: { name } }) as unknown as Analysis;

function ferry(): StoredPack {
  const files = ['sources/ledger.txt', 'sources/courier.txt', 'sources/wire.txt'] as const;
  const articles = files.map((f) => {
    const a = orvaneArticle(f);
    return {
      title: a.headline,
      text: a.paragraphs.join('\n\n'),
      url: `https://${a.outlet.length}.example/`,
      outlet: a.outlet,
      date: a.day,
      lang: 'en',
      addedAt: 1,
    };
  });
  const made = draftStoryPack({ name: 'Ferry', createdAt: 1, updatedAt: 1, articles }, [], 1);
  if (!made.ok) throw new Error(made.error);
  return { ...made.value, active: true };
}

describe('the active packs', () => {
  it('builds only packs that are on and still read as packs, reusing what was built from the same text', () => {
    const on = ferry();
    const built = activePacks([on, { ...on, id: 'pack-off', active: false }, { ...on, id: 'pack-broken', text: '{"format":"x"}' }]);
    expect(built.map((b) => b.id)).toEqual(['pack-ferry']);
    expect(activeGates(built).map((g) => g.story)).toEqual(['pack-ferry']);
    expect(activePacks([on], built)[0]).toBe(built[0]);
    expect(activePacks([{ ...on, text: `${on.text} ` }], built)[0]).not.toBe(built[0]);
  });

  it('gives a page the detected story with the highest score, the bundled one on a tie or when none is detected', () => {
    expect(bestAnalysis([verdict('bundled', false, 0.2), verdict('ferry', true, 0.9)]).storyMeta.name).toBe('ferry');
    expect(bestAnalysis([verdict('bundled', true, 0.9), verdict('ferry', true, 0.9)]).storyMeta.name).toBe('bundled');
    expect(bestAnalysis([verdict('bundled', true, 0.7), verdict('ferry', true, 0.95)]).storyMeta.name).toBe('ferry');
    expect(bestAnalysis([verdict('bundled', false, 0.4), verdict('ferry', false, 0.5)]).storyMeta.name).toBe('bundled');
  });
});
