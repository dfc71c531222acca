/**
 * Pagefind's excerpt is HTML: our own indexed text, entity-encoded, with `<mark>` around the
 * matches. Rather than trusting it as markup, it is parsed in an inert document and only its
 * text and `<mark>` elements are rebuilt, so nothing else can ever reach the page.
 */
export function appendExcerpt(target: HTMLElement, excerptHtml: string): void {
  const parsed = new DOMParser().parseFromString(excerptHtml, 'text/html');
  for (const node of parsed.body.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      target.append(mark);
    } else {
      target.append(node.textContent ?? '');
    }
  }
}
