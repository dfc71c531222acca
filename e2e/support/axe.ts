import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * WCAG 2.2 A and AA, plus the 24 px target-size rule (axe leaves it off by default).
 * Legacy mode runs axe in the page itself instead of finishing each run in a new blank page,
 * which makes a check about 2.5 times quicker here with the same results. What it gives up is
 * checking cross-origin frames, and the site has no frames at all: `axeViolations` insists.
 */
function axe(page: Page) {
  return new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .options({ rules: { 'target-size': { enabled: true } } })
    .setLegacyMode(true);
}

/** Violations as short lines, so a failure says what is wrong and where. */
export async function axeViolations(page: Page): Promise<string[]> {
  expect(page.frames(), 'the page has no frames for axe to miss').toHaveLength(1);
  const results = await axe(page).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? ''}`));
}
