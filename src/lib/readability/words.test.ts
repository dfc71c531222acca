import { describe, expect, it } from 'vitest';
import { readableText } from './words';

const file = `---
title: Kniebeugen
summary: Beugen Sie die Knie
aliases: [Kniebeuge, Squats]
keyframes: [Stehen, Beugen]
steps:
  - Stellen Sie sich hin.
  - Beugen Sie die Knie
cautions:
  - Machen Sie keinen runden Rücken!
dailyLife: Beugen Sie die Knie, wenn Sie sich bücken.
---

## Warum es hilft

Das **kräftigt** die [Beine](/training/strength/).

<PainNote />
`;

describe('readableText', () => {
  const text = readableText(file);

  it('reads the summary, steps, cautions and daily-life tip, each as a sentence of its own', () => {
    expect(text).toContain('Beugen Sie die Knie.\n\nStellen Sie sich hin.\n\nBeugen Sie die Knie.\n\nMachen Sie keinen runden Rücken!');
    expect(text).toContain('Beugen Sie die Knie, wenn Sie sich bücken.');
  });

  it('leaves out what is not read as prose: title, aliases, keyframe labels, headings, components and markup', () => {
    for (const unread of ['Kniebeugen', 'Squats', 'Stehen', 'Warum es hilft', 'PainNote', '**', '/training/']) expect(text).not.toContain(unread);
    expect(text).toContain('Das kräftigt die Beine.');
  });

  it('reads a file without frontmatter as its body', () => {
    expect(readableText('Stehen Sie auf.')).toBe('Stehen Sie auf.');
  });
});
