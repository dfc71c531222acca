import { builtPages, url } from './support/builtPages';
import { expect, test } from './support/fixtures';
import { countPrintCalls, gzippedScriptBytes, paperFormats, pdfPageCount, printCalls } from './support/print';

/** Every built exercise page, so that a new exercise is held to one printed page without listing it. */
const exercisePages = builtPages().filter((path) => new RegExp(`^${url('/exercises/')}[a-z0-9-]+/$`).test(path));

test('every exercise has a page to print', () => {
  expect(exercisePages.length).toBeGreaterThanOrEqual(24);
});

test('every exercise page prints as exactly one page on A4 and on Letter', async ({ page }) => {
  test.setTimeout(30_000 + exercisePages.length * 5_000);
  for (const path of exercisePages) {
    await page.goto(path);
    for (const format of paperFormats) {
      expect.soft(pdfPageCount(await page.pdf({ format })), `${path} on ${format}`).toBe(1);
    }
  }
});

test('on paper an exercise page is its sheet: no navigation, search, buttons, footer or screen copy', async ({ page }) => {
  await page.goto(url('/exercises/squats/'));
  await expect(page.locator('.sheet')).toBeHidden();
  await expect(page.locator('[data-exercise-page]')).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['nav', '[data-header-search]', 'button', 'body > footer', 'body > header', 'a[href="#main-content"]', '[data-exercise-page]']) {
    for (const element of await page.locator(hidden).all()) await expect(element, hidden).toBeHidden();
  }
  const sheet = page.locator('.sheet[data-sheet="squats"]');
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('heading', { name: 'Squats' })).toBeVisible();
  await expect(sheet.locator('.sheet-figure')).toBeVisible();
  await expect(sheet.locator('.sheet-dose')).toContainText('8 to 12');
  await expect(sheet.locator('[data-sheet-sources]')).toContainText('IQWiG');
  await expect(sheet.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  await expect(sheet.locator('[data-sheet-address]')).toHaveText(canonical!);
  await expect(sheet.locator('.sheet-variants')).toContainText('Easier:');
  await expect(sheet.locator('.sheet-variants')).toContainText('Harder:');
});

test('the sheet repeats the page’s numbered steps and safety notes word for word', async ({ page }) => {
  test.setTimeout(30_000 + exercisePages.length * 2_000);
  for (const path of exercisePages) {
    await page.goto(path);
    const shown = await page.evaluate(() => {
      const words = (selector: string) => [...document.querySelectorAll(selector)].map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim());
      const listAfter = (heading: string, list: string) =>
        [...document.querySelectorAll('.exercise-body h2')].filter((h2) => h2.textContent?.trim() === heading).flatMap((h2) => {
          const next = h2.nextElementSibling;
          return next?.matches(list) ? [...next.children].map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim()) : [];
        });
      return {
        pageSteps: listAfter('How to do it', 'ol'),
        pageCautions: listAfter('Watch out for', 'ul'),
        sheetSteps: words('.sheet-steps li'),
        sheetCautions: words('.sheet-cautions li'),
      };
    });
    expect(shown.pageSteps.length, path).toBeGreaterThan(0);
    expect(shown.sheetSteps, path).toEqual(shown.pageSteps);
    expect(shown.sheetCautions, path).toEqual(shown.pageCautions);
  }
});

test('the print button asks the browser to print, and is left off the paper', async ({ page }) => {
  await countPrintCalls(page);
  await page.goto(url('/exercises/calf-raises/'));
  const button = page.getByRole('button', { name: 'Print this page' });
  await button.click();
  expect(await printCalls(page)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(button).toBeHidden();
});

test('on paper, links to other sites show their address and links inside the site do not', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  const after = (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el, '::after').content);
  await page.goto(url('/about/'));
  const external = await page.locator('main a[href^="https://"]').first().getAttribute('href');
  expect(await after('main a[href^="https://"]')).toBe(`" (${external})"`);
  await page.goto(url('/training/strength/'));
  expect(await after('main a[href*="/exercises/"]')).toBe('none');
});

test('headings stay with their text, and steps, dose boxes and drawings are never split', async ({ page }) => {
  await page.goto(url('/exercises/squats/'));
  await page.emulateMedia({ media: 'print' });
  const style = (selector: string, property: string) =>
    page.locator(selector).first().evaluate((el, name) => getComputedStyle(el).getPropertyValue(name), property);
  expect(await style('.sheet h3', 'break-after')).toBe('avoid');
  for (const selector of ['.sheet li', '.sheet-dose', '.sheet-figure', '.sheet .tick-log']) {
    expect(await style(selector, 'break-inside'), selector).toBe('avoid');
  }
  expect(parseFloat(await style('.sheet-steps li', 'font-size'))).toBeGreaterThanOrEqual(16);
});

test('the pages with print and sheet buttons stay within 5 KB of gzipped JavaScript', async ({ page }) => {
  for (const path of ['/exercises/squats/', '/exercises/']) {
    expect(await gzippedScriptBytes(page, url(path)), path).toBeLessThanOrEqual(5 * 1024);
  }
});
