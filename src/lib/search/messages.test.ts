import { describe, expect, it } from 'vitest';
import { de } from '../../i18n/de';
import { en } from '../../i18n/en';
import { resultMessage, type SearchMessages } from './messages';

const messages: SearchMessages = {
  lang: 'en',
  types: { exercise: 'Exercise', course: 'Course', activity: 'Sports and activities', guidance: 'Guidance' },
  count: { one: en['search.count.one'], other: en['search.count.other'] },
  quoted: en['search.quoted'],
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

describe('resultMessage in German', () => {
  const german: SearchMessages = {
    ...messages,
    lang: 'de',
    count: { one: de['search.count.one'], other: de['search.count.other'] },
    quoted: de['search.quoted'],
    filtersOnly: de['search.count.filtersOnly'],
  };
  it("chooses the plural form by the language's rules and quotes the German way", () => {
    expect(resultMessage(german, 1, 'Kniebeuge')).toBe('1 Treffer für „Kniebeuge“');
    expect(resultMessage(german, 3, '')).toBe('3 Treffer für die gewählten Filter');
  });
});
