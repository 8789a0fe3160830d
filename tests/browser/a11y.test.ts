/**
 * Accessibility of the sidebar (inside its shadow root) and of the popup,
 * checked by axe-core in the real browser, in light and dark colour schemes.
 */
import { describeViolations, runAxe } from './axe';
import { describe, test } from './fixture';
import { fixtureUrl, inlinePage } from './pages';
import { byTestId, gotoWithSidebar, openPanel, SIDEBAR_HOST, TID } from './sidebar';

// Pages below emulate reduced motion so axe and layout checks never see a
// frame of the panel's slide-in (opacity < 1 skews colour-contrast results).
// They are checked side by side, each asserting with its own `expect`; the popup
// tests run alone, since the popup reads whichever tab is in front.

describe.concurrent('axe harness', () => {
  // Without this, "no violations" could just mean axe never looked inside the shadow root.
  test('finds a violation placed inside an open shadow root scoped by its host', async ({ ext, expect }) => {
    const page = await ext.context.newPage();
    try {
      await page.goto(
        inlinePage(
          'axe-canary.html',
          `<!doctype html><html lang="en"><head><title>canary</title></head><body><main><p>Canary</p>
           <canary-host></canary-host></main>
           <script>document.querySelector('canary-host').attachShadow({ mode: 'open' }).innerHTML = '<button></button>';</script>
           </body></html>`,
        ),
      );
      const violations = await runAxe(page, 'canary-host');
      expect(violations.map((v) => v.id)).toContain('button-name');
    } finally {
      await page.close();
    }
  });
});

describe.concurrent.each(['light', 'dark'] as const)('sidebar on story-dw.html (%s)', (colorScheme) => {
  test('has no axe violations with the panel open', async ({ ext, expect }) => {
    const page = await ext.context.newPage();
    try {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await gotoWithSidebar(page, fixtureUrl('story-dw.html'));
      await openPanel(page);
      await byTestId(page, TID.claim).first().waitFor({ state: 'visible' });
      const violations = await runAxe(page, SIDEBAR_HOST);
      expect(violations, describeViolations(violations)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('has no axe violations with the panel closed (launcher only)', async ({ ext, expect }) => {
    const page = await ext.context.newPage();
    try {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await gotoWithSidebar(page, fixtureUrl('story-dw.html'));
      await openPanel(page);
      await byTestId(page, TID.launcher).first().click();
      await byTestId(page, TID.panel).first().waitFor({ state: 'hidden' });
      await byTestId(page, TID.launcher).first().waitFor({ state: 'visible' });
      const violations = await runAxe(page, SIDEBAR_HOST);
      expect(violations, describeViolations(violations)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe.each(['light', 'dark'] as const)('popup (%s)', (colorScheme) => {
  test.sequential('renders its controls and has no axe violations', async ({ ext, expect }) => {
    // The popup shows its per-site switch only for a web page, so a story tab
    // is brought to the front and the popup reloaded behind it (as popup.test.ts does).
    const story = await ext.context.newPage();
    const page = await ext.context.newPage();
    try {
      await gotoWithSidebar(story, fixtureUrl('story-dw.html'));
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      const response = await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
      expect(response?.ok(), 'popup.html exists in the build').toBe(true);
      await story.bringToFront();
      await page.reload();
      await byTestId(page, TID.popupSiteToggle).waitFor({ state: 'visible' });
      await byTestId(page, TID.popupAutoOpen).waitFor({ state: 'visible' });
      const violations = await runAxe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    } finally {
      await page.close();
      await story.close();
    }
  });
});

describe.concurrent.each(['light', 'dark'] as const)('options page (%s)', (colorScheme) => {
  test('lists the corpus outlets and has no axe violations', async ({ ext, expect }) => {
    const page = await ext.context.newPage();
    try {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      const response = await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
      expect(response?.ok(), 'options.html exists in the build').toBe(true);
      await byTestId(page, 'options-corpus').waitFor({ state: 'visible' });
      expect(await byTestId(page, 'options-corpus').locator('li').count()).toBe(5);
      const violations = await runAxe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe.concurrent('keyboard opening', () => {
  test('opening the panel from the launcher with Enter moves focus into the panel', async ({ ext, expect }) => {
    const page = await ext.context.newPage();
    try {
      await gotoWithSidebar(page, fixtureUrl('story-unnamed.html'));
      await openPanel(page);
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
    } finally {
      await page.close();
    }
  });
});

describe.concurrent('reflow (WCAG 1.4.10)', () => {
  test('at 320 CSS px wide the panel fits the viewport without horizontal scrolling', async ({ ext, expect }) => {
    const page = await ext.context.newPage();
    try {
      await page.setViewportSize({ width: 320, height: 640 });
      // Measure the settled layout, not a frame of the slide-in animation.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await gotoWithSidebar(page, fixtureUrl('story-euromaidan.html'));
      const panel = (await openPanel(page)).first();
      await byTestId(page, TID.claim).first().waitFor({ state: 'visible' });
      const box = await panel.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, right: r.right, scrollWidth: el.scrollWidth, clientWidth: el.clientWidth };
      });
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(320);
      expect(box.scrollWidth, 'no horizontal overflow inside the panel').toBeLessThanOrEqual(box.clientWidth);
    } finally {
      await page.close();
    }
  });
});
