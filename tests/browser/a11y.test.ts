/**
 * Accessibility of the sidebar (inside its shadow root) and of the popup,
 * checked by axe-core in the real browser, in light and dark colour schemes.
 */
import { describeViolations, runAxe } from './axe';
import { describe, test } from './fixture';
import { inlinePage } from './pages';
import { byTestId, SIDEBAR_HOST, TID } from './sidebar';

// Pages below emulate reduced motion so axe and layout checks never see a
// frame of the panel's slide-in (opacity < 1 skews colour-contrast results).
// They are checked side by side, each asserting with its own `expect`; the popup
// tests run alone, since the popup reads whichever tab is in front.

describe.concurrent('axe harness', () => {
  // Without this, "no violations" could just mean axe never looked inside the shadow root.
  test('finds a violation placed inside an open shadow root scoped by its host', async ({ storyPage, expect }) => {
    const page = await storyPage(
      inlinePage(
        'axe-canary.html',
        `<!doctype html><html lang="en"><head><title>canary</title></head><body><main><p>Canary</p>
         <canary-host></canary-host></main>
         <script>document.querySelector('canary-host').attachShadow({ mode: 'open' }).innerHTML = '<button></button>';</script>
         </body></html>`,
      ),
      { decision: 'not-story' },
    );
    const violations = await runAxe(page, 'canary-host');
    expect(violations.map((v) => v.id)).toContain('button-name');
  });
});

describe.concurrent.each(['light', 'dark'] as const)('sidebar on story-dw.html (%s)', (colorScheme) => {
  test('has no axe violations with the panel open', async ({ storyPage, expect }) => {
    const page = await storyPage('story-dw.html', { media: { colorScheme, reducedMotion: 'reduce' }, panel: true });
    const violations = await runAxe(page, SIDEBAR_HOST);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  test('has no axe violations with the panel closed (launcher only)', async ({ storyPage, expect }) => {
    const page = await storyPage('story-dw.html', { media: { colorScheme, reducedMotion: 'reduce' }, panel: true });
    await byTestId(page, TID.launcher).first().click();
    await byTestId(page, TID.panel).first().waitFor({ state: 'hidden' });
    await byTestId(page, TID.launcher).first().waitFor({ state: 'visible' });
    const violations = await runAxe(page, SIDEBAR_HOST);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

describe.sequential.each(['light', 'dark'] as const)('popup (%s)', (colorScheme) => {
  test('renders its controls and has no axe violations', async ({ ext, storyPage, expect }) => {
    // The popup shows its per-site switch only for a web page, so a story tab
    // is brought to the front and the popup reloaded behind it (as popup.test.ts does).
    const story = await storyPage('story-dw.html');
    const page = await storyPage(`chrome-extension://${ext.extensionId}/popup.html`, { media: { colorScheme, reducedMotion: 'reduce' } });
    await story.bringToFront();
    await page.reload();
    await byTestId(page, TID.popupSiteToggle).waitFor({ state: 'visible' });
    await byTestId(page, TID.popupAutoOpen).waitFor({ state: 'visible' });
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

describe.concurrent.each(['light', 'dark'] as const)('options page (%s)', (colorScheme) => {
  test('lists the corpus outlets and has no axe violations', async ({ ext, storyPage, expect }) => {
    const page = await storyPage(`chrome-extension://${ext.extensionId}/options.html`, { media: { colorScheme, reducedMotion: 'reduce' } });
    await byTestId(page, 'options-corpus').waitFor({ state: 'visible' });
    expect(await byTestId(page, 'options-corpus').locator('li').count()).toBe(5);
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

describe.concurrent('keyboard opening', () => {
  test('opening the panel from the launcher with Enter moves focus into the panel', async ({ storyPage, expect }) => {
    const page = await storyPage('story-unnamed.html', { panel: true });
    const launcher = byTestId(page, TID.launcher).first();
    await launcher.click();
    await byTestId(page, TID.panel).first().waitFor({ state: 'hidden' });
    await launcher.focus();
    await page.keyboard.press('Enter');
    await byTestId(page, TID.panel).first().waitFor({ state: 'visible' });
    const inPanel = async () =>
      page.evaluate((hostTag) => {
        const root = document.querySelector(hostTag)?.shadowRoot;
        const active = root?.activeElement;
        return !!active && !!active.closest('[data-testid="parallax-panel"]');
      }, SIDEBAR_HOST);
    await expect.poll(inPanel, { timeout: 5_000 }).toBe(true);
  });
});

describe.concurrent('reflow (WCAG 1.4.10)', () => {
  test('at 320 CSS px wide the panel fits the viewport without horizontal scrolling', async ({ storyPage, expect }) => {
    // Reduced motion: the settled layout is measured, not a frame of the slide-in animation.
    const page = await storyPage('story-euromaidan.html', {
      viewport: { width: 320, height: 640 },
      media: { reducedMotion: 'reduce' },
      panel: true,
    });
    const panel = byTestId(page, TID.panel).first();
    const box = await panel.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, scrollWidth: el.scrollWidth, clientWidth: el.clientWidth };
    });
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(320);
    expect(box.scrollWidth, 'no horizontal overflow inside the panel').toBeLessThanOrEqual(box.clientWidth);
  });
});
