import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { AnalyzeReply } from '../utils/extension/messages';
import type { CollectedArticle } from '../utils/extension/collections';
import { draftStoryPack } from '../utils/extension/packs-draft';
import { packGatesItem, packsItem } from '../utils/extension/packs-store';
import type { StoredPack } from '../utils/extension/packs';
import { orvaneArticle } from './helpers/orvane-pages';
import background from '../entrypoints/background';

const OWN = { id: fakeBrowser.runtime.id, tab: { id: 7 } };
const dwText = readFileSync(resolve(__dirname, '../corpus/stories/kursk-2025-04-26/sources/dw.txt'), 'utf8');
const herald = orvaneArticle('pages/bay-herald.txt');

function collected(file: 'sources/ledger.txt' | 'sources/courier.txt' | 'sources/wire.txt'): CollectedArticle {
  const a = orvaneArticle(file);
  return {
    title: a.headline,
    text: a.paragraphs.join('\n\n'),
    url: `https://${a.outlet.replace(/\W/g, '').toLowerCase()}.example/`,
    outlet: a.outlet,
    date: a.day,
    lang: 'en',
    addedAt: 1,
  };
}
const drafted = draftStoryPack(
  {
    name: 'Orvane ferry',
    createdAt: 1,
    updatedAt: 1,
    articles: [collected('sources/ledger.txt'), collected('sources/courier.txt'), collected('sources/wire.txt')],
  },
  [],
  1,
);
if (!drafted.ok) throw new Error(drafted.error);
const FERRY: StoredPack = drafted.value;

let registered: { id: string; js?: string[]; runAt?: string }[];

async function ask(input: { title: string; text: string; hostname: string }): Promise<AnalyzeReply | undefined> {
  const replies = await fakeBrowser.runtime.onMessage.trigger({ type: 'parallax:analyze', input: { ...input, lang: 'en' } }, OWN as never);
  return replies.find(Boolean) as AnalyzeReply | undefined;
}
const until = async (ok: () => boolean) => {
  for (let i = 0; i < 50 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
};

beforeEach(() => {
  fakeBrowser.reset();
  registered = [];
  (fakeBrowser as unknown as { commands: unknown }).commands = { onCommand: { addListener: () => {} } };
  Object.assign(fakeBrowser.scripting, {
    getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => registered.filter((r) => ids.includes(r.id)),
    registerContentScripts: async (list: typeof registered) => void registered.push(...list),
    unregisterContentScripts: async ({ ids }: { ids: string[] }) => void (registered = registered.filter((r) => !ids.includes(r.id))),
  });
});

describe('background with story packs', () => {
  it('detects a page of an active pack’s story, and still the bundled story’s own page', async () => {
    await packsItem.setValue([{ ...FERRY, active: true }]);
    background.main();
    const ferry = await ask({ title: herald.headline, text: herald.paragraphs.join('\n\n'), hostname: 'bayherald.example' });
    expect(ferry).toMatchObject({ ok: true, analysis: { story: { detected: true }, storyMeta: { name: 'Orvane ferry' } } });
    if (ferry?.ok) expect(ferry.analysis.claims.length).toBeGreaterThan(0);
    const kursk = await ask({ title: "Putin: Russia open to Ukraine talks after Kursk 'liberation'", text: dwText, hostname: 'dw.com' });
    expect(kursk?.ok && kursk.analysis.story.detected && kursk.analysis.storyMeta.name).not.toBe('Orvane ferry');
    expect(kursk).toMatchObject({ ok: true, analysis: { story: { detected: true } } });
  });

  it('leaves a pack that is off out of detection', async () => {
    await packsItem.setValue([FERRY]);
    background.main();
    const ferry = await ask({ title: herald.headline, text: herald.paragraphs.join('\n\n'), hostname: 'bayherald.example' });
    expect(ferry).toMatchObject({ ok: true, analysis: { story: { detected: false } } });
  });

  it('registers the page script with the gates while a pack is on, and removes both when none is', async () => {
    background.main();
    await packsItem.setValue([{ ...FERRY, active: true }]);
    await until(() => registered.length > 0);
    expect(registered).toEqual([
      expect.objectContaining({ id: 'parallax-pack-gates', js: ['content-scripts/pack-gates.js'], runAt: 'document_start' }),
    ]);
    expect((await packGatesItem.getValue()).map((g) => g.story)).toEqual(['pack-orvane-ferry']);
    await packsItem.setValue([FERRY]);
    await until(() => registered.length === 0);
    expect(registered).toEqual([]);
    await until(() => false);
    expect(await fakeBrowser.storage.local.get('packGates')).toEqual({});
  });
});
