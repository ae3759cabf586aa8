/** Keyboard-only search works (axe over every page type is in readers.test.ts). */
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/browser.ts';

const built = useBuiltSite();

describe('keyboard', () => {
  it('reaches the search box by Tab from the top of the page and searches with Enter', async () => {
    const page = await built.browser().newPage();
    await page.goto(built.site().url);
    for (let step = 0; step < 5; step++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.id === 'hop-tim-kiem')) break;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('hop-tim-kiem');
    await page.keyboard.type('triển khai');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('#ket-qua li').length > 0, null, { timeout: 20_000 });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
    await page.close();
  });
});
