/** axe-core (WCAG 2.2 AA and best practices) on one page in Chromium, at a given window size; returns one line per violation. */
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface Violation { id: string; help: string; nodes: Array<{ target: string[] }> }

export async function axeViolations(browser: Browser, url: string, ready?: string, viewport?: { width: number; height: number }): Promise<string[]> {
  // The site's CSP forbids injected scripts, axe included: the audit bypasses it (tests/quality checks the CSP).
  const context = await browser.newContext({ bypassCSP: true, ...(viewport ? { viewport } : {}) });
  const page = await context.newPage();
  await page.goto(url);
  if (ready) await page.waitForFunction((selector) => document.querySelector(selector) !== null, ready, { timeout: 20_000 });
  await page.addScriptTag({ path: AXE });
  const found = (await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations;
  }, TAGS)) as Violation[];
  await context.close();
  return found.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}
