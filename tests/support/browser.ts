/** Launches Debian's Chromium through playwright-core with the flags this machine needs. */
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveStatic, type StaticSite } from './server.ts';
import { ROOT } from './site.ts';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.ts';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true });
}

/**
 * Serves the built site and launches Chromium for the tests of one file (vitest hooks registered here);
 * the returned getters are valid inside tests.
 */
export function useBuiltSite(folder: string = path.join(ROOT, 'dist')): { browser: () => Browser; site: () => StaticSite } {
  let browser: Browser | undefined;
  let site: StaticSite | undefined;
  beforeAll(async () => {
    site = await serveStatic(folder);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return { browser: () => browser!, site: () => site! };
}
