/**
 * Pages that rewrite the built-ins our code could lean on (Array, Object,
 * JSON, fetch, MutationObserver, requestIdleCallback, attachShadow, …) before
 * anything else runs. Each is the DW story, so the sidebar must still appear,
 * fully drawn, with no error from us, and the page's DOM must be what it is
 * without the extension apart from our host and highlight style.
 */
import { describe, expect, test } from './fixture';
import { inlinePage } from './pages';
import { SIDEBAR_HOST } from './sidebar';
import { expectSameDomAsTwin } from './twin';
import { expectWorkingSidebar, fixtureHtml, injectHead } from '../fixtures/hostile/kit';

// Each script runs first in <head>; none of them throws by itself, so any error seen is ours.
const overrides: [string, string][] = [
  [
    'array-methods',
    `Array.prototype.map = function () { return []; };
     Array.prototype.forEach = function () {};
     Array.prototype.push = function () { return 0; };
     Array.prototype.filter = function () { return []; };
     Array.from = function () { return []; };`,
  ],
  [
    'object-prototype',
    `Object.prototype.evil = 'page';
     Object.prototype.type = 'parallax:analyze';
     Object.prototype.then = undefined;
     Object.freeze(Object.prototype);
     Object.freeze(Array.prototype);`,
  ],
  ['json', `JSON.parse = function () { return { hijacked: true }; }; JSON.stringify = function () { return '"hijacked"'; };`],
  [
    'fetch',
    `window.fetch = function () { return Promise.reject(new TypeError('fetch disabled by the page')); };
     window.XMLHttpRequest = function () { throw new Error('XHR disabled by the page'); };`,
  ],
  [
    'mutation-observer',
    `window.MutationObserver = function () { return { observe() {}, disconnect() {}, takeRecords() { return []; } }; };`,
  ],
  ['idle-callback-missing', `delete window.requestIdleCallback; window.requestIdleCallback = undefined;`],
  ['idle-callback-never', `window.requestIdleCallback = function () { return 1; }; window.cancelIdleCallback = function () {};`],
  [
    'dom-apis',
    `const real = Element.prototype.attachShadow;
     Element.prototype.attachShadow = function (init) { return real.call(this, Object.assign({}, init, { mode: 'closed' })); };
     customElements.define = function () {};
     EventTarget.prototype.addEventListener = function () {};
     document.querySelector = function () { return null; };
     document.querySelectorAll = function () { return []; };
     Node.prototype.appendChild = function (n) { return n; };`,
  ],
  [
    'timers-and-promises',
    `window.setTimeout = function () { return 0; };
     window.Promise = function () { throw new Error('Promise disabled by the page'); };
     window.Symbol = undefined;`,
  ],
];

const story = fixtureHtml('story-dw.html');

describe.concurrent.each(overrides)('story page overriding %s', (name, script) => {
  test('still gets a fully drawn sidebar, no errors, and an otherwise unchanged DOM', async ({ ext, storyPage, twin, errors }) => {
    const url = inlinePage(`hostile-proto-${name}.html`, injectHead(story, `<script>${script}</script>`));
    const plain = twin(url);
    const page = await storyPage(url, { panel: true });
    await expectWorkingSidebar(page);
    expect(await expectSameDomAsTwin(ext, page, plain)).toContain(SIDEBAR_HOST);
    expect(errors).toEqual([]);
  });
});
