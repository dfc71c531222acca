/*
 * The language switch in use: reached and followed with the keyboard alone, it opens the same
 * page in the other language. Its links, hreflang and lang attributes on every page are checked
 * over the built HTML in tests/built/i18n.test.ts.
 */
import { exercisesIn, localeUrl, locales } from './support/content';
import { expect, test } from './support/fixtures';

const samplePaths = ['/', `/exercises/${exercisesIn('en')[0]!.id}/`, '/courses/', '/plan/'];

for (const from of locales) {
  for (const to of locales.filter((locale) => locale !== from)) {
    test(`from ${from} to ${to}: the keyboard reaches the switch and it keeps the page`, async ({ page }) => {
      for (const path of samplePaths) {
        await page.goto(localeUrl(from, path));
        const focusedSwitch = () => page.evaluate(() => document.activeElement?.getAttribute('hreflang') ?? null);
        for (let i = 0; i < 40 && (await focusedSwitch()) !== to; i += 1) await page.keyboard.press('Tab');
        expect(await focusedSwitch(), `${path}: Tab reaches the switch to ${to}`).toBe(to);
        await page.keyboard.press('Enter');
        await expect(page).toHaveURL(localeUrl(to, path));
        await expect(page.locator('html')).toHaveAttribute('lang', to);
      }
    });
  }
}
