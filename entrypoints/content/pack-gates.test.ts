import { afterEach, describe, expect, it } from 'vitest';
import { publishedPackGates, publishPackGates } from './pack-gates';

const gate = (pattern: string) => ({ story: 'pack-x', anchors: [{ name: 'x', pattern, kind: 'strong' }], minWeak: 2, window: 200 });

afterEach(() => {
  delete (globalThis as { __parallaxPackGates?: unknown }).__parallaxPackGates;
});

describe('the active packs’ gates handed to the gate script', () => {
  it('are nothing, and no wait, when the pack script never ran (no pack on)', () => {
    expect(publishedPackGates()).toBeUndefined();
  });

  it('keep only gates of the shape the gate compiles', async () => {
    publishPackGates(Promise.resolve([gate('orvane'), gate('(unclosed'), { anchors: 'x' }, null, gate('lark')]));
    expect((await publishedPackGates())!.map((g) => g.anchors[0]!.pattern)).toEqual(['orvane', 'lark']);
  });

  it('read as none when storage gave something else or failed', async () => {
    publishPackGates(Promise.resolve({ not: 'a list' }));
    expect(await publishedPackGates()).toEqual([]);
    publishPackGates(Promise.reject(new Error('torn down')));
    expect(await publishedPackGates()).toEqual([]);
  });
});
