import { url } from './support/builtPages';
import { exercisePagesIn, exercisesIn, localeUrl, locales, wordsOf, type ExerciseText } from './support/content';
import { expect, test } from './support/fixtures';
import { countPrintCalls, gzippedScriptBytes, overflowMm, paperFormats, pdfPageCount, printCalls, printedSheets } from './support/print';

/** The first exercise of each language that has both an easier and a harder one, for the tests that read one sheet closely. */
const withVariants = (locale: (typeof locales)[number]) => exercisesIn(locale).find((e) => e.facts.easier && e.facts.harder)!;
const titleOf = (locale: (typeof locales)[number], id: unknown) => exercisesIn(locale).find((e) => e.id === id)!.title;

for (const locale of locales) {
  const exercisePages = exercisePagesIn(locale);

  test(`${locale}: every exercise has a page to print`, () => {
    expect(exercisePages).toEqual(exercisesIn(locale).map((e) => localeUrl(locale, `/exercises/${e.id}/`)));
  });

  /*
   * That every sheet fits one page is shown by e2e/sheets.spec.ts, which prints them all
   * together and counts one paper page per sheet. Here the exercise pages themselves print:
   * the first and the one whose sheet runs longest, measured in a single load of the sheet
   * builder, so the PDFs stay four however many exercises there are.
   */
  test(`${locale}: the first exercise page and the one with the longest sheet print as exactly one page on A4 and on Letter`, async ({ page }) => {
    const longest = (await printedSheets(page, locale)).reduce((a, b) => (b.height > a.height ? b : a)).id;
    for (const path of [...new Set([exercisePages[0]!, localeUrl(locale, `/exercises/${longest}/`)])]) {
      await page.goto(path);
      for (const format of paperFormats) {
        const pages = pdfPageCount(await page.pdf({ format }));
        const over = pages === 1 ? '' : ` (about ${await overflowMm(page, format)} mm too long)`;
        expect.soft(pages, `${path} on ${format}${over}`).toBe(1);
      }
    }
  });

  test(`${locale}: on paper an exercise page is its sheet: no navigation, search, buttons, footer or screen copy`, async ({ page }) => {
    const t = wordsOf(locale);
    const exercise: ExerciseText = withVariants(locale);
    await page.goto(localeUrl(locale, `/exercises/${exercise.id}/`));
    await expect(page.locator('.sheet')).toBeHidden();
    await expect(page.locator('[data-exercise-page]')).toBeVisible();
    const dose = (await page.locator('[data-dose]').textContent())!.trim();
    const source = (await page.locator('[data-source] strong').first().textContent())!.trim();

    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['nav', '[data-header-search]', 'button', 'body > footer', 'body > header', 'a[href="#main-content"]', '[data-exercise-page]']) {
      for (const element of await page.locator(hidden).all()) await expect(element, hidden).toBeHidden();
    }
    const sheet = page.locator(`.sheet[data-sheet="${exercise.id}"]`);
    await expect(sheet).toBeVisible();
    await expect(sheet.getByRole('heading', { name: exercise.title })).toBeVisible();
    await expect(sheet.locator('.sheet-figure')).toBeVisible();
    await expect(sheet.locator('.sheet-dose')).toContainText(dose);
    await expect(sheet.locator('[data-sheet-sources]')).toContainText(source);
    await expect(sheet.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    await expect(sheet.locator('[data-sheet-address]')).toHaveText(canonical!);
    await expect(sheet.locator('.sheet-variants')).toContainText(`${t('exercise.easier')}: ${titleOf(locale, exercise.facts.easier)}`);
    await expect(sheet.locator('.sheet-variants')).toContainText(`${t('exercise.harder')}: ${titleOf(locale, exercise.facts.harder)}`);
  });
}

test('the print button asks the browser to print, and is left off the paper', async ({ page }) => {
  await countPrintCalls(page);
  await page.goto(localeUrl('de', `/exercises/${withVariants('de').id}/`));
  const button = page.getByRole('button', { name: wordsOf('de')('print.button') });
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

/** Smallest step text on paper: 12 pt, or 10.5 pt on a sheet whose words run long (src/lib/sheets/density.ts). */
const minimumStepPx = { regular: 16, dense: 14 } as Record<string, number>;

for (const locale of locales) {
  test(`${locale}: headings stay with their text, steps, dose boxes and drawings are never split, and steps stay large`, async ({ page }) => {
    await page.goto(localeUrl(locale, `/exercises/${withVariants(locale).id}/`));
    await page.emulateMedia({ media: 'print' });
    const style = (selector: string, property: string) =>
      page.locator(selector).first().evaluate((el, name) => getComputedStyle(el).getPropertyValue(name), property);
    expect(await style('.sheet h3', 'break-after')).toBe('avoid');
    for (const selector of ['.sheet li', '.sheet-dose', '.sheet-figure', '.sheet .tick-log']) {
      expect(await style(selector, 'break-inside'), selector).toBe('avoid');
    }
    const density = (await page.locator('.sheet').getAttribute('data-density')) ?? 'regular';
    expect(parseFloat(await style('.sheet-steps li', 'font-size')), `a ${density} sheet`).toBeGreaterThanOrEqual(minimumStepPx[density]!);
  });
}

test('the pages with print and sheet buttons stay within 5 KB of gzipped JavaScript in every language', async ({ page }) => {
  for (const locale of locales) {
    for (const path of [`/exercises/${withVariants(locale).id}/`, '/exercises/']) {
      expect(await gzippedScriptBytes(page, localeUrl(locale, path)), localeUrl(locale, path)).toBeLessThanOrEqual(5 * 1024);
    }
  }
});
