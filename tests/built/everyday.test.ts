/** The everyday movements page as built: reachable from the pages that promise it, and complete. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { url } from '../../e2e/support/builtPages';
import { type Figure, figureSchema } from '../../src/schemas/figure';
import { page, textOf } from './support/site';

const everyday = url('/everyday/');
/** Text a reader hears: marks hidden from screen readers (the ✕ and ✓) left out, as no meaning may rest on them. */
const wordsOf = (element: HTMLElement | undefined) => {
  const copy = element?.clone() as HTMLElement | undefined;
  copy?.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return textOf(copy);
};
const contentDir = join(import.meta.dirname, '../../content/everyday');
const tasks = readdirSync(contentDir)
  .filter((name) => /^[^_].*\.mdx?$/.test(name))
  .map((name) => ({ id: name.replace(/\.mdx?$/, ''), text: readFileSync(join(contentDir, name), 'utf8') }));
/** Each pair's figure as the content gives it, undefined for a pair without one. */
const figuresOf = (text: string): (Figure | undefined)[] => {
  const { pairs } = parseYaml(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)![1]!) as { pairs: { figure?: unknown }[] };
  return pairs.map(({ figure }) => (figure === undefined ? undefined : figureSchema.parse(figure)));
};

describe('links to /everyday/', () => {
  for (const path of ['/', '/spine/', '/safety/']) {
    it(`${path} links to it from its main content, with words that say where it goes`, () => {
      const links = page(url(path)).querySelectorAll(`main a[href="${everyday}"]`);
      expect(links.length, `${path} has a link to ${everyday}`).toBeGreaterThan(0);
      for (const link of links) expect(textOf(link)).toMatch(/everyday movements/i);
    });
  }
});

describe('the page /everyday/', () => {
  const root = page(everyday);

  it('has content to show', () => expect(tasks.length).toBeGreaterThan(0));

  it('has pairs with figures to check', () => expect(tasks.flatMap(({ text }) => figuresOf(text).filter(Boolean)).length).toBeGreaterThan(0));

  for (const { id, text } of tasks) {
    describe(`content/everyday/${id}`, () => {
      const section = root.querySelector(`section[data-everyday="${id}"]`);

      it('has its own section, with a heading to link to', () => {
        expect(section).not.toBeNull();
        expect(section!.querySelector(`h2[id="${id}"]`)).not.toBeNull();
        expect(section!.getAttribute('aria-labelledby')).toBe(id);
      });

      it('shows every pair, each with "Instead of" and "Do this" in words', () => {
        const pairs = section!.querySelectorAll('[data-pair]');
        expect(pairs).toHaveLength((text.match(/^ {2}- instead: /gm) ?? []).length);
        for (const pair of pairs) {
          for (const [half, label] of [['[data-instead]', 'Instead of'], ['[data-do]', 'Do this']] as const) {
            const [labelText, words] = pair.querySelectorAll(`${half} > p`);
            expect(wordsOf(labelText), `the label of ${half}`).toBe(label);
            expect(textOf(words).length, `the words of ${half}`).toBeGreaterThan(4);
          }
        }
      });

      it('draws the two poses of each pair that has a figure, the way to avoid under "Instead of", the spine-sparing way under "Do this"', () => {
        const pairs = section!.querySelectorAll('[data-pair]');
        figuresOf(text).forEach((figure, i) => {
          const pair = pairs[i]!;
          if (!figure) {
            expect(pair.querySelectorAll('svg'), `pair ${i + 1} has no figure`).toHaveLength(0);
            return;
          }
          expect(pair.querySelectorAll('svg'), `pair ${i + 1}`).toHaveLength(2);
          // Two poses, not a movement: each drawing is named by its own label.
          const names = figure.keyframes.map((keyframe) => keyframe.label);
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
        if (/^principleOnly: /m.test(text)) expect(textOf(note)).toMatch(/^No source says how to do this\./);
        else expect(note).toBeNull();
      });
    });
  }

  it('orders the sections as their `order` says', () => {
    const orderOf = (id: string) => Number(/^order: (\d+)$/m.exec(tasks.find((task) => task.id === id)!.text)?.[1]);
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
