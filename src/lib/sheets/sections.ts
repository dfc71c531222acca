/**
 * The printed sheet shows an exercise's steps and safety notes without the rest of its
 * body, so it reads them from the MDX source: the list under "## How to do it" and the
 * list under "## Watch out for" (the headings every exercise has, see README).
 */

export const stepsHeading = 'How to do it';
export const cautionsHeading = 'Watch out for';

export interface SheetText {
  /** The numbered steps, in order. */
  steps: string[];
  /** The safety notes. */
  cautions: string[];
}

const listItem = /^\s{0,3}(?:[-*+]|\d+[.)])\s+(.*)$/;

/**
 * The typographer's punctuation the site's Markdown gets (Astro's smartypants defaults), so
 * the sheet reads exactly like the page: curly quotes and apostrophes, em dashes, ellipses.
 */
export function smartPunctuation(text: string): string {
  return text
    .replace(/\.\.\./g, '…')
    .replace(/--/g, '—')
    .replace(/(^|[\s([{—-])"/g, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|[\s([{—-])'/g, '$1‘')
    .replace(/'/g, '’');
}

/** Inline Markdown to plain words: the sheet prints text, not markup. */
export function plainText(markdown: string): string {
  const text = markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(\*|_)(.+?)\1/g, '$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return smartPunctuation(text);
}

/** The list items of the section under `## heading` (any case); an item may run over several lines. */
export function sectionItems(body: string, heading: string): string[] {
  const lines = body.split(/\r?\n/);
  const start = lines.findIndex((line) => /^##\s/.test(line) && line.replace(/^##\s+/, '').trim().toLowerCase() === heading.toLowerCase());
  if (start === -1) return [];
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,2}\s/.test(line)) break;
    const item = listItem.exec(line);
    if (item) items.push(item[1]!);
    else if (line.trim() !== '' && /^\s/.test(line) && items.length > 0) items[items.length - 1] += ` ${line.trim()}`;
  }
  return items.map(plainText).filter((item) => item !== '');
}

/** Steps and safety notes of one exercise; `file` names the entry in the error when either is missing. */
export function sheetText(body: string, file: string): SheetText {
  const steps = sectionItems(body, stepsHeading);
  const cautions = sectionItems(body, cautionsHeading);
  for (const [heading, items] of [[stepsHeading, steps], [cautionsHeading, cautions]] as const) {
    if (items.length === 0) throw new Error(`${file}: the printed sheet needs a list under "## ${heading}".`);
  }
  return { steps, cautions };
}
