import { describe, expect, it } from 'vitest';
import { formatDate, formatList, t } from './index';

describe('t', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('level.of', { level: 2, count: 6 })).toBe('Level 2 of 6');
    expect(t('level.of', { level: 2 })).toBe('Level 2 of {count}');
  });
});

describe('formatDate', () => {
  it('writes dates the way readers do, whatever the machine time zone', () => {
    expect(formatDate(new Date('2026-11-26'))).toBe('26 November 2026');
  });
});

describe('formatList', () => {
  it('joins names the way British readers write a list', () => {
    expect(formatList(['IQWiG'])).toBe('IQWiG');
    expect(formatList(['IQWiG', 'WHO'])).toBe('IQWiG and WHO');
    expect(formatList(['IQWiG', 'UK consensus', 'WHO'])).toBe('IQWiG, UK consensus and WHO');
  });
});
