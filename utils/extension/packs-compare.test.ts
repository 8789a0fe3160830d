import { describe, expect, it } from 'vitest';
import { orvaneArticles } from '../../tests/pack/orvane-articles';
import { draftPack } from '../pack/draft-pack';
import { serializePack, toPack } from '../pack/pack-format';
import type { StoredPack } from './packs';
import { packForCompare } from './packs-compare';

const text = serializePack(toPack(draftPack(orvaneArticles(), { name: 'Ferry collision in Tessaly Bay' })));
const ID = 'pack-ferry-collision-in-tessaly-bay';
const kept = (patch: Partial<StoredPack> = {}): StoredPack => ({
  id: ID,
  name: 'Ferry collision in Tessaly Bay',
  active: true,
  addedAt: 1,
  text,
  ...patch,
});

describe('the story pack the compare page shows', () => {
  it('is the kept pack built as a corpus, with each outlet’s article cut into the pane’s paragraphs', () => {
    const got = packForCompare({ packs: [kept()], readable: true }, ID);
    if (!got.ok) throw new Error(got.message);
    expect(got.corpus.story.id).toBe(ID);
    expect(got.corpus.sources.map((s) => s.name)).toEqual(['Harbor Ledger', 'Valley Courier', 'Coastline Wire']);
    expect(Object.keys(got.articles).sort()).toEqual([...got.corpus.story.outlets].sort());
    // Every report's excerpt is in its outlet's article at the offsets the grid links to.
    for (const f of got.corpus.facts) {
      for (const r of f.reports) {
        const seg = got.articles[r.outlet]!.find((s) => s.start <= r.start && r.end <= s.end);
        expect(seg?.text.slice(r.start - seg.start, r.end - seg.start)).toBe(r.excerpt);
      }
    }
  });

  it.each<[string, Parameters<typeof packForCompare>[0], string, RegExp]>([
    ['missing', { packs: [kept()], readable: true }, 'pack-other', /not in this browser/],
    ['off', { packs: [kept({ active: false })], readable: true }, ID, /“Ferry collision in Tessaly Bay” is switched off/],
    ['invalid', { packs: [kept({ text: text.slice(0, 500) })], readable: true }, ID, /no longer reads as a valid pack/],
    ['unreadable', { packs: [], readable: false }, ID, /another version of Parallax/],
  ])('a %s pack is a message, not a page', (reason, stored, id, message) => {
    const got = packForCompare(stored, id);
    expect(got.ok).toBe(false);
    if (got.ok) return;
    expect(got.reason).toBe(reason);
    expect(got.message).toMatch(message);
  });
});
