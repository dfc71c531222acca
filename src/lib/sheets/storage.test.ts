import { describe, expect, it } from 'vitest';
import { emptySelection } from './selection';
import { deserialise, readStored, serialise, storageKey, writeStored, type SelectionStorage } from './storage';

function memoryStorage(): SelectionStorage & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return { values, getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

const refusing: SelectionStorage = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('serialise and deserialise', () => {
  it('round-trip a selection', () => {
    const selection = { ids: ['squats', 'lunges'], layout: 'compact' as const };
    expect(deserialise(serialise(selection))).toEqual(selection);
  });

  it('treat missing, broken or strange values as nothing chosen', () => {
    for (const text of [null, '', '{', 'null', '42', '"squats"', '[]']) expect(deserialise(text)).toEqual(emptySelection);
  });

  it('keep only non-empty strings, once each, and a known layout', () => {
    expect(deserialise('{"ids":["squats",3,"",null,"squats","lunges"],"layout":"huge"}')).toEqual({
      ids: ['squats', 'lunges'],
      layout: 'single',
    });
  });
});

describe('readStored and writeStored', () => {
  it('store under the shared key and read it back', () => {
    const storage = memoryStorage();
    expect(writeStored(storage, { ids: ['squats'], layout: 'single' })).toBe(true);
    expect(storage.values.has(storageKey)).toBe(true);
    expect(readStored(storage)).toEqual({ ids: ['squats'], layout: 'single' });
  });

  it('survive a browser that refuses storage or has none', () => {
    expect(readStored(refusing)).toEqual(emptySelection);
    expect(writeStored(refusing, { ids: ['squats'], layout: 'single' })).toBe(false);
    expect(readStored(undefined)).toEqual(emptySelection);
    expect(writeStored(undefined, emptySelection)).toBe(false);
  });
});
