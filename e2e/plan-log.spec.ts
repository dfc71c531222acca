/*
 * The 12-week log on paper: after the week, a page of its own on A4 and on Letter, in both
 * languages; it follows the reader's answers, and without JavaScript it is the usual plan's.
 */
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { de } from '../src/i18n/de';
import { dePlan } from '../src/i18n/de-plan';
import { en } from '../src/i18n/en';
import { enPlan } from '../src/i18n/en-plan';
import type { Locale } from '../src/i18n/locales';
import { planLog } from '../src/islands/plan/log';
import { planWords } from '../src/islands/plan/strings';
import type { ViewChild } from '../src/islands/plan/view';
import { defaultProfile, profileToSearch, type Profile } from '../src/lib/plan';
import { loadContentExercises } from '../src/lib/plan/testing/content';
import { url } from './support/builtPages';
import { expect, test } from './support/fixtures';
import { paperFormats, pdfPageCount, sheetsArrived } from './support/print';

const dictionaries = { en: [en, enPlan], de: [de, dePlan] } as const;
const prefix = { en: '', de: '/de' } as const;
const textOf = (node: ViewChild): string => (typeof node === 'string' ? node : node.children.map(textOf).join(''));
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The usual plan, and the fullest log: training every day, so seven boxes a week for balance. */
const printProfiles: Record<string, Profile> = {
  usual: defaultProfile,
  'every day': {
    ...defaultProfile,
    days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
    level: 'active',
    likes: ['walking', 'hiking'],
    week: 12,
  },
};

/** The words of each page of a PDF, read by pdftotext. */
function pdfPages(pdf: Buffer): string[] {
  const file = join(mkdtempSync(join(tmpdir(), 'plan-log-')), 'plan.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, pdfPageCount(pdf)).map(squash);
}

async function openPlan(page: Page, locale: Locale, profile: Profile = defaultProfile) {
  await page.goto(url(`${prefix[locale]}/plan/?${profileToSearch(profile)}`));
  await expect(page.locator('[data-plan-output]')).toHaveAttribute('data-rendered', 'client');
  await sheetsArrived(page);
}

for (const locale of ['en', 'de'] as const) {
  const [ui, plan] = dictionaries[locale];
  for (const [name, profile] of Object.entries(printProfiles))
    for (const format of paperFormats) {
      test(`${locale}, ${name}: the log prints on one ${format} page of its own, after the week`, async ({ page }) => {
        await openPlan(page, locale, profile);
        const pdf = await page.pdf({ format });
        const pages = pdfPages(pdf);
        const logPages = pages.flatMap((text, i) => (text.includes(squash(plan['plan.log.title'])) ? [i] : []));
        expect(logPages, 'the log is on exactly one page').toHaveLength(1);
        const [at] = logPages as [number];
        expect(at, 'the week comes first').toBeGreaterThan(0);
        expect(pages[at - 1]).toContain(squash(plan['plan.table.caption'].replace('{week}', String(profile.week))));
        // One wording of the signs to stop, and the plan's notes, on the log's page.
        for (const key of ['safety.stop.title', 'safety.stop.signs'] as const) expect(pages[at]).toContain(squash(ui[key]));
        expect(pages[at]).toContain(squash(plan['plan.notes.title']));
        expect(pages[at]).not.toContain(squash(plan['plan.table.caption'].replace('{week}', String(profile.week))));
        // Without the log, its notes and its signs the plan is one page shorter: they took a page and no more.
        await page.locator('[data-plan-log]').evaluate((log) => {
          log.nextElementSibling?.remove();
          document.querySelector('.plan-notes')?.remove();
          log.remove();
        });
        expect(pdfPageCount(await page.pdf({ format }))).toBe(pages.length - 1);
      });
    }

  test(`${locale}: the log follows the reader's answers`, async ({ page }) => {
    const exercises = loadContentExercises(locale);
    const words = planWords(locale, plan);
    const profile: Profile = {
      ...defaultProfile,
      days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
      level: 'active',
      week: 7,
    };
    await openPlan(page, locale);
    const log = page.locator('[data-plan-log]');
    await expect(log).toHaveText(squash(textOf(planLog(defaultProfile, exercises, words))), { useInnerText: false });
    await page.goto(url(`${prefix[locale]}/plan/?${profileToSearch(profile)}`));
    await expect(page.locator('[data-plan-output]')).toHaveAttribute('data-rendered', 'client');
    const expected = planLog(profile, exercises, words);
    await expect(log).toHaveText(textOf(expected));
    expect(textOf(expected)).not.toBe(textOf(planLog(defaultProfile, exercises, words)));
    // A box for each session: every training day has balance, so seven boxes a week.
    const sessions = await log.locator('tr[data-sessions]').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.sessions));
    expect(sessions).toContain('7');
    // Changing an answer in the form redraws the log.
    await page.locator('[data-plan-form] input[name="days"][value="sun"]').uncheck();
    await expect(log).toHaveText(textOf(planLog({ ...profile, days: profile.days.filter((d) => d !== 'sun') }, exercises, words)));
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const locale of ['en', 'de'] as const) {
    test(`${locale}: the usual plan's log prints on a page of its own`, async ({ page }) => {
      const [, plan] = dictionaries[locale];
      await page.goto(url(`${prefix[locale]}/plan/`));
      await expect(page.locator('[data-plan-log]')).toHaveText(textOf(planLog(defaultProfile, loadContentExercises(locale), planWords(locale, plan))));
      const pages = pdfPages(await page.pdf({ format: 'A4' }));
      expect(pages.filter((text) => text.includes(squash(plan['plan.log.title'])))).toHaveLength(1);
    });
  }
});
