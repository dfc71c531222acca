/*
 * The everyday movements page in each language, on screen and on paper. Its axe check runs with
 * every other page in pages.spec.ts; what its HTML holds is checked in tests/built/everyday.test.ts.
 */
import { localeUrl, locales, wordsOf } from './support/content';
import { expect, test } from './support/fixtures';
import { overflowMm, paperFormats, pdfPageCount } from './support/print';

for (const locale of locales) {
  const t = wordsOf(locale);
  const path = localeUrl(locale, '/everyday/');

  test(`${locale}: every task says in words what to avoid and what to do instead, on screen and on paper`, async ({ page }) => {
    await page.goto(path);
    const sections = page.locator('section[data-everyday]');
    expect(await sections.count()).toBeGreaterThan(0);
    const instead = new RegExp(`^\\W*${t('everyday.instead')}$`);
    const doThis = new RegExp(`^\\W*${t('everyday.do')}$`);
    for (const media of ['screen', 'print'] as const) {
      await page.emulateMedia({ media });
      for (const section of await sections.all()) {
        const id = await section.getAttribute('data-everyday');
        await expect(section.getByRole('heading', { level: 2 }), `${id} on ${media}`).toBeVisible();
        const pairs = section.locator('[data-pair]');
        expect(await pairs.count(), `${id} has pairs`).toBeGreaterThan(0);
        for (const pair of await pairs.all()) {
          // The ✕ and ✓ before the words are hidden from screen readers; the words must stand alone.
          await expect(pair.locator('[data-instead] > p').first(), `${id} on ${media}`).toHaveText(instead);
          await expect(pair.locator('[data-do] > p').first(), `${id} on ${media}`).toHaveText(doThis);
          await expect(pair.locator('[data-instead]'), `${id} on ${media}`).toBeVisible();
          await expect(pair.locator('[data-do]'), `${id} on ${media}`).toBeVisible();
        }
      }
    }
  });

  test(`${locale}: a link to a task opens its section`, async ({ page }) => {
    await page.goto(path);
    const first = page.locator('section[data-everyday]').first();
    const title = (await first.getByRole('heading', { level: 2 }).textContent())!.trim();
    await page.getByRole('navigation', { name: t('everyday.contents') }).getByRole('link', { name: title }).click();
    await expect(page).toHaveURL(new RegExp(`#${await first.getAttribute('data-everyday')}$`));
    await expect(first.getByRole('heading', { level: 2 })).toBeInViewport();
  });

  test(`${locale}: prints on exactly one page, on A4 and on Letter`, async ({ page }) => {
    await page.goto(path);
    for (const format of paperFormats) {
      const pages = pdfPageCount(await page.pdf({ format }));
      const over = pages === 1 ? '' : ` (about ${await overflowMm(page, format)} mm too long)`;
      expect.soft(pages, `${format}${over}`).toBe(1);
    }
  });

  test(`${locale}: on paper: no navigation, buttons or footer, and the page gives its address and sources`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('button', { name: t('print.button') })).toBeVisible();
    const sources = (await page.locator('[data-source] strong').allTextContents()).map((name) => name.trim());
    expect(sources.length).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['nav', 'button', 'body > footer', 'body > header', 'a[href="#main-content"]']) {
      for (const element of await page.locator(hidden).all()) await expect(element, hidden).toBeHidden();
    }
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    await expect(page.locator('[data-sheet-address]')).toHaveText(canonical!);
    for (const source of sources) await expect(page.locator('[data-sheet-sources]')).toContainText(source);
    await expect(page.getByRole('heading', { name: t('consult.title') })).toBeVisible();
  });
}
