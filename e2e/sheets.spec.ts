import type { Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { url } from './support/builtPages';
import { exercisesIn, localeUrl, locales } from './support/content';
import { expect, test } from './support/fixtures';
import { pageStarts } from '../src/lib/sheets/selection';
import { countPrintCalls, paperFormats, pdfPageCount, printCalls, printedSheets, sheetIds, sheetsArrived } from './support/print';

/** Five exercises of the content, so no test names an id content may change. */
const [A, B, C, D, E] = exercisesIn('en');
/** Ids in the order of the builder's list (the library's), which is the order sheets print in. */
const inListOrder = async (page: Page, ids: string[]) =>
  (await page.locator('input[name="ids"]').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value))).filter((id) => ids.includes(id));

const storageKey = 'osteomove.sheet';
const stored = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), storageKey);
const checkedIds = (page: Page) => page.locator('input[name="ids"]:checked').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
async function chosenSheets(page: Page) {
  await sheetsArrived(page);
  return page.locator('.sheet[data-selected]').evaluateAll((els) => els.map((el) => el.getAttribute('data-sheet')));
}
/** Paper pages of the sheet builder as it stands, on each paper size (one at a time: Chromium prints one PDF per page at once). */
async function pagesPerFormat(page: Page): Promise<number[]> {
  await sheetsArrived(page);
  const counts: number[] = [];
  for (const format of paperFormats) counts.push(pdfPageCount(await page.pdf({ format })));
  return counts;
}

test('the address chooses the exercises and the layout, and the choice is stored', async ({ page }) => {
  await page.goto(url(`/sheets/?ids=${A!.id},${B!.id}&layout=compact`));
  expect((await checkedIds(page)).sort()).toEqual([A!.id, B!.id].sort());
  await expect(page.getByLabel('Two exercises on each page')).toBeChecked();
  await expect(page.locator('[data-sheets-status]')).toHaveText('2 exercises chosen.');
  expect(await stored(page)).toEqual({ ids: [A!.id, B!.id], layout: 'compact' });
  expect(await chosenSheets(page)).toEqual(await inListOrder(page, [A!.id, B!.id]));
});

test('ticking and unticking updates the address and the stored choice, and both survive a reload', async ({ page }) => {
  await page.goto(url('/sheets/?ids='));
  await expect(page.locator('[data-sheets-status]')).toHaveText('No exercises chosen yet.');
  await page.getByLabel(A!.title, { exact: true }).check();
  await page.getByLabel(C!.title, { exact: true }).check();
  await expect(page).toHaveURL(url(`/sheets/?ids=${A!.id},${C!.id}`));
  await page.getByLabel('Two exercises on each page').check();
  await expect(page).toHaveURL(url(`/sheets/?ids=${A!.id},${C!.id}&layout=compact`));
  await page.getByLabel(A!.title, { exact: true }).uncheck();
  await expect(page).toHaveURL(url(`/sheets/?ids=${C!.id}&layout=compact`));
  expect(await stored(page)).toEqual({ ids: [C!.id], layout: 'compact' });

  await page.reload();
  expect(await checkedIds(page)).toEqual([C!.id]);

  // A bare address picks up the stored choice and writes it back into the address.
  await page.goto(url('/sheets/'));
  expect(await checkedIds(page)).toEqual([C!.id]);
  await expect(page.getByLabel('Two exercises on each page')).toBeChecked();
  await expect(page).toHaveURL(url(`/sheets/?ids=${C!.id}&layout=compact`));

  await page.getByRole('button', { name: 'Untick all' }).click();
  expect(await checkedIds(page)).toEqual([]);
  await expect(page).toHaveURL(/\/sheets\/\?layout=compact$/);
});

test('a shared address prints what it says, whatever the reader has stored', async ({ page }) => {
  await page.goto(url(`/sheets/?ids=${E!.id}&layout=compact`));
  await page.goto(url(`/sheets/?ids=${A!.id}`));
  expect(await checkedIds(page)).toEqual([A!.id]);
  await expect(page.getByLabel('One exercise on each page')).toBeChecked();
});

test('unknown ids are listed as skipped, as plain text, and the rest still prints', async ({ page }) => {
  const attack = '<img src=x onerror=alert(1)>';
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(url(`/sheets/?ids=${A!.id},no-such-exercise,${encodeURIComponent(attack)}`));
  const skipped = page.locator('[data-sheets-skipped]');
  await expect(skipped).toBeVisible();
  expect(await skipped.locator('li').allTextContents()).toEqual(['no-such-exercise', attack]);
  await expect(skipped.locator('img')).toHaveCount(0);
  expect(await checkedIds(page)).toEqual([A!.id]);
  await expect(page).toHaveURL(url(`/sheets/?ids=${A!.id}`));
  expect(await pagesPerFormat(page)).toEqual([1, 1]);
  expect(dialogs, 'text from the address must never run as code').toEqual([]);
});

test('the builder prints one page per exercise, or two exercises a page in the compact layout', async ({ page }) => {
  await page.goto(url(`/sheets/?ids=${A!.id},${C!.id},${D!.id}`));
  expect(await pagesPerFormat(page)).toEqual([3, 3]);
  await page.getByLabel('Two exercises on each page').check();
  expect(await pagesPerFormat(page)).toEqual([2, 2]);

  await page.getByLabel(A!.title, { exact: true }).uncheck();
  expect(await pagesPerFormat(page)).toEqual([1, 1]);
});

for (const locale of locales) {
  const sheets = (query: string) => localeUrl(locale, `/sheets/${query}`);

  test(`${locale}: every exercise together prints one per page, or two regular sheets a page compact`, async ({ page }) => {
    const all = await sheetIds(page, locale);
    expect(all.length).toBe(exercisesIn(locale).length);
    await page.goto(sheets(`?ids=${all.join(',')}`));
    expect(await pagesPerFormat(page)).toEqual([all.length, all.length]);
    await page.goto(sheets(`?ids=${all.join(',')}&layout=compact`));
    await sheetsArrived(page);
    // A sheet in dense type (long words) needs more than half a page, so it prints on its own.
    const dense = await page.locator('.sheet[data-selected]').evaluateAll((els) => els.map((el) => el.getAttribute('data-density') === 'dense'));
    expect(dense).toHaveLength(all.length);
    const pages = pageStarts(dense, 'compact').filter(Boolean).length;
    expect(await pagesPerFormat(page)).toEqual([pages, pages]);
  });

}

// German sheets run long enough to be set dense, so each has a page of its own (the test above counts them).
test('en: the two longest regular compact sheets still share one page on A4 and on Letter', async ({ page }) => {
  // Letter is the shorter page and A4 the narrower one: measured at A4's width.
  const heights = (await printedSheets(page, 'en', 'compact')).filter((sheet) => sheet.density === 'regular');
  expect(heights.length).toBeGreaterThanOrEqual(2);
  const [first, second] = heights.sort((a, b) => b.height - a.height);
  await page.goto(url(`/sheets/?ids=${first!.id},${second!.id}&layout=compact`));
  expect(await pagesPerFormat(page), `${first!.id} and ${second!.id}`).toEqual([1, 1]);
});

test('on paper the builder shows only the chosen sheets', async ({ page }) => {
  await page.goto(url(`/sheets/?ids=${A!.id},${B!.id}`));
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['h1', 'form', 'nav', '[data-header-search]', 'body > footer', '[data-sheets-noscript]']) {
    for (const element of await page.locator(hidden).all()) await expect(element, hidden).toBeHidden();
  }
  await expect(page.locator('.sheet:visible')).toHaveCount(2);
  await expect(page.locator(`.sheet[data-sheet="${A!.id}"] [data-sheet-address]`)).toHaveText(new RegExp(`/exercises/${A!.id}/$`));
});

test('the print button prints the chosen sheets, and first asks for a choice when there is none', async ({ page }) => {
  await countPrintCalls(page);
  await page.goto(url('/sheets/?ids='));
  const print = page.getByRole('button', { name: 'Print the chosen sheets' });
  await print.click();
  await expect(page.locator('[data-sheets-status]')).toHaveText('Choose at least one exercise first.');
  expect(await printCalls(page)).toBe(0);
  await page.getByLabel(A!.title, { exact: true }).check();
  await print.click();
  await expect.poll(() => printCalls(page)).toBe(1);
});

test('the page carries no sheets of its own, and printing waits until the chosen ones arrive', async ({ page }) => {
  const served = await (await page.request.get(url('/sheets/'))).text();
  expect(served).not.toContain('data-sheet=');

  const held = Promise.withResolvers<void>();
  const fetched: string[] = [];
  await page.route(`**${url('/exercises/')}*/`, async (route) => {
    fetched.push(new URL(route.request().url()).pathname);
    await held.promise;
    await route.continue();
  });
  await countPrintCalls(page);
  await page.goto(url(`/sheets/?ids=${A!.id},${D!.id}`));
  await page.getByRole('button', { name: 'Print the chosen sheets' }).click();
  await expect(page.locator('[data-sheet-set]')).toHaveAttribute('aria-busy', 'true');
  expect(await printCalls(page), 'no print before the sheets are in').toBe(0);

  held.resolve();
  await expect.poll(() => printCalls(page)).toBe(1);
  expect(await chosenSheets(page)).toEqual(await inListOrder(page, [A!.id, D!.id]));
  expect(fetched.sort(), 'only the chosen exercises are fetched').toEqual([url(`/exercises/${A!.id}/`), url(`/exercises/${D!.id}/`)].sort());
});

test('a sheet that cannot be fetched is fetched again on Print, and nothing prints while it is missing', async ({ page }) => {
  // The connection drops for one exercise: its page arrives without a sheet in it.
  const missingOne = `**${url(`/exercises/${D!.id}/`)}`;
  await page.route(missingOne, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Offline</title>' }));
  await countPrintCalls(page);
  await page.goto(url(`/sheets/?ids=${A!.id},${D!.id}`));
  const print = page.getByRole('button', { name: 'Print the chosen sheets' });
  const missing = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await print.click();
  await expect(missing).toBeVisible();
  expect(await printCalls(page)).toBe(0);
  expect(await chosenSheets(page)).toEqual([A!.id]);

  await page.unroute(missingOne);
  await print.click();
  await expect.poll(() => printCalls(page)).toBe(1);
  await expect(missing).toBeHidden();
  expect(await chosenSheets(page)).toEqual(await inListOrder(page, [A!.id, D!.id]));
});

test('a choice changed while sheets are still arriving prints the new choice', async ({ page }) => {
  const held = Promise.withResolvers<void>();
  const requested = Promise.withResolvers<void>();
  await page.route(`**${url(`/exercises/${A!.id}/`)}`, async (route) => {
    requested.resolve();
    await held.promise;
    await route.continue();
  });
  await page.goto(url(`/sheets/?ids=${A!.id}`));
  await requested.promise;
  await page.getByLabel(A!.title, { exact: true }).uncheck();
  await page.getByLabel(D!.title, { exact: true }).check();
  expect(await chosenSheets(page)).toEqual([D!.id]);
  held.resolve();
  await page.waitForResponse(`**${url(`/exercises/${A!.id}/`)}`);
  // The late sheet must not bring itself back: give its (now outdated) call time to finish.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
  expect(await chosenSheets(page)).toEqual([D!.id]);
});

test('"Add to my sheet" on cards and exercise pages shares one stored choice with the builder', async ({ page }) => {
  await page.goto(url('/exercises/'));
  const myLink = page.getByRole('link', { name: /^My sheet/ });
  await expect(myLink).toHaveText('My sheet (0)');
  const cardToggle = page.locator(`[data-exercise-card="${A!.id}"]`).getByRole('button', { name: `Add to my sheet (${A!.title})` });
  await expect(cardToggle).toHaveAttribute('aria-pressed', 'false');
  await cardToggle.click();
  await expect(cardToggle).toHaveAttribute('aria-pressed', 'true');
  await expect(myLink).toHaveText('My sheet (1)');
  expect(await cardToggle.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThanOrEqual(44);

  await page.goto(url(`/exercises/${E!.id}/`));
  const toggle = page.getByRole('button', { name: 'Add to my sheet' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await stored(page)).toEqual({ ids: [A!.id, E!.id], layout: 'single' });

  await page.getByRole('link', { name: 'My sheet (2)' }).click();
  await expect(page).toHaveURL(url(`/sheets/?ids=${A!.id},${E!.id}`));
  expect((await checkedIds(page)).sort()).toEqual([A!.id, E!.id].sort());

  await page.goto(url(`/exercises/${E!.id}/`));
  await page.getByRole('button', { name: 'Add to my sheet' }).click();
  await expect(page.getByRole('button', { name: 'Add to my sheet' })).toHaveAttribute('aria-pressed', 'false');
  expect(await stored(page)).toEqual({ ids: [A!.id], layout: 'single' });
});

test('the sheet builder has no accessibility violations', async ({ page }) => {
  await page.goto(url(`/sheets/?ids=${A!.id},no-such-exercise`));
  await expect(page.locator('[data-sheets-skipped]')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the builder explains that choosing needs JavaScript and that each exercise prints on its own', async ({ page }) => {
    await page.goto(url(`/sheets/?ids=${A!.id}`));
    await expect(page.locator('[data-sheets-noscript]')).toBeVisible();
    await expect(page.locator('[data-sheets-noscript]')).toContainText('print any exercise on its own');
    await expect(page.locator('[data-sheets-form]')).toBeHidden();
  });

  test('no print or sheet buttons show, yet the page still prints as its sheet', async ({ page }) => {
    await page.goto(url(`/exercises/${A!.id}/`));
    await expect(page.getByRole('button', { name: /Print|Add to my sheet/ })).toHaveCount(0);
    await expect(page.getByRole('link', { name: /^My sheet/ })).toHaveCount(0);
    expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(1);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator(`.sheet[data-sheet="${A!.id}"]`)).toBeVisible();

    await page.goto(url('/exercises/'));
    await expect(page.getByRole('button', { name: /Add to my sheet/ })).toHaveCount(0);
  });
});
