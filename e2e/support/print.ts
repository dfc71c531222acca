import { gzipSync } from 'node:zlib';
import { expect, type Page } from '@playwright/test';
import { localeUrl, type Locale } from './content';

/** Pages in a PDF: one `/Type /Page` object each (`/Type /Pages` is the tree above them). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
}

/** The paper sizes every printed page must fit. */
export const paperFormats = ['A4', 'Letter'] as const;

/** Replaces window.print with a counter, so a test can see the print dialog was asked for. */
export async function countPrintCalls(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const counter = window as unknown as { printCalls: number };
    counter.printCalls = 0;
    window.print = () => {
      counter.printCalls += 1;
    };
  });
}

export const printCalls = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls);

/** Gzipped bytes of every script the page runs, loaded files and inline modules alike. */
export async function gzippedScriptBytes(page: Page, path: string): Promise<number> {
  const bodies: Promise<Buffer>[] = [];
  const collect = (response: import('@playwright/test').Response) => {
    const redirect = response.status() >= 300 && response.status() < 400;
    if (response.request().resourceType() === 'script' && !redirect) bodies.push(response.body());
  };
  page.on('response', collect);
  await page.goto(path, { waitUntil: 'networkidle' });
  page.off('response', collect);
  const inline = await page.$$eval('script:not([src])', (els) =>
    els.filter((el) => !el.getAttribute('type') || el.getAttribute('type') === 'module').map((el) => el.textContent ?? ''),
  );
  const files = await Promise.all(bodies);
  return [...files, ...inline.map((text) => Buffer.from(text))].reduce((sum, body) => sum + gzipSync(body).length, 0);
}

/** Paper sizes in millimetres, and the margins of the site's `@page` rule (src/styles/print.css). */
const paperMm = { A4: { width: 210, height: 297 }, Letter: { width: 215.9, height: 279.4 } } as const;
const marginMm = { top: 10, side: 12 };
/** `@page compact`: two sheets a page need every millimetre. */
const compactSideMarginMm = 10;
const pxPerMm = 96 / 25.4;

/**
 * How many millimetres the printed page runs past one sheet of `format` (0 or less: it fits),
 * measured with print styles at the paper's printable width, so a failure can say by how much.
 */
export async function overflowMm(page: Page, format: (typeof paperFormats)[number]): Promise<number> {
  const paper = paperMm[format];
  const before = page.viewportSize();
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: Math.floor((paper.width - 2 * marginMm.side) * pxPerMm), height: 600 });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.emulateMedia({ media: null });
  if (before) await page.setViewportSize(before);
  return Math.round(height / pxPerMm - (paper.height - 2 * marginMm.top));
}

/** Waits until the page's chosen sheets have been fetched into it (the set is busy until then). */
export const sheetsArrived = (page: Page) => expect(page.locator('[data-sheet-set]:not([aria-busy])')).toHaveCount(1);

/** The ids the sheet builder of `locale` offers, in the order of its list (the library's). */
export async function sheetIds(page: Page, locale: Locale): Promise<string[]> {
  await page.goto(localeUrl(locale, '/sheets/?ids='));
  return page.locator('input[name="ids"]').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
}

/**
 * Every sheet of `locale` as the sheet builder prints them with `layout` ('' for one a page),
 * in one load, with print styles at A4's printable width (the narrower paper): each sheet's id,
 * type density and height in CSS pixels.
 */
export async function printedSheets(page: Page, locale: Locale, layout = ''): Promise<{ id: string; density: string; height: number }[]> {
  const before = page.viewportSize();
  const ids = await sheetIds(page, locale);
  const sideMm = layout === 'compact' ? compactSideMarginMm : marginMm.side;
  await page.setViewportSize({ width: Math.floor((paperMm.A4.width - 2 * sideMm) * pxPerMm), height: 1000 });
  await page.goto(localeUrl(locale, `/sheets/?ids=${ids.join(',')}${layout && `&layout=${layout}`}`));
  await page.emulateMedia({ media: 'print' });
  await sheetsArrived(page);
  const sheets = await page.locator('.sheet[data-selected]').evaluateAll((els) =>
    els.map((el) => ({ id: el.getAttribute('data-sheet')!, density: el.getAttribute('data-density')!, height: el.getBoundingClientRect().height })),
  );
  await page.emulateMedia({ media: null });
  if (before) await page.setViewportSize(before);
  expect(sheets.map((sheet) => sheet.id)).toEqual(ids);
  return sheets;
}
