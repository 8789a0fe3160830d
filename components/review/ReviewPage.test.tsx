// @vitest-environment happy-dom
import axe from 'axe-core';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { orvaneArticles } from '../../tests/pack/orvane-articles';
import { packsItem, readPacks } from '../../utils/extension/packs-store';
import { draftPack } from '../../utils/pack/draft-pack';
import { serializePack, toPack, type StoryPack } from '../../utils/pack/pack-format';
import { ReviewPage } from './ReviewPage';
import { useReview } from './use-review';

// The invented ferry story (tests/fixtures/stories/orvane-ferry-2031), drafted as the options page drafts it.
const PACK = toPack(draftPack(orvaneArticles(), { name: 'Ferry collision in Tessaly Bay' }));
const ID = PACK.story.id;

/** The page as entrypoints/review/main.tsx wires it. */
function Harness({ id }: { id: string }) {
  return <ReviewPage id={id} {...useReview(id)} />;
}

let host: HTMLElement;
const settle = () => act(async () => await new Promise((r) => setTimeout(r, 30)));
const all = (id: string, root: ParentNode = host) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
const get = (id: string, root: ParentNode = host) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;
const factEl = (id: string) => host.querySelector<HTMLElement>(`[data-testid="review-fact"][data-fact="${id}"]`);
const storedPack = async (): Promise<StoryPack> => JSON.parse((await readPacks()).packs.find((p) => p.id === ID)!.text);
const type = (input: HTMLElement, text: string) =>
  act(() => {
    (input as HTMLInputElement).value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
const choose = (select: HTMLElement, value: string) =>
  act(() => {
    (select as HTMLSelectElement).value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });

async function mount(id = ID) {
  host = document.createElement('div');
  document.body.appendChild(host);
  act(() => render(<Harness id={id} />, host));
  await settle();
}

beforeEach(async () => {
  fakeBrowser.reset();
  await packsItem.setValue([{ id: ID, name: PACK.story.name, active: true, addedAt: 1, text: serializePack(PACK) }]);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

describe('the review page of a story pack', () => {
  it('shows the story, its days and each fact with its outlets’ sentences, verbatim and as text', async () => {
    await mount();
    expect(get('review-title').textContent).toBe('Review “Ferry collision in Tessaly Bay”');
    expect(host.textContent).toContain(PACK.story.window.label);
    expect(all('review-fact').map((el) => el.dataset.fact)).toEqual(PACK.facts.map((f) => f.id));
    const first = factEl(PACK.facts[0]!.id)!;
    expect(get('review-statement', first).textContent).toBe(PACK.facts[0]!.statement);
    expect(all('review-excerpt', first).map((el) => el.textContent)).toEqual(PACK.facts[0]!.reports.map((r) => r.excerpt));
    expect(first.textContent).toContain(PACK.sources.find((s) => s.id === PACK.facts[0]!.reports[0]!.outlet)!.name);
  });

  it('renames a fact, saved at once, and Undo puts the old statement back', async () => {
    await mount();
    const id = PACK.facts[0]!.id;
    type(get('review-rename-input', factEl(id)!), 'Two ships collided in the bay.');
    act(() => get('review-rename', factEl(id)!).click());
    await settle();
    expect((await storedPack()).facts[0]!.statement).toBe('Two ships collided in the bay.');
    expect((await storedPack()).status).toBe('reviewed');
    expect(get('review-statement', factEl(id)!).textContent).toBe('Two ships collided in the bay.');
    expect(get('review-notice').textContent).toMatch(/Renamed the fact .* Saved\./);

    act(() => get('review-undo').click());
    await settle();
    expect((await storedPack()).facts[0]!.statement).toBe(PACK.facts[0]!.statement);
    expect(host.querySelector('[data-testid="review-undo"]')).toBeNull();
  });

  it('refuses an empty statement, says why, and saves nothing', async () => {
    await mount();
    const id = PACK.facts[0]!.id;
    type(get('review-rename-input', factEl(id)!), '   ');
    act(() => get('review-rename', factEl(id)!).click());
    await settle();
    expect(get('review-refused').textContent).toContain('a fact needs a statement: the new one is empty');
    expect(await storedPack()).toEqual(PACK);
  });

  it('drops a fact and a sentence, marks a day fact, each saved, and undoes them newest first', async () => {
    await mount();
    const single = PACK.facts.find((f) => f.reports.length === 1 && !PACK.story.dayFacts.includes(f.id))!;
    act(() => get('review-day', factEl(single.id)!).click());
    await settle();
    expect((await storedPack()).story.dayFacts).toContain(single.id);

    const dropped = PACK.facts[1]!;
    act(() => get('review-drop-fact', factEl(dropped.id)!).click());
    await settle();
    expect((await storedPack()).facts.map((f) => f.id)).not.toContain(dropped.id);
    expect(factEl(dropped.id)).toBeNull();

    const shared = PACK.facts.find((f) => f.reports.length === 3)!;
    act(() => all('review-drop-report', factEl(shared.id)!)[2]!.click());
    await settle();
    expect((await storedPack()).facts.find((f) => f.id === shared.id)!.reports).toHaveLength(2);

    for (let i = 0; i < 3; i++) {
      act(() => get('review-undo').click());
      await settle();
    }
    expect(await storedPack()).toEqual(PACK);
  });

  it('splits the chosen sentences into a new fact and merges two facts', async () => {
    await mount();
    const shared = PACK.facts.find((f) => f.reports.length === 2)!;
    act(() => all('review-split-choose', factEl(shared.id)!)[1]!.click());
    act(() => get('review-split', factEl(shared.id)!).click());
    await settle();
    let facts = (await storedPack()).facts;
    expect(facts).toHaveLength(PACK.facts.length + 1);
    expect(facts.find((f) => f.id === shared.id)!.reports).toHaveLength(1);

    const made = facts[facts.findIndex((f) => f.id === shared.id) + 1]!;
    choose(get('review-merge-select', factEl(shared.id)!), made.id);
    act(() => get('review-merge', factEl(shared.id)!).click());
    await settle();
    facts = (await storedPack()).facts;
    expect(facts).toHaveLength(PACK.facts.length);
    expect(facts.find((f) => f.id === shared.id)!.reports.map((r) => r.outlet)).toEqual(shared.reports.map((r) => r.outlet));
  });

  it('does not undo over a change made elsewhere since (another tab), and says so', async () => {
    await mount();
    const id = PACK.facts[0]!.id;
    act(() => get('review-day', factEl(id)!).click());
    await settle();
    const [kept] = (await readPacks()).packs;
    const elsewhere = { ...kept!, text: serializePack({ ...PACK, status: 'reviewed' }) };
    await packsItem.setValue([elsewhere]);
    await settle();
    act(() => get('review-undo').click());
    await settle();
    expect(get('review-refused').textContent).toContain('changed elsewhere since this edit');
    expect((await readPacks()).packs[0]!.text).toBe(elsewhere.text);
  });

  it('says so when the pack is not kept here', async () => {
    await mount('pack-gone');
    expect(get('review-missing').textContent).toContain('No story pack “pack-gone”');
  });

  it('has no axe violations', async () => {
    await mount();
    const result = await axe.run(host, { rules: { region: { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
