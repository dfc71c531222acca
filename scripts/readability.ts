/**
 * Prints Amstad's reading ease for German words files: the summary, steps, cautions and body.
 * Usage: node scripts/readability.ts content/de/exercises/*.mdx
 */
import { readFileSync } from 'node:fs';
import { amstadReadingEase } from '../src/lib/readability/amstad.ts';
import { readableText } from '../src/lib/readability/words.ts';

for (const file of process.argv.slice(2)) {
  const { score, words, sentences } = amstadReadingEase(readableText(readFileSync(file, 'utf8')));
  console.log(`${score.toFixed(1).padStart(6)}  ${String(words).padStart(4)} words  ${String(sentences).padStart(3)} sentences  ${file}`);
}
