import { describe, expect, it } from 'vitest';
import { locales } from '../../i18n/locales';
import { alternatesOf } from './alternates';

describe('alternatesOf', () => {
  it('gives every language the same page, the default language without a prefix', () => {
    const { current, alternates, fallback } = alternatesOf('/de/exercises/squats/', '/');
    expect(current).toBe('de');
    expect(alternates.map((a) => a.locale)).toEqual([...locales]);
    expect(alternates.find((a) => a.locale === 'en')?.path).toBe('/exercises/squats/');
    expect(alternates.find((a) => a.locale === 'de')?.path).toBe('/de/exercises/squats/');
    expect(fallback).toBe('/exercises/squats/');
  });

  it('keeps the base of a sub-path deploy, for the home page too', () => {
    const { current, alternates } = alternatesOf('/osteomove/', '/osteomove/');
    expect(current).toBe('en');
    expect(alternates.map((a) => a.path)).toEqual(['/osteomove/', '/osteomove/de/']);
    expect(alternatesOf('/osteomove/de/', '/osteomove/').current).toBe('de');
  });
});
