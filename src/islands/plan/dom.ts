import type { ViewElement } from './view';

/** Builds DOM nodes from a view tree; strings become text nodes, so nothing is parsed as HTML. */
export function toDom(node: ViewElement): HTMLElement {
  const element = document.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs)) element.setAttribute(name, value);
  element.append(...node.children.map((child) => (typeof child === 'string' ? child : toDom(child))));
  return element;
}
