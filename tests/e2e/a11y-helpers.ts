import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** One axe violation, as much as a failure message needs. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in `page` (injected from node_modules, nothing fetched) over the whole document,
 * against WCAG 2.x A/AA and best practices, and returns the violations of `serious` or `critical`
 * impact — the bar ("no serious violation").
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) {
    // Extension pages forbid inline scripts (CSP `script-src 'self'`), which is what
    // `page.addScriptTag({ path })` adds; evaluating the same file through DevTools is not subject
    // to the page's CSP. Web pages (no such CSP) take the script tag.
    if (page.url().startsWith('chrome-extension:')) await page.evaluate(readFileSync(axePath, 'utf8'));
    else await page.addScriptTag({ path: axePath });
  }
  const violations = await page.evaluate(async () => {
    const { axe } = globalThis as unknown as {
      axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> };
    };
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
