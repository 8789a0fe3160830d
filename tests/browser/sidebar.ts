/**
 * Selectors and page helpers for the Parallax sidebar. The sidebar is a WXT
 * shadow-root UI whose host element is <parallax-sidebar> with an OPEN shadow
 * root; Playwright's CSS locators pierce open shadow roots, so
 * page.locator('[data-testid=...]') finds elements inside it.
 */
import type { Locator, Page } from 'playwright-core';
import { isolatedEval } from './settle';

export const SIDEBAR_HOST = 'parallax-sidebar';

export const TID = {
  panel: 'parallax-panel',
  launcher: 'parallax-launcher',
  summary: 'parallax-summary',
  claim: 'parallax-claim',
  report: 'parallax-report',
  discrepancy: 'parallax-discrepancy',
  omitted: 'parallax-omitted',
  unmatched: 'parallax-unmatched',
  popupSiteToggle: 'popup-site-toggle',
  popupAutoOpen: 'popup-autoopen',
} as const;

export function byTestId(page: Page, id: string): Locator {
  return page.locator(`[data-testid="${id}"]`);
}

/** Opens url and waits for the sidebar host; throws with the page URL if it never appears. */
export async function gotoWithSidebar(page: Page, url: string, timeout = 20_000): Promise<Locator> {
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`could not load ${url}: HTTP ${response?.status() ?? 'no response'}`);
  const host = page.locator(SIDEBAR_HOST);
  try {
    await host.first().waitFor({ state: 'attached', timeout });
  } catch {
    throw new Error(`no <${SIDEBAR_HOST}> appeared on ${url} within ${timeout} ms`);
  }
  return host;
}

/**
 * Makes the panel visible whether or not it auto-opened: if it is not shown,
 * clicks the launcher. Returns the panel locator.
 */
export async function openPanel(page: Page, timeout = 20_000): Promise<Locator> {
  const panel = byTestId(page, TID.panel);
  const launcher = byTestId(page, TID.launcher);
  await Promise.race([panel.first().waitFor({ state: 'visible', timeout }), launcher.first().waitFor({ state: 'visible', timeout })]).catch(
    () => {
      throw new Error(`neither ${TID.panel} nor ${TID.launcher} became visible within ${timeout} ms`);
    },
  );
  if (!(await panel.first().isVisible())) {
    await launcher.first().click();
    await panel.first().waitFor({ state: 'visible', timeout });
  }
  // Let the slide-in finish so geometry, screenshots and axe see the settled panel. (Endless
  // animations, e.g. a spinner, are skipped: they never finish.) Read in an isolated world, so a
  // page that replaced Promise or Array cannot break it.
  await isolatedEval(
    page,
    `Promise.all([...(document.querySelector('${SIDEBAR_HOST}')?.shadowRoot?.querySelector('[data-testid="${TID.panel}"]')?.getAnimations({ subtree: true }) ?? [])]
      .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
      .map((a) => a.finished.catch(() => undefined))).then(() => 0)`,
  );
  return panel;
}

/** The outlet ids of every report card currently rendered in the sidebar. */
export async function reportOutlets(page: Page): Promise<string[]> {
  return byTestId(page, TID.report).evaluateAll((els) => els.map((el) => el.getAttribute('data-outlet') ?? ''));
}
