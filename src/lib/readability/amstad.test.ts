import { describe, expect, it } from 'vitest';
import { amstadReadingEase, germanSyllables } from './amstad';

describe('germanSyllables', () => {
  it('counts each vowel group once, diphthongs included', () => {
    expect(germanSyllables('Stuhl')).toBe(1);
    expect(germanSyllables('Übung')).toBe(2);
    expect(germanSyllables('Gleichgewicht')).toBe(3);
    expect(germanSyllables('Wirbelkörperbruch')).toBe(5);
  });
});

describe('amstadReadingEase', () => {
  it('scores short sentences of short words higher than long ones', () => {
    const easy = amstadReadingEase('Stehen Sie auf. Setzen Sie sich hin. Das hilft den Beinen.');
    const hard = amstadReadingEase(
      'Die Durchführung kontinuierlicher Kräftigungsübungen verbessert nachweislich die muskuläre Leistungsfähigkeit älterer Personen erheblich.',
    );
    expect(easy.sentences).toBe(3);
    expect(easy.score).toBeGreaterThan(80);
    expect(hard.score).toBeLessThan(20);
  });
});
