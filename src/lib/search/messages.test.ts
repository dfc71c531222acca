import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { fill, resultMessage, type SearchMessages } from './messages';

const messages: SearchMessages = {
  types: { exercise: 'Exercise', course: 'Course', activity: 'Sports and activities', guidance: 'Guidance' },
  countOne: en['search.count.one'],
  countOther: en['search.count.other'],
  filtersOnly: en['search.count.filtersOnly'],
  none: en['search.none'],
  loading: en['search.loading'],
  failed: en['search.failed'],
};

describe('resultMessage', () => {
  it('counts results for the words in quotes', () => {
    expect(resultMessage(messages, 1, 'golf')).toBe('1 result for “golf”');
    expect(resultMessage(messages, 12, 'chair')).toBe('12 results for “chair”');
  });
  it('names the filters when there are no words', () => {
    expect(resultMessage(messages, 24, '')).toBe('24 results for the filters you chose');
  });
  it('says what to do when nothing matches', () => {
    expect(resultMessage(messages, 0, 'xyz')).toMatch(/^Nothing matches “xyz”\. Try/);
  });
  it('keeps markup in the words as plain text', () => {
    expect(resultMessage(messages, 2, '<b>x</b>')).toBe('2 results for “<b>x</b>”');
  });
});

describe('fill', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
