import { axeViolations } from './support/axe';
import { url } from './support/builtPages';
import { expect, test } from './support/fixtures';
import { paperFormats, pdfPageCount } from './support/print';

const path = url('/everyday/');

test('the everyday movements page has no accessibility violations', async ({ page }) => {
  await page.goto(path);
  expect(await axeViolations(page)).toEqual([]);
});

test('every task says in words what to avoid and what to do instead, on screen and on paper', async ({ page }) => {
  await page.goto(path);
  const sections = page.locator('section[data-everyday]');
  expect(await sections.count()).toBeGreaterThan(0);
  for (const media of ['screen', 'print'] as const) {
    await page.emulateMedia({ media });
    for (const section of await sections.all()) {
      const id = await section.getAttribute('data-everyday');
      await expect(section.getByRole('heading', { level: 2 }), `${id} on ${media}`).toBeVisible();
      const pairs = section.locator('[data-pair]');
      expect(await pairs.count(), `${id} has pairs`).toBeGreaterThan(0);
      for (const pair of await pairs.all()) {
        // The ✕ and ✓ before the words are hidden from screen readers; the words must stand alone.
        await expect(pair.locator('[data-instead] > p').first(), `${id} on ${media}`).toHaveText(/^\W*Instead of$/);
        await expect(pair.locator('[data-do] > p').first(), `${id} on ${media}`).toHaveText(/^\W*Do this$/);
        await expect(pair.locator('[data-instead]'), `${id} on ${media}`).toBeVisible();
        await expect(pair.locator('[data-do]'), `${id} on ${media}`).toBeVisible();
      }
    }
  }
});

test('a link to a task opens its section', async ({ page }) => {
  await page.goto(path);
  const first = page.locator('section[data-everyday]').first();
  const title = (await first.getByRole('heading', { level: 2 }).textContent())!.trim();
  await page.getByRole('navigation', { name: 'Tasks on this page' }).getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`#${await first.getAttribute('data-everyday')}$`));
  await expect(first.getByRole('heading', { level: 2 })).toBeInViewport();
});

test('prints on exactly one page, on A4 and on Letter', async ({ page }) => {
  await page.goto(path);
  for (const format of paperFormats) {
    expect.soft(pdfPageCount(await page.pdf({ format })), format).toBe(1);
  }
});

test('on paper: no navigation, buttons or footer, and the page gives its address and sources', async ({ page }) => {
  await page.goto(path);
  await expect(page.getByRole('button', { name: 'Print this page' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['nav', 'button', 'body > footer', 'body > header', 'a[href="#main-content"]']) {
    for (const element of await page.locator(hidden).all()) await expect(element, hidden).toBeHidden();
  }
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  await expect(page.locator('[data-sheet-address]')).toHaveText(canonical!);
  await expect(page.locator('[data-sheet-sources]')).toContainText('Too Fit To Fracture');
  await expect(page.getByRole('heading', { name: 'Talk to your doctor or physiotherapist' })).toBeVisible();
});
