/*
 * The plan island on the built site: the form, the address, the rules in the rendered plan,
 * hostile addresses, the week buttons, the keyboard, accessibility, print, the no-script example
 * and the plan in German.
 */
import type { Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { defaultProfile, profileToSearch, type Profile } from '../src/lib/plan';
import { axeViolations } from './support/axe';
import { url } from './support/builtPages';
import { exercisesIn, localeUrl, wordsOf } from './support/content';
import { expect, test } from './support/fixtures';
import { paperFormats, pdfPageCount, sheetsArrived } from './support/print';

interface ShownItem {
  id: string;
  sets?: number;
  reps?: number;
  seconds?: number;
  minutes?: number;
  holdOn: boolean;
}
interface ShownDay {
  day: string;
  sessions: { kind: string; exercises: ShownItem[] }[];
}
interface ExerciseFacts {
  id: string;
  category: string;
  impact: string;
  equipment: string[];
}

const planUrl = (profile: Profile) => url(`/plan/?${profileToSearch(profile)}`);

/** Waits for the island's own rendering, so no test reads the server's example by mistake. */
async function openPlan(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('[data-plan-output]')).toHaveAttribute('data-rendered', 'client');
}

/** The plan as the data attributes tell it: the contract for tests and assistive tools. */
function readPlan(page: Page): Promise<ShownDay[]> {
  return page.locator('[data-plan-day]').evaluateAll((rows) =>
    rows.map((row) => {
      const number = (value: string | undefined) => (value === undefined ? undefined : Number(value));
      return {
        day: (row as HTMLElement).dataset.planDay ?? '',
        sessions: [...row.querySelectorAll<HTMLElement>('[data-session]')].map((session) => ({
          kind: session.dataset.session ?? '',
          exercises: [...session.querySelectorAll<HTMLElement>('[data-exercise]')].map(({ dataset }) => ({
            id: dataset.exercise ?? '',
            ...(dataset.sets === undefined ? {} : { sets: number(dataset.sets) }),
            ...(dataset.reps === undefined ? {} : { reps: number(dataset.reps) }),
            ...(dataset.seconds === undefined ? {} : { seconds: number(dataset.seconds) }),
            ...(dataset.minutes === undefined ? {} : { minutes: number(dataset.minutes) }),
            holdOn: dataset.holdOn === '1',
          })),
        })),
      };
    }),
  );
}

/** The exercise facts the island fetched (the address its page names), to check the rules against. */
async function exerciseFacts(page: Page): Promise<Map<string, ExerciseFacts & { title: string }>> {
  const address = await page.locator('plan-builder').getAttribute('data-exercises');
  const facts = (await (await page.request.get(address!)).json()) as (ExerciseFacts & { title: string })[];
  return new Map(facts.map((e) => [e.id, e]));
}

const week = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const ring = (a: string, b: string) => {
  const d = Math.abs(week.indexOf(a) - week.indexOf(b));
  return Math.min(d, 7 - d);
};
const daysWith = (plan: ShownDay[], ...kinds: string[]) =>
  plan.filter((d) => d.sessions.some((s) => kinds.includes(s.kind))).map((d) => d.day);
const sessionsOf = (plan: ShownDay[], kind: string) => plan.flatMap((d) => d.sessions.filter((s) => s.kind === kind));
const allEquipment = ['chair', 'wall', 'stairs', 'step-board', 'rail', 'band'] as const;

const ruleProfiles: Profile[] = [
  defaultProfile,
  { ...defaultProfile, level: 'active', equipment: allEquipment, likes: ['walking', 'hiking', 'jogging', 'tai-chi', 'dancing'], week: 12 },
  { ...defaultProfile, days: week as Profile['days'], level: 'some', falls: true, equipment: ['chair', 'wall'], likes: [], week: 8 },
  { ...defaultProfile, days: ['tue', 'thu'], spine: true, other: true, equipment: ['chair', 'rail', 'stairs'], week: 3 },
  { ...defaultProfile, days: ['mon', 'tue', 'wed'], level: 'active', other: true, equipment: allEquipment, likes: ['jogging'], week: 10 },
  { ...defaultProfile, days: ['sat'], level: 'some', equipment: ['chair', 'wall', 'step-board'], likes: ['hiking'], week: 6 },
  { ...defaultProfile, days: ['mon', 'thu', 'sat'], level: 'active', equipment: ['chair', 'wall', 'stairs', 'step-board'], likes: [], week: 7 },
  { ...defaultProfile, level: 'active', fractures: true, equipment: allEquipment, likes: ['jogging'], week: 10 },
];
/** Moderate and high impacts (jogging, jumps, hops, skipping), read from the metadata the page gave the island. */
const strongImpact = (facts: Map<string, ExerciseFacts>) =>
  [...facts.values()].filter((e) => e.impact === 'moderate' || e.impact === 'high').map((e) => e.id);

test.describe('the plan form', () => {
  test('filling the form changes the plan and the address, and the change is announced', async ({ page }) => {
    await openPlan(page, url('/plan/'));
    const before = await readPlan(page);
    expect(before.find((d) => d.day === 'tue')?.sessions.map((s) => s.kind)).toEqual(['daily']);

    await page.getByRole('checkbox', { name: 'Tuesday' }).check();
    await page.getByRole('radio', { name: /^Active/ }).check();
    await page.getByRole('checkbox', { name: 'Stairs' }).check();

    await expect(page).toHaveURL(/days=mon,tue,wed,fri&level=active&falls=0&spine=0&fractures=0&other=0&equipment=chair,wall,stairs&likes=walking&week=1$/);
    const after = await readPlan(page);
    expect(after).not.toEqual(before);
    expect(after.find((d) => d.day === 'tue')?.sessions.some((s) => s.kind !== 'daily')).toBe(true);
    await expect(page.locator('[data-plan-status]')).toHaveText(/^Plan updated for week 1: strength on \d days/);
    await expect(page.locator('[data-plan-answers]')).toContainText('Starting level: active');
  });

  test('an answer changed while the plan words are still loading is kept and used', async ({ page }) => {
    const held = Promise.withResolvers<void>();
    await page.route(/\/_astro\/en-plan\.[^/]+\.js$/, async (route) => {
      await held.promise;
      await route.continue();
    });
    await page.goto(url('/plan/'));
    await page.getByRole('checkbox', { name: 'Tuesday' }).check();
    held.resolve();
    await expect(page.locator('[data-plan-output]')).toHaveAttribute('data-rendered', 'client');
    await expect(page).toHaveURL(/days=mon,tue,wed,fri&/);
    await expect(page.getByRole('checkbox', { name: 'Tuesday' })).toBeChecked();
    expect((await readPlan(page)).find((d) => d.day === 'tue')?.sessions.some((s) => s.kind !== 'daily')).toBe(true);
  });

  test('a shared address reproduces the same plan and the same answers', async ({ page, context }) => {
    await openPlan(page, url('/plan/'));
    await page.getByRole('checkbox', { name: 'Monday' }).uncheck();
    await page.getByRole('checkbox', { name: 'Saturday' }).check();
    await page.getByRole('group', { name: /fallen in the last year/ }).getByRole('radio', { name: 'Yes' }).check();
    await page.getByRole('checkbox', { name: 'Exercise band' }).check();
    await page.getByRole('checkbox', { name: 'Hiking' }).check();
    await page.getByLabel('Week', { exact: true }).selectOption('5');
    const shared = page.url();
    expect(shared).toContain('days=wed,fri,sat&level=new&falls=1&spine=0&fractures=0&other=0&equipment=chair,wall,band&likes=walking,hiking&week=5');

    const other = await context.newPage();
    await openPlan(other, shared);
    expect(await readPlan(other)).toEqual(await readPlan(page));
    const checked = (p: Page) => p.locator('[data-plan-form] input:checked').evaluateAll((inputs) => inputs.map((i) => `${(i as HTMLInputElement).name}=${(i as HTMLInputElement).value}`));
    expect(await checked(other)).toEqual(await checked(page));
    await expect(other.getByLabel('Week', { exact: true })).toHaveValue('5');
    await expect(other.locator('[data-plan-notice]')).toHaveCount(0);
  });
});

test.describe('the question about several fractures', () => {
  const question = (page: Page) => page.getByRole('group', { name: /broken more than one bone from a minor fall or bump/ });

  test('answering yes caps impact, asks to see a professional first and goes into the address', async ({ page }) => {
    await openPlan(page, planUrl({ ...defaultProfile, level: 'active', likes: ['jogging'], week: 8 }));
    const strong = strongImpact(await exerciseFacts(page));
    const shownIds = async () => (await readPlan(page)).flatMap((d) => d.sessions.flatMap((s) => s.exercises.map((e) => e.id)));
    expect((await shownIds()).filter((id) => strong.includes(id)).length).toBeGreaterThan(0);
    await expect(question(page).getByRole('radio', { name: 'No' })).toBeChecked();

    await question(page).getByRole('radio', { name: 'Yes' }).check();
    await expect(page).toHaveURL(/&fractures=1&/);
    expect((await shownIds()).filter((id) => strong.includes(id))).toEqual([]);
    await expect(page.locator('[data-plan-warning="consult-professional"]')).toContainText(
      'you have broken more than one bone from a minor fall or bump',
    );
    await expect(page.locator('[data-plan-answers]')).toContainText('More than one bone broken from a minor fall or bump');

    const shared = page.url();
    await page.goto('about:blank');
    await openPlan(page, shared);
    await expect(question(page).getByRole('radio', { name: 'Yes' })).toBeChecked();
    expect((await shownIds()).filter((id) => strong.includes(id))).toEqual([]);
  });

  test('an address from before the question reads it as no, without a notice', async ({ page }) => {
    await openPlan(page, url('/plan/?days=mon,wed,fri&level=new&falls=1&spine=0&other=0&equipment=chair,stairs&likes=walking&week=1'));
    await expect(question(page).getByRole('radio', { name: 'No' })).toBeChecked();
    await expect(page.locator('[data-plan-notice]')).toHaveCount(0);
  });

  test('a malformed answer falls back to no and says so', async ({ page }) => {
    await openPlan(page, url('/plan/?fractures=maybe'));
    await expect(question(page).getByRole('radio', { name: 'No' })).toBeChecked();
    await expect(page.locator('[data-plan-notice]')).toContainText('“fractures”');
  });
});

test.describe('the rules hold in the rendered plan', () => {
  for (const profile of ruleProfiles) {
    test(`for ${profileToSearch(profile)}`, async ({ page }) => {
      await openPlan(page, planUrl(profile));
      const plan = await readPlan(page);
      const facts = await exerciseFacts(page);
      expect(plan.map((d) => d.day)).toEqual(week);

      const strengthDays = daysWith(plan, 'strength');
      expect(strengthDays.length).toBeGreaterThanOrEqual(2);
      const available = profile.days.length >= 2 ? profile.days : strengthDays;
      const gapPossible = available.some((a) => available.some((b) => ring(a, b) > 1));
      if (gapPossible) for (const a of strengthDays) for (const b of strengthDays) expect(ring(a, b), `${a} and ${b}`).not.toBe(1);
      const wellEquipped = profile.equipment.includes('chair') && profile.equipment.includes('wall');
      for (const session of sessionsOf(plan, 'strength')) {
        expect(session.exercises.length).toBeLessThanOrEqual(8);
        if (wellEquipped) expect(session.exercises.length).toBeGreaterThanOrEqual(6);
        for (const item of session.exercises) {
          expect(item.sets, item.id).toBeGreaterThanOrEqual(2);
          expect(item.sets, item.id).toBeLessThanOrEqual(3);
          expect(item.reps, item.id).toBeGreaterThanOrEqual(8);
          expect(item.reps, item.id).toBeLessThanOrEqual(12);
        }
      }

      expect(daysWith(plan, 'balance', 'daily').length).toBeGreaterThanOrEqual(4);
      for (const item of [...sessionsOf(plan, 'balance'), ...sessionsOf(plan, 'daily')].flatMap((s) => s.exercises)) {
        expect(item.seconds, item.id).toBeGreaterThanOrEqual(30);
        expect(item.seconds, item.id).toBeLessThanOrEqual(60);
      }
      expect(daysWith(plan, 'bone').length).toBeGreaterThanOrEqual(2);

      const shown = plan.flatMap((d) => d.sessions.flatMap((s) => s.exercises.map((e) => e.id)));
      const strong = strongImpact(facts);
      expect(strong.length).toBeGreaterThan(0);
      const protectedReader = profile.spine || profile.fractures || profile.falls || profile.other || profile.level === 'new';
      if (protectedReader || profile.week < 7) expect(shown.filter((id) => strong.includes(id))).toEqual([]);
      for (const item of plan.flatMap((d) => d.sessions.flatMap((s) => s.exercises)))
        expect(item.minutes !== undefined || item.seconds !== undefined || (item.sets !== undefined && item.reps !== undefined), item.id).toBe(true);
      for (const id of shown) {
        const needs = facts.get(id)?.equipment ?? ['unknown exercise'];
        expect(needs.filter((e) => e !== 'mat' && !(profile.equipment as readonly string[]).includes(e)), id).toEqual([]);
      }

      const consult = page.locator('[data-plan-warning="consult-professional"]');
      if (profile.spine || profile.fractures || profile.other) await expect(consult).toContainText('doctor or physiotherapist');
      else await expect(consult).toHaveCount(0);
    });
  }

  test('jumping does join the plan of an active reader with no conditions from week 7', async ({ page }) => {
    await openPlan(page, planUrl(ruleProfiles[6]!));
    const shown = (await readPlan(page)).flatMap((d) => d.sessions.flatMap((s) => s.exercises.map((e) => e.id)));
    const strong = strongImpact(await exerciseFacts(page));
    expect(shown.filter((id) => strong.includes(id)).length).toBeGreaterThan(0);
  });

  test('a new reader who has fallen and likes jogging gets brisk walking, with a minute dose and the reason', async ({ page }) => {
    await openPlan(page, url('/plan/?days=mon,wed,fri&level=new&falls=1&likes=jogging'));
    const plan = await readPlan(page);
    const strong = strongImpact(await exerciseFacts(page));
    const bone = sessionsOf(plan, 'bone').flatMap((s) => s.exercises);
    expect(bone.length).toBeGreaterThan(0);
    expect(bone.filter((item) => strong.includes(item.id))).toEqual([]);
    for (const item of bone) expect(item.minutes ?? item.sets, item.id).toBeGreaterThan(0);
    await expect(page.locator('.plan-notes')).toContainText(/Jogging is not part of this plan, because you may be more likely to fall/);
  });

  test('every exercise line and card of the plan carries its dose', async ({ page }) => {
    for (const profile of [ruleProfiles[1]!, ruleProfiles[7]!]) {
      await openPlan(page, planUrl(profile));
      const entries = await page.locator('[data-plan] [data-exercise]').evaluateAll((els) =>
        els.map(({ dataset }) => ({ id: dataset.exercise, dose: Boolean(dataset.minutes || dataset.seconds || (dataset.sets && dataset.reps)) })),
      );
      expect(entries.length).toBeGreaterThan(10);
      expect(entries.filter((e) => !e.dose)).toEqual([]);
      expect(await page.locator('[data-plan-card]:not([data-exercise])').count()).toBe(0);
    }
  });
});

test.describe('an address that cannot be trusted', () => {
  const payloads = [
    '<script>window.__injected=1</script>',
    '"><img src=x onerror=window.__injected=1>',
    "'><svg onload=window.__injected=1>",
  ];

  for (const payload of payloads) {
    test(`shows the default plan and a notice in plain text for ${payload}`, async ({ page }) => {
      const dialogs: string[] = [];
      page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      await openPlan(page, url('/plan/'));
      const defaults = await readPlan(page);

      const query = ['days', 'level', 'falls', 'spine', 'other', 'equipment', 'likes', 'week'].map((name) => `${name}=${encodeURIComponent(payload)}`);
      await openPlan(page, url(`/plan/?${query.join('&')}`));
      expect(await readPlan(page)).toEqual(defaults);

      const notice = page.locator('[data-plan-notice]');
      await expect(notice).toBeVisible();
      await expect(notice.locator('li')).toHaveCount(8);
      await expect(notice.locator('li').first()).toContainText('“days” in the web address was not recognised');
      await expect(notice.locator('li').nth(1)).toContainText('the usual choice: new to exercise');
      expect(await notice.locator('ul').evaluate((list) => list.children.length === list.childNodes.length && [...list.children].every((li) => li.children.length === 0))).toBe(true);

      // The page has no inline script, and nothing from the address became one.
      await expect(page.locator('script:not([src]), img[src="x"], [onerror], [onload]')).toHaveCount(0);
      for (const src of await page.locator('script[src]').evaluateAll((scripts) => scripts.map((s) => s.getAttribute('src'))))
        expect(src).toMatch(new RegExp(`^${url('/_astro/')}`));
      expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
      expect(dialogs).toEqual([]);
      await expect(page.getByRole('checkbox', { name: 'Monday' })).toBeChecked();
      await expect(page.getByLabel('Week', { exact: true })).toHaveValue('1');
    });
  }

  test('reads only the start of huge lists and repeated values, and says so', async ({ page }) => {
    const huge = Array.from({ length: 300 }, (_, i) => week[i % 7]).join(',');
    await openPlan(page, url(`/plan/?days=${huge}&equipment=${'band,'.repeat(300)}&week=3&week=9`));
    const notice = page.locator('[data-plan-notice]');
    await expect(notice).toContainText('The list for “days” in the web address was too long');
    await expect(notice).toContainText('The list for “equipment” in the web address was too long');
    await expect(notice).toContainText('“week” was in the web address more than once');
    await expect(page.getByLabel('Week', { exact: true })).toHaveValue('3');
    expect((await readPlan(page)).length).toBe(7);
  });

  test('drops the notice once the reader changes an answer, and writes a clean address', async ({ page }) => {
    await openPlan(page, url('/plan/?level=expert&week=77'));
    await expect(page.locator('[data-plan-notice]')).toBeVisible();
    await page.getByRole('checkbox', { name: 'Sunday' }).check();
    await expect(page.locator('[data-plan-notice]')).toHaveCount(0);
    await expect(page).toHaveURL(/\?days=mon,wed,fri,sun&level=new&falls=0&spine=0&fractures=0&other=0&equipment=chair,wall&likes=walking&week=1$/);
  });
});

test('Previous week and Next week walk the 12 weeks, and no dose ever falls', async ({ page }) => {
  const profile: Profile = { ...defaultProfile, level: 'some', equipment: allEquipment, likes: ['walking', 'hiking'] };
  await openPlan(page, planUrl(profile));
  const previous = page.getByRole('button', { name: 'Previous week' });
  const next = page.getByRole('button', { name: 'Next week' });
  await expect(previous).toHaveAttribute('aria-disabled', 'true');

  const doses = async () => {
    const map = new Map<string, ShownItem>();
    for (const day of await readPlan(page)) for (const s of day.sessions) for (const item of s.exercises) map.set(`${s.kind}:${item.id}`, item);
    return map;
  };
  let before = await doses();
  const first = before;
  for (let w = 2; w <= 12; w++) {
    await next.click();
    await expect(page).toHaveURL(new RegExp(`week=${w}$`));
    await expect(page.locator('#plan-title')).toHaveText(`Your plan for week ${w} of 12`);
    const now = await doses();
    for (const [key, item] of now) {
      const old = before.get(key);
      if (!old) continue;
      // Balance rounds shrink as each round grows longer; the seconds are the dose there.
      const fields = key.startsWith('balance') || key.startsWith('daily') ? (['seconds'] as const) : (['sets', 'reps', 'minutes'] as const);
      for (const field of fields) expect(item[field] ?? 0, `week ${w} ${key} ${field}`).toBeGreaterThanOrEqual(old[field] ?? 0);
    }
    before = now;
  }
  await expect(next).toHaveAttribute('aria-disabled', 'true');
  // Playwright will not click an aria-disabled button; a reader can still press it.
  await next.press('Enter');
  await expect(page).toHaveURL(/week=12$/);
  await expect(next).toBeFocused();
  const strength = [...before].filter(([key]) => key.startsWith('strength:'));
  expect(strength.some(([key, item]) => (item.reps ?? 0) > (first.get(key)?.reps ?? Infinity)), 'doses rose over the weeks').toBe(true);

  for (let w = 11; w >= 1; w--) await previous.click();
  await expect(page).toHaveURL(/week=1$/);
  await expect(previous).toHaveAttribute('aria-disabled', 'true');
});

test('works with the keyboard alone', async ({ page }) => {
  await openPlan(page, url('/plan/'));
  const monday = page.getByRole('checkbox', { name: 'Monday' });
  for (let i = 0; i < 40 && !(await monday.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(monday).toBeFocused();
  const focusRing = await monday.evaluate((el) => getComputedStyle(el).outlineStyle !== 'none' || getComputedStyle(el).boxShadow !== 'none');
  expect(focusRing, 'the focused control shows a focus ring').toBe(true);

  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Tuesday' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/days=mon,tue,wed,fri&/);

  const newStarter = page.getByRole('radio', { name: 'New to exercise' });
  for (let i = 0; i < 10 && !(await newStarter.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(newStarter).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /^Some activity/ })).toBeChecked();
  await expect(page).toHaveURL(/level=some&/);

  const next = page.getByRole('button', { name: 'Next week' });
  for (let i = 0; i < 40 && !(await next.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/week=2$/);
  await expect(page.locator('#plan-title')).toHaveText('Your plan for week 2 of 12');
  await expect(next).toBeFocused();
  await expect(page.locator('[data-plan-status]')).toHaveText(/^Plan updated for week 2/);
});

test('controls are at least 44 px tall and nothing scrolls sideways at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openPlan(page, url('/plan/'));
  const heights = await page.locator('[data-plan-form] label:has(input), [data-plan-form] button, [data-plan-form] select, [data-plan-print]').evaluateAll((els) =>
    els.map((el) => el.getBoundingClientRect().height),
  );
  expect(heights.length).toBeGreaterThan(25);
  for (const height of heights) expect(height).toBeGreaterThanOrEqual(44);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test('the island renders the example exactly as the server did', async ({ page, request }) => {
  const served = await (await request.get(url('/plan/'))).text();
  await openPlan(page, url('/plan/'));
  const [server, client] = await page.evaluate((html) => {
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    return [parsed.querySelector('[data-plan-output]')?.innerHTML, document.querySelector('[data-plan-output]')?.innerHTML];
  }, served);
  expect(server).toBeTruthy();
  expect(client).toBe(server);
});

test.describe('axe', () => {
  test('finds nothing with a plan shown', async ({ page }) => {
    await openPlan(page, planUrl({ ...defaultProfile, spine: true, falls: true, equipment: [] }));
    await expect(page.locator('[data-plan-warning]').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('finds nothing with a notice shown', async ({ page }) => {
    await openPlan(page, url('/plan/?level=%3Cb%3E&days=x'));
    await expect(page.locator('[data-plan-notice]')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('print', () => {
  /*
   * The usual plan, the one with the most sheets, the one with the fewest, and the fullest week
   * page: seven days, every answer yes (a warning for each), everything liked. German runs longest.
   */
  const allYes = { falls: true, spine: true, fractures: true, other: true };
  const printProfiles: Profile[] = [
    defaultProfile,
    ruleProfiles[1]!,
    { ...defaultProfile, ...allYes, days: ['mon'], equipment: [], likes: [] },
    { ...defaultProfile, ...allYes, days: week as Profile['days'], level: 'active', equipment: allEquipment, likes: ['walking', 'hiking', 'jogging', 'tai-chi', 'dancing'], week: 12 },
  ];

  for (const [locale, profile] of (['en', 'de'] as const).flatMap((locale) => printProfiles.map((profile) => [locale, profile] as const))) {
    test(`${locale}: prints the week on one page, then the log, then one sheet per exercise, for ${profileToSearch(profile)}`, async ({ page }) => {
      await openPlan(page, localeUrl(locale, `/plan/?${profileToSearch(profile)}`));
      const inPlan = new Set((await readPlan(page)).flatMap((d) => d.sessions.flatMap((s) => s.exercises.map((e) => e.id))));
      await sheetsArrived(page);
      const chosen = await page.locator('[data-sheet][data-selected]').evaluateAll((sheets) => sheets.map((s) => (s as HTMLElement).dataset.sheet));
      expect(new Set(chosen)).toEqual(inPlan);
      // The week, the notes with the 12-week log (e2e/plan-log.spec.ts) and every sheet each start a page, so 2 + sheets pages means each took exactly one.
      for (const format of paperFormats) expect(pdfPageCount(await page.pdf({ format })), format).toBe(2 + inPlan.size);
    });
  }

  test('the page carries no sheets of its own and fetches only those of the exercises in the plan', async ({ page, request }) => {
    expect(await (await request.get(url('/plan/'))).text()).not.toContain('data-sheet=');
    const fetched: string[] = [];
    page.on('request', (sent) => {
      if (/\/exercises\/[a-z0-9-]+\/$/.test(new URL(sent.url()).pathname)) fetched.push(new URL(sent.url()).pathname);
    });
    await openPlan(page, url('/plan/'));
    await sheetsArrived(page);
    const inPlan = new Set((await readPlan(page)).flatMap((d) => d.sessions.flatMap((s) => s.exercises.map((e) => url(`/exercises/${e.id}/`)))));
    expect(new Set(fetched)).toEqual(inPlan);
    expect(fetched).toHaveLength(inPlan.size);
  });

  test('the print button opens the print dialogue', async ({ page }) => {
    await openPlan(page, url('/plan/'));
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', '');
    });
    await page.getByRole('button', { name: 'Print this plan' }).click();
    await expect(page.locator('body')).toHaveAttribute('data-printed', '');
  });
});

test('the plan page ships under 20 KB of gzipped JavaScript, and content pages none of it', async ({ page, request }) => {
  /** Every script file a page loaded, imports included. */
  const scripts = async (path: string) => {
    await page.goto(path, { waitUntil: 'networkidle' });
    const files = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((name) => new URL(name).pathname.endsWith('.js')));
    return Promise.all(files.map(async (file) => (await request.get(file)).body()));
  };
  const plan = await scripts(url('/plan/'));
  expect(plan.some((body) => body.includes('plan-builder'))).toBe(true);
  const total = plan.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
  expect(total).toBeLessThan(20 * 1024);
  for (const path of ['/', `/exercises/${exercisesIn('en')[0]!.id}/`, '/training/balance/']) {
    const bodies = await scripts(url(path));
    expect(bodies.some((body) => body.includes('plan-builder')), path).toBe(false);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page explains itself and shows the example plan, without the form it cannot run', async ({ page }) => {
    await page.goto(url('/plan/'));
    await expect(page.locator('[data-plan-no-script]')).toContainText('Training days: Monday, Wednesday and Friday');
    await expect(page.locator('[data-plan-no-script]')).toContainText('Not several bones broken from minor falls');
    await expect(page.locator('[data-plan-form]')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print this plan' })).toBeHidden();
    await expect(page.locator('[data-plan-day]')).toHaveCount(7);
    await expect(page.locator('[data-plan-day="mon"] [data-session="strength"] [data-exercise]').first()).toBeVisible();
    await expect(page.locator('[data-plan-card] a').first()).toHaveAttribute('href', /\/exercises\/[a-z-]+\/$/);
    await expect(page.locator('[data-plan-output]')).not.toHaveAttribute('data-rendered', 'client');
  });
});

test.describe('the plan in German', () => {
  const germanPlan = url('/de/plan/?days=mon,wed,fri&level=new&falls=1&likes=jogging');

  test('names days, answers, doses and notes in German, and links to the German pages', async ({ page }) => {
    await openPlan(page, germanPlan);
    await expect(page.locator('[data-plan-day] > th')).toHaveText(['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag']);
    await expect(page.locator('[data-plan-answers]')).toContainText('Trainingstage: Montag, Mittwoch und Freitag');
    await expect(page.locator('.plan-notes li').first()).toHaveText(/^Dies ist ein Beispielplan/);
    await expect(page.locator('.plan-notes')).toContainText(/Joggen gehört nicht zu diesem Plan, denn Sie stürzen vielleicht leichter/);
    await expect(page.locator('[data-plan-card] .plan-dose-words').first()).toHaveText(/\d+ (Sätze|Runden|Sekunden|Minuten)/);
    const links = await page.locator('[data-plan-card] a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(new RegExp(`^${url('/de/exercises/')}[a-z0-9-]+/$`));

    await page.getByRole('checkbox', { name: 'Dienstag' }).check();
    await expect(page).toHaveURL(/\/de\/plan\/\?days=mon,tue,wed,fri&level=new&falls=1&/);
    await expect(page.locator('[data-plan-status]')).toHaveText(/^Plan für Woche 1 geändert/);
  });

  test('words a notice about the address in German, quoting only the address’s own values', async ({ page }) => {
    await openPlan(page, url('/de/plan/?level=%3Cb%3Eexpert&days=,,'));
    const notice = page.locator('[data-plan-notice]');
    await expect(notice.locator('li')).toHaveCount(2);
    await expect(notice).toContainText('Den Wert für „level“ in der Webadresse kennen wir nicht („bexpert“)');
    await expect(notice).toContainText('Montag, Mittwoch und Freitag');
    expect(await notice.locator('b').count()).toBe(0);
  });

  test('the island renders the German example exactly as the server did', async ({ page, request }) => {
    const served = await (await request.get(url('/de/plan/'))).text();
    await openPlan(page, url('/de/plan/'));
    const [server, client] = await page.evaluate((html) => {
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      return [parsed.querySelector('[data-plan-output]')?.innerHTML, document.querySelector('[data-plan-output]')?.innerHTML];
    }, served);
    expect(server).toContain('Montag');
    expect(client).toBe(server);
  });

  test('fetches the German sheets of the exercises in the plan, so the plan prints in German', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (sent) => {
      if (/\/exercises\/[a-z0-9-]+\/$/.test(new URL(sent.url()).pathname)) fetched.push(new URL(sent.url()).pathname);
    });
    await openPlan(page, url('/de/plan/'));
    await sheetsArrived(page);
    const inPlan = new Set((await readPlan(page)).flatMap((d) => d.sessions.flatMap((s) => s.exercises.map((e) => url(`/de/exercises/${e.id}/`)))));
    expect(new Set(fetched)).toEqual(inPlan);
    const facts = await exerciseFacts(page);
    const first = page.locator('[data-sheet][data-selected]').first();
    const id = await first.getAttribute('data-sheet');
    await expect(first).toContainText(facts.get(id!)?.title ?? 'no title');
  });

  test('each language loads only its own plan words and exercises, and no page carries them in its HTML', async ({ page, request }) => {
    const loaded = async (path: string) => {
      await openPlan(page, path);
      return page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((name) => /\.(js|json)$/.test(name)));
    };
    const english = await loaded(url('/plan/'));
    const german = await loaded(url('/de/plan/'));
    expect(english.filter((file) => /\/(en|de)-plan\./.test(file))).toEqual([expect.stringMatching(/\/en-plan\./)]);
    expect(german.filter((file) => /\/(en|de)-plan\./.test(file))).toEqual([expect.stringMatching(/\/de-plan\./)]);
    expect(english.filter((file) => file.endsWith('/exercises.json'))).toEqual([url('/plan/exercises.json')]);
    expect(german.filter((file) => file.endsWith('/exercises.json'))).toEqual([url('/de/plan/exercises.json')]);
    for (const path of ['/plan/', '/de/plan/']) {
      const html = await (await request.get(url(path))).text();
      expect(html).not.toContain('plan.msg.');
      expect(html, 'the exercise facts').not.toContain('minWeeksOfTraining');
    }
    expect(await (await request.get(url('/de/plan/'))).text()).not.toContain('is not part of this plan');
  });

  test('says so when the exercises cannot be loaded, and keeps the answers of the address', async ({ page }) => {
    // A network that answers with something else, as a hotel's sign-in page does.
    await page.route(`**${url('/de/plan/exercises.json')}`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Anmelden</title>' }));
    await page.goto(url('/de/plan/?level=active&week=3'));
    await expect(page.locator('[data-plan-unavailable]')).toHaveText(wordsOf('de')('planPage.unavailable'));
    await expect(page.getByRole('radio', { name: /^Aktiv/ })).toBeChecked();
    await expect(page.locator('[data-plan-output]')).not.toHaveAttribute('data-rendered', 'client');
  });
});

