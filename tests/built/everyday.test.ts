/** The everyday movements page as built in every language: reachable from the pages that promise it, and complete. */
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { type Locale, locales } from '../../src/i18n/locales';
import { readContent } from '../../src/lib/content/files';
import { type Figure, figureSchema } from '../../src/schemas/figure';
import { page, pathIn, textOf } from './support/site';

/** Text a reader hears: marks hidden from screen readers (the ✕ and ✓) left out, as no meaning may rest on them. */
const wordsOf = (element: HTMLElement | undefined) => {
  const copy = element?.clone() as HTMLElement | undefined;
  copy?.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return textOf(copy);
};
interface PairWords {
  instead: string;
  do: string;
  keyframes?: string[];
}
/** The words a link to /everyday/ uses in each language to say where it goes. */
const everydayLinkWords: Record<Locale, RegExp> = { en: /everyday movements/i, de: /Alltag/ };

describe.each(locales)('in %s', (locale) => {
  const { t } = useTranslations(locale);
  const everyday = pathIn(locale, '/everyday/');
  const tasks = readContent('everyday', locale).map(({ id, facts, words }) => ({
    id,
    order: facts.order as number,
    /** Each pair's figure as the facts give it, undefined for a pair without one. */
    figures: (facts.pairs as { figure?: unknown }[]).map(({ figure }) => (figure === undefined ? undefined : (figureSchema.parse(figure) as Figure))),
    pairs: words.pairs as PairWords[],
    principleOnly: words.principleOnly as string | undefined,
  }));

  describe('links to /everyday/', () => {
    for (const path of ['/', '/spine/', '/safety/']) {
      it(`${path} links to it from its main content, with words that say where it goes`, () => {
        const links = page(pathIn(locale, path)).querySelectorAll(`main a[href="${everyday}"]`);
        expect(links.length, `${path} has a link to ${everyday}`).toBeGreaterThan(0);
        for (const link of links) expect(textOf(link)).toMatch(everydayLinkWords[locale]);
      });
    }
  });

  describe('the page /everyday/', () => {
    const root = page(everyday);

    it('has content to show', () => expect(tasks.length).toBeGreaterThan(0));

    it('has pairs with figures to check', () => expect(tasks.flatMap(({ figures }) => figures.filter(Boolean)).length).toBeGreaterThan(0));

    for (const { id, figures, pairs: words, principleOnly } of tasks) {
      describe(`everyday/${id}`, () => {
        const section = root.querySelector(`section[data-everyday="${id}"]`);

        it('has its own section, with a heading to link to', () => {
          expect(section).not.toBeNull();
          expect(section!.querySelector(`h2[id="${id}"]`)).not.toBeNull();
          expect(section!.getAttribute('aria-labelledby')).toBe(id);
        });

        it('shows every pair, each with "Instead of" and "Do this" in words', () => {
          const pairs = section!.querySelectorAll('[data-pair]');
          expect(pairs).toHaveLength(words.length);
          pairs.forEach((pair, i) => {
            const halves = [['[data-instead]', t('everyday.instead'), words[i]!.instead], ['[data-do]', t('everyday.do'), words[i]!.do]] as const;
            for (const [half, label, said] of halves) {
              const [labelText, text] = pair.querySelectorAll(`${half} > p`);
              expect(wordsOf(labelText), `the label of ${half}`).toBe(label);
              expect(textOf(text), `the words of ${half}`).toBe(said);
            }
          });
        });

        it('draws the two poses of each pair that has a figure, the way to avoid under "Instead of", the spine-sparing way under "Do this", each named by its label', () => {
          const pairs = section!.querySelectorAll('[data-pair]');
          figures.forEach((figure, i) => {
            const pair = pairs[i]!;
            if (!figure) {
              expect(pair.querySelectorAll('svg'), `pair ${i + 1} has no figure`).toHaveLength(0);
              return;
            }
            expect(pair.querySelectorAll('svg'), `pair ${i + 1}`).toHaveLength(2);
            // Two poses, not a movement: each drawing is named by its own label.
            const names = words[i]!.keyframes!;
            (['[data-instead]', '[data-do]'] as const).forEach((half, k) => {
              const [drawing, ...more] = pair.querySelectorAll(`${half} svg`);
              expect(more, `pair ${i + 1}, ${half}`).toHaveLength(0);
              expect(drawing?.getAttribute('data-keyframe'), `pair ${i + 1}, ${half}`).toBe(String(k + 1));
              expect(drawing?.getAttribute('role')).toBe('img');
              expect(drawing?.getAttribute('aria-label')).toBe(names[k]);
              expect(names[k]).toMatch(/^\S.{5,}/);
            });
          });
        });

        it('says so plainly when no source gives a method', () => {
          const note = section!.querySelector('[data-principle-only]');
          if (principleOnly) expect(textOf(note)).toBe(`${t('everyday.principleOnly')} ${principleOnly}`);
          else expect(note).toBeNull();
        });
      });
    }

    it('orders the sections as their `order` says', () => {
      const orderOf = (id: string) => tasks.find((task) => task.id === id)!.order;
      const shown = root.querySelectorAll('section[data-everyday]').map((section) => section.getAttribute('data-everyday')!);
      expect(shown).toHaveLength(tasks.length);
      expect(shown.map(orderOf)).toEqual(shown.map(orderOf).toSorted((a, b) => a - b));
    });

    it('lists its tasks at the top, each linking to its section', () => {
      const targets = root.querySelectorAll('main nav a').map((a) => a.getAttribute('href'));
      expect(targets).toEqual(root.querySelectorAll('section[data-everyday]').map((section) => `#${section.getAttribute('data-everyday')}`));
    });

    it('is indexed for search as guidance, each task a result of its own', () => {
      expect(root.querySelector('main[data-pagefind-body]')).not.toBeNull();
      expect(root.querySelector('[data-pagefind-filter="type:guidance"]')).not.toBeNull();
      expect(root.querySelector('[data-pagefind-meta="entries:yes"]')).not.toBeNull();
    });

    it('gives its address on paper', () => {
      const canonical = root.querySelector('link[rel="canonical"]')!.getAttribute('href');
      expect(textOf(root.querySelector('.print-only [data-sheet-address]'))).toBe(canonical);
    });
  });
});
