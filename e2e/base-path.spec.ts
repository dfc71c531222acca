/*
 * The main flows of a sub-path deploy (the `base` project: dist-base/ served under /osteomove/).
 * Every address a page holds must carry the base, or it breaks on a project page.
 */
import { htmlReferences } from '../scripts/links/extract.ts';
import { resolveReference } from '../scripts/links/resolve.ts';
import { siteOf, siteUrl, type BuiltSite } from './support/builtPages';
import { exercisesIn, localeUrl, locales, templateSample } from './support/content';
import { expect, test } from './support/fixtures';

let site: BuiltSite;
test.beforeEach(({}, testInfo) => {
  site = siteOf(testInfo);
  expect(site.basePath, 'this spec tests a sub-path build').not.toBe('/');
});

test('home → library → exercise, with styles and the pictures loaded', async ({ page }) => {
  await page.goto(siteUrl(site, '/'));
  expect(await page.evaluate(() => getComputedStyle(document.body).display), 'the stylesheet applies').toBe('flex');
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Exercises' }).click();
  await expect(page).toHaveURL(siteUrl(site, '/exercises/'));
  const picture = page.locator('[data-exercise-card] img').first();
  await expect(picture).toHaveAttribute('src', new RegExp(`^${site.basePath}figures/[a-z-]+\\.svg$`));
  await picture.scrollIntoViewIfNeeded();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await page.locator('[data-exercise-card] h3 a').first().click();
  await expect(page).toHaveURL(new RegExp(`${siteUrl(site, '/exercises/')}[a-z-]+/$`));
  await expect(page.locator('[data-exercise-page] svg[data-keyframe="1"]')).toBeVisible();
});

test('a category page links its exercises under the base', async ({ page }) => {
  await page.goto(siteUrl(site, '/training/balance/'));
  await expect(page.locator('[data-recommendation="balance"]')).toBeVisible();
  const links = await page.locator('main a[href*="/exercises/"]').evaluateAll((els) => els.map((el) => el.getAttribute('href')!));
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) expect(link).toMatch(new RegExp(`^${siteUrl(site, '/exercises/')}`));
});

// Of each folder of alike pages, the first and the largest: their addresses come from one template.
test('every address on every page template is served under the base', async ({ page, baseURL }) => {
  const siteRoot = new URL(site.basePath, baseURL);
  const checked = new Map<string, number>();
  for (const path of templateSample(site)) {
    const from = new URL(path, siteRoot);
    const html = await (await page.request.get(from.href)).text();
    for (const { url: address, origin } of htmlReferences(html)) {
      // Canonical and Open Graph addresses name the public site (SITE_URL), not this preview server.
      if (origin === 'meta content' || /^https?:/.test(address)) continue;
      const target = resolveReference(address, from, siteRoot);
      expect(target.kind, `${path}: ${origin} ${address}`).not.toBe('outside-base');
      const resource = new URL(address, from);
      resource.hash = '';
      if (target.kind === 'file' && !checked.has(resource.href)) checked.set(resource.href, (await page.request.get(resource.href)).status());
    }
  }
  expect(checked.size).toBeGreaterThan(20);
  expect([...checked].filter(([, status]) => status !== 200)).toEqual([]);
});

for (const locale of locales) {
  test(`${locale}: search from the header finds an exercise and links to it under the base`, async ({ page }) => {
    const [exercise] = exercisesIn(locale);
    await page.goto(localeUrl(locale, '/', site));
    const search = page.getByRole('search').getByRole('searchbox');
    await search.fill(exercise!.title);
    await search.press('Enter');
    await expect(page).toHaveURL(localeUrl(locale, `/search/?${new URLSearchParams({ q: exercise!.title })}`, site));
    const hit = page.locator(`main a[href^="${localeUrl(locale, `/exercises/${exercise!.id}/`, site)}"]`).first();
    await expect(hit).toBeVisible();
    await hit.click();
    await expect(page.locator('h1')).toHaveText(exercise!.title);
  });
}

test('the plan page runs its island and links its exercises under the base', async ({ page }) => {
  await page.goto(siteUrl(site, '/plan/'));
  const form = page.locator('[data-plan-form]');
  await expect(form, 'the island shows its form once its script runs').toBeVisible();
  await form.locator('input[type="checkbox"]').first().click();
  await expect(page).toHaveURL(new RegExp(`^[^?]+${siteUrl(site, '/plan/')}\\?.+`));
  await expect(page.locator(`[data-plan-output] a[href^="${siteUrl(site, '/exercises/')}"]`).first()).toBeVisible();
});
