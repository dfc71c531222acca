import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { builtFile, builtPages, url } from './support/builtPages';
import { expect, test } from './support/fixtures';

/** The first built exercise page that shows a posed figure, so no test names an id content may change. */
const figurePage = builtPages()
  .filter((path) => new RegExp(`^${url('/exercises/')}[a-z0-9-]+/$`).test(path))
  .find((path) => readFileSync(builtFile(path), 'utf8').includes('<figure-player'));

const player = (page: Page) => page.locator('[data-exercise-page] figure-player');
const playButton = (page: Page) => player(page).getByRole('button');
/** Every animation of the page: its play state and its keyframes (easing, and the transform or opacity it sets). */
const animations = (page: Page) =>
  page.evaluate(() =>
    document.getAnimations().map((animation) => ({
      state: animation.playState,
      frames: (animation.effect as KeyframeEffect).getKeyframes().map((frame) => ({ easing: frame.easing, value: String(frame.transform ?? frame.opacity) })),
    })),
  );
/** Easings of the stretches where a value changes from one keyframe to the next: where the drawing moves. */
const movingEasings = (list: Awaited<ReturnType<typeof animations>>) =>
  list.flatMap(({ frames }) => frames.slice(0, -1).flatMap((frame, i) => (frame.value !== frames[i + 1]!.value ? [frame.easing] : [])));

test.beforeAll(() => {
  expect(figurePage, 'an exercise page with a figure').toBeDefined();
});

test('nothing moves on load; the button plays the movement and pauses it', async ({ page }) => {
  await page.goto(figurePage!);
  await page.waitForTimeout(500);
  expect(await animations(page)).toEqual([]);

  await expect(playButton(page)).toHaveText('Play the movement');
  await playButton(page).click();
  await expect(playButton(page)).toHaveText('Pause');
  const playing = await animations(page);
  expect(playing.length).toBeGreaterThan(0);
  expect(playing.every(({ state }) => state === 'running')).toBe(true);
  expect(movingEasings(playing), 'in-between movement').toContain('ease-in-out');

  await playButton(page).click();
  await expect(playButton(page)).toHaveText('Play the movement');
  expect((await animations(page)).every(({ state }) => state === 'paused')).toBe(true);
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('playing steps from keyframe to keyframe without in-between movement', async ({ page }) => {
    await page.goto(figurePage!);
    await playButton(page).click();
    await expect(playButton(page)).toHaveText('Pause');
    const playing = await animations(page);
    expect(playing.length).toBeGreaterThan(0);
    const easings = movingEasings(playing);
    expect(easings.length, 'it still changes from keyframe to keyframe').toBeGreaterThan(0);
    for (const easing of easings) expect(easing).toMatch(/^steps\(1(, ?end)?\)$/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the keyframes stand as pictures and the play button is hidden', async ({ page }) => {
    await page.goto(figurePage!);
    const drawings = player(page).locator('svg[data-keyframe]');
    expect(await drawings.count()).toBeGreaterThanOrEqual(2);
    for (const drawing of await drawings.all()) await expect(drawing).toBeVisible();
    await expect(player(page).locator('button')).toBeHidden();
  });
});
