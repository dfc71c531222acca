/**
 * Pagefind separates words only at the elements it treats as blocks (p, li, div, headings,
 * td ...). Text in other elements runs together: `<dt>You need</dt><dd>Chair</dd>` becomes
 * "You needChair", which no reader searches for and which reads badly in excerpts. A space
 * after the closing tag of the other block elements keeps the words apart. Only the copy
 * handed to the indexer changes, never the page.
 */
const blocksPagefindJoins = [
  'address', 'aside', 'blockquote', 'caption', 'dd', 'details', 'dl', 'dt', 'figcaption', 'figure',
  'header', 'legend', 'main', 'ol', 'summary', 'table', 'th', 'tr',
];

const closingTag = new RegExp(`</(?:${blocksPagefindJoins.join('|')})\\s*>`, 'gi');

export function spaceOutBlocks(html: string): string {
  return html.replace(closingTag, '$& ');
}
