import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxIds, parseIds, parseLayout, readQuery, pageStarts, splitKnown, startingSelection, toggleId, toQuery } from './selection';

describe('parseIds', () => {
  it('trims, lower-cases, drops empties and repeats, keeps the order', () => {
    expect(parseIds(' Squats, calf-raises,,squats , ')).toEqual(['squats', 'calf-raises']);
  });

  it('reads nothing from an absent or empty value', () => {
    expect(parseIds(null)).toEqual([]);
    expect(parseIds(undefined)).toEqual([]);
    expect(parseIds('')).toEqual([]);
  });

  it('keeps text that is not an id, so that it can be reported as skipped', () => {
    expect(parseIds('squats,<img src=x onerror=alert(1)>')).toEqual(['squats', '<img src=x onerror=alert(1)>']);
  });

  it('stops at the limit', () => {
    const many = Array.from({ length: maxIds + 20 }, (_, i) => `e${i}`).join(',');
    expect(parseIds(many)).toHaveLength(maxIds);
  });
});

describe('parseLayout', () => {
  it('knows "compact" and treats everything else as one per page', () => {
    expect(parseLayout('compact')).toBe('compact');
    expect(parseLayout('single')).toBe('single');
    expect(parseLayout('COMPACT ')).toBe('single');
    expect(parseLayout(null)).toBe('single');
    expect(parseLayout(42)).toBe('single');
  });
});

describe('toggleId', () => {
  it('adds a missing id at the end and removes a present one', () => {
    expect(toggleId(['squats'], 'lunges')).toEqual(['squats', 'lunges']);
    expect(toggleId(['squats', 'lunges'], 'squats')).toEqual(['lunges']);
  });

  it('does not change the list it is given', () => {
    const ids = ['squats'];
    toggleId(ids, 'lunges');
    expect(ids).toEqual(['squats']);
  });

  it('toggling twice gives back the same list', () => {
    expect(toggleId(toggleId(['a', 'b'], 'c'), 'c')).toEqual(['a', 'b']);
  });
});

describe('splitKnown', () => {
  it('separates the site’s ids from the rest, in order', () => {
    expect(splitKnown(['x', 'squats', 'y', 'lunges'], new Set(['lunges', 'squats']))).toEqual({
      known: ['squats', 'lunges'],
      unknown: ['x', 'y'],
    });
  });
});

describe('readQuery and toQuery', () => {
  it('read the documented address', () => {
    expect(readQuery('?ids=squats,calf-raises&layout=compact')).toEqual({ ids: ['squats', 'calf-raises'], layout: 'compact' });
  });

  it('read encoded commas the same as plain ones', () => {
    expect(readQuery('?ids=squats%2Ccalf-raises')).toEqual({ ids: ['squats', 'calf-raises'] });
  });

  it('tell a missing ids parameter from an empty one', () => {
    expect(readQuery('')).toEqual({});
    expect(readQuery('?ids=')).toEqual({ ids: [] });
  });

  it('write plain commas and leave out the default layout', () => {
    expect(toQuery({ ids: ['squats', 'calf-raises'], layout: 'compact' })).toBe('?ids=squats,calf-raises&layout=compact');
    expect(toQuery({ ids: ['squats'], layout: 'single' })).toBe('?ids=squats');
    expect(toQuery({ ids: [], layout: 'single' })).toBe('');
    expect(toQuery({ ids: [], layout: 'compact' })).toBe('?layout=compact');
  });

  it('round-trip any selection of clean ids', () => {
    const selection = { ids: ['squats', 'one-leg-stand', 'jumps-and-hops'], layout: 'compact' as const };
    expect(readQuery(toQuery(selection))).toEqual(selection);
  });

  it('round-trip any list of clean ids, whatever characters they hold', () => {
    const cleanId = fc.string({ minLength: 1 }).map((id) => id.trim().toLowerCase()).filter((id) => id !== '' && !id.includes(','));
    fc.assert(
      fc.property(fc.uniqueArray(cleanId, { maxLength: 30 }), fc.constantFrom('single', 'compact'), (ids, layout) => {
        const query = readQuery(toQuery({ ids, layout }));
        expect(query.ids ?? []).toEqual(ids);
        expect(query.layout ?? 'single').toBe(layout);
      }),
    );
  });

  it('encode characters that would break the address', () => {
    const query = toQuery({ ids: ['a&layout=compact', 'b#c'], layout: 'single' });
    expect(query).toBe('?ids=a%26layout%3Dcompact,b%23c');
    expect(readQuery(query)).toEqual({ ids: ['a&layout=compact', 'b#c'] });
  });
});

describe('startingSelection', () => {
  const stored = { ids: ['lunges'], layout: 'compact' as const };

  it('takes an address with ids as the whole choice, one per page unless it says compact', () => {
    expect(startingSelection({ ids: ['squats'] }, stored)).toEqual({ ids: ['squats'], layout: 'single' });
    expect(startingSelection({ ids: ['squats'], layout: 'compact' }, stored)).toEqual({ ids: ['squats'], layout: 'compact' });
    expect(startingSelection({ ids: [] }, stored)).toEqual({ ids: [], layout: 'single' });
  });

  it('falls back to what is stored when the address has no ids', () => {
    expect(startingSelection({}, stored)).toEqual(stored);
    expect(startingSelection({ layout: 'single' }, stored)).toEqual({ ids: ['lunges'], layout: 'single' });
  });

  it('gives back what toQuery wrote, whatever is stored', () => {
    const shared = { ids: ['squats', 'lunges'], layout: 'single' as const };
    expect(startingSelection(readQuery(toQuery(shared)), stored)).toEqual(shared);
  });
});

describe('pageStarts', () => {
  const regular = (n: number) => Array.from({ length: n }, () => false);
  it('gives every sheet its own page, or pairs them in the compact layout', () => {
    expect(pageStarts(regular(4), 'single')).toEqual([true, true, true, true]);
    expect(pageStarts(regular(5), 'compact')).toEqual([true, false, true, false, true]);
  });
  it('gives a dense sheet a page of its own in the compact layout, and pairs the regular ones around it', () => {
    expect(pageStarts([false, true, false, false], 'compact')).toEqual([true, true, true, false]);
    expect(pageStarts([true, true], 'compact')).toEqual([true, true]);
    expect(pageStarts([false, false, true, false], 'compact')).toEqual([true, false, true, true]);
  });
});
