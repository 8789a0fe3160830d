import { describe, expect, it } from 'vitest';
import { orvaneArticle } from '../../tests/helpers/orvane-pages';
import type { CollectedArticle, CollectedStory } from './collections';
import { draftableArticles, draftStoryPack, notDraftable, packFromText } from './packs-draft';
import { readPack } from '../pack/parse-pack';

function article(file: 'sources/ledger.txt' | 'sources/courier.txt' | 'sources/wire.txt'): CollectedArticle {
  const a = orvaneArticle(file);
  return {
    title: a.headline,
    text: a.paragraphs.join('\n\n'),
    url: `https://${a.outlet.replace(/\W/g, '').toLowerCase()}.example/ferry`,
    outlet: a.outlet,
    date: a.day,
    lang: 'en',
    addedAt: 1,
  };
}

const story = (articles: CollectedArticle[]): CollectedStory => ({ name: 'Orvane ferry', createdAt: 1, updatedAt: 1, articles });
const three = () => [article('sources/ledger.txt'), article('sources/courier.txt'), article('sources/wire.txt')];

describe('drafting a collected story on the device', () => {
  it('takes one article per outlet and says when there are too few outlets', () => {
    const ledger = article('sources/ledger.txt');
    const twoOutlets = story([ledger, { ...ledger, url: 'https://ledger.example/2' }, article('sources/wire.txt')]);
    expect(draftableArticles(twoOutlets)).toHaveLength(2);
    expect(notDraftable(twoOutlets)).toMatch(/at least 3 different outlets; this story has 2/);
    expect(draftStoryPack(twoOutlets, [], 5).ok).toBe(false);
    expect(notDraftable(story(three()))).toBeNull();
  });

  it('drafts a valid pack, kept off, whose text the import reader accepts', () => {
    const drafted = draftStoryPack(story(three()), [], 5);
    if (!drafted.ok) throw new Error(drafted.error);
    expect(drafted.value).toMatchObject({ id: 'pack-orvane-ferry', name: 'Orvane ferry', active: false, addedAt: 5 });
    const read = readPack(drafted.value.text);
    expect(read.ok && read.pack.gate.anchors.some((a) => a.kind === 'strong')).toBe(true);
  });
});

describe('a pack file to import', () => {
  it('is refused with its reasons and nothing kept when it is not a pack', () => {
    const refused = packFromText('{"format":"parallax-story-pack","version":9}', 1);
    expect(refused).toEqual({ ok: false, error: expect.stringMatching(/newer Parallax.*Nothing was changed/) });
    expect(packFromText('<script>alert(1)</script>', 1).ok).toBe(false);
  });

  it('is kept, off, under its story id when valid', () => {
    const drafted = draftStoryPack(story(three()), [], 5);
    if (!drafted.ok) throw new Error(drafted.error);
    expect(packFromText(drafted.value.text, 9)).toEqual({ ok: true, value: { ...drafted.value, addedAt: 9 } });
    const hostile = drafted.value.text.replace('"Orvane ferry"', '"<img src=x onerror=alert(1)>"');
    expect(packFromText(hostile, 9)).toEqual({ ok: false, error: expect.stringMatching(/HTML markup/) });
  });
});
