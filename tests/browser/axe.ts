/**
 * Runs axe-core inside a real page. axe walks open shadow roots, so scoping a
 * run to the <parallax-sidebar> host checks the sidebar's shadow tree and
 * nothing of the (third-party) article around it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Injects axe (once per document) and runs it on the element matching scope, or the whole document. */
export async function runAxe(page: Page, scope?: string): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  // A string is evaluated over the DevTools protocol, which the extension
  // pages' CSP (script-src 'self') does not block, unlike a <script> tag.
  if (!loaded) await page.evaluate(`${AXE_SOURCE}\n;void 0`);
  return page.evaluate(async (selector) => {
    type Axe = {
      run(
        context: unknown,
        options: unknown,
      ): Promise<{
        violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];
      }>;
    };
    const axe = (window as unknown as { axe: Axe }).axe;
    let context: unknown = document;
    if (selector) {
      const el = document.querySelector(selector);
      if (!el) throw new Error(`axe scope ${selector} not found`);
      context = el;
    }
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  }, scope ?? null);
}

/** Readable one-line-per-violation text for assertion messages. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.targets.join(', ')}`).join('\n');
}
