import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plainText, sectionItems, sheetText, smartPunctuation } from './sections';

const body = `
## Why it helps

It helps. 1. This is not a step.

## How to do it

1. Stand up.
2. Bend your knees
   a little.
3. Stand tall.

## Watch out for

- Do not round your back.
* Stop if it **hurts**. See [safety](/safety/).
`;

describe('sectionItems', () => {
  it('reads the numbered steps of one section, joining items that run over two lines', () => {
    expect(sectionItems(body, 'How to do it')).toEqual(['Stand up.', 'Bend your knees a little.', 'Stand tall.']);
  });

  it('reads bullet lists as plain text, whatever the heading’s case', () => {
    expect(sectionItems(body, 'watch out FOR')).toEqual(['Do not round your back.', 'Stop if it hurts. See safety.']);
  });

  it('returns nothing for a section that is missing or has no list', () => {
    expect(sectionItems(body, 'Common mistakes')).toEqual([]);
    expect(sectionItems(body, 'Why it helps')).toEqual([]);
  });
});

describe('plainText', () => {
  it('drops emphasis, code and link markup but keeps the words', () => {
    expect(plainText('Keep **your back** _straight_, use `a chair` and read [this](https://x.example).')).toBe(
      'Keep your back straight, use a chair and read this.',
    );
  });
});

describe('smartPunctuation', () => {
  it('curls quotes and apostrophes as the page’s Markdown does', () => {
    expect(smartPunctuation(`an arm's length, "slowly" and 'gently'`)).toBe('an arm’s length, “slowly” and ‘gently’');
    expect(smartPunctuation('("quoted")')).toBe('(“quoted”)');
  });

  it('turns two hyphens into an em dash and three dots into an ellipsis', () => {
    expect(smartPunctuation('rest -- then go on...')).toBe('rest — then go on…');
  });

  it('leaves single hyphens alone', () => {
    expect(smartPunctuation('hip-width apart')).toBe('hip-width apart');
  });
});

describe('sheetText', () => {
  it('names the file and the heading when a list is missing', () => {
    expect(() => sheetText('## How to do it\n\n1. Go.\n', 'content/exercises/x.mdx')).toThrow(
      'content/exercises/x.mdx: the printed sheet needs a list under "## Watch out for".',
    );
  });

  it('finds steps and safety notes in every real exercise', () => {
    const dir = new URL('../../../content/exercises/', import.meta.url);
    const files = readdirSync(dir).filter((name) => /^[^_].*\.mdx?$/.test(name));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const text = sheetText(readFileSync(new URL(name, dir), 'utf8'), name);
      expect(text.steps.length, name).toBeGreaterThanOrEqual(3);
      expect(text.cautions.length, name).toBeGreaterThanOrEqual(1);
    }
  });
});
