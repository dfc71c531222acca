/**
 * Flesch reading ease for German (Amstad 1978): 180 − words per sentence − 58.5 × syllables per word.
 * 60 or more reads as "easy to fairly easy". No kept library counts German syllables, so this
 * counts vowel groups (ei, au, eu, äu, ie, aa … count once), which is what Amstad's formula expects.
 */

const vowelGroup = /[aeiouyäöü]+/g;

export function germanSyllables(word: string): number {
  return Math.max(1, word.toLowerCase().match(vowelGroup)?.length ?? 0);
}

export interface Readability {
  sentences: number;
  words: number;
  syllables: number;
  score: number;
}

export function amstadReadingEase(text: string): Readability {
  const sentences = text.split(/[.!?]+(?:\s|$)|\n\s*\n/).filter((s) => /\p{L}/u.test(s)).length;
  const words = text.match(/\p{L}[\p{L}\p{N}-]*/gu) ?? [];
  const syllables = words.reduce((sum, word) => sum + germanSyllables(word), 0);
  const score = words.length === 0 ? 0 : 180 - words.length / sentences - 58.5 * (syllables / words.length);
  return { sentences, words: words.length, syllables, score: Math.round(score * 10) / 10 };
}
