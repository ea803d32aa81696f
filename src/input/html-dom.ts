import type { DefaultTreeAdapterTypes as P } from 'parse5';
import type { NamedElement } from './furniture.js';

export function isElement(node: P.Node): node is P.Element {
  return 'tagName' in node;
}

export function isText(node: P.Node): node is P.TextNode {
  return node.nodeName === '#text';
}

/** Elements that never hold article prose: nothing of theirs is read as text, nor given to Readability. */
const LEFT_OUT = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'frame', 'frameset', 'object', 'embed', 'canvas',
  'video', 'audio', 'map', 'button', 'input', 'select', 'textarea', 'link', 'meta', 'base', 'nav',
]);

export function isLeftOut(el: P.Element): boolean {
  return LEFT_OUT.has(el.tagName);
}

/** Elements a browser lays out as blocks: each starts a paragraph of the text. */
export const BLOCKS = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);

/** A parse5 element as the furniture rules read one. */
export function named(el: P.Element): NamedElement {
  return new ParsedElement(el);
}

class ParsedElement implements NamedElement {
  constructor(private readonly el: P.Element) {}

  get localName(): string {
    return this.el.tagName;
  }

  getAttribute(name: string): string | null {
    return attr(this.el, name);
  }
}

export function attr(el: P.Element, name: string): string | null {
  for (const a of el.attrs) if (a.name === name) return a.value;
  return null;
}

function childrenOf(node: P.Node): P.ChildNode[] {
  return 'childNodes' in node ? node.childNodes : [];
}

/** Elements under `root` in document order, not descending into those `skip` rejects. */
export function* elements(root: P.Node, skip: (el: P.Element) => boolean = () => false): Generator<P.Element> {
  const pending = [...childrenOf(root)].reverse();
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (!isElement(node) || skip(node)) continue;
    yield node;
    for (let i = node.childNodes.length - 1; i >= 0; i--) pending.push(node.childNodes[i]!);
  }
}

/** The text of an element with whitespace collapsed as a browser shows it (non-breaking spaces kept). */
export function collapsedText(node: P.Node, skip: (el: P.Element) => boolean = () => false): string {
  let out = '';
  const walk = (n: P.Node): void => {
    if (isText(n)) out += n.value;
    else if (!isElement(n) || !skip(n)) for (const c of childrenOf(n)) walk(c);
  };
  walk(node);
  return collapse(out).trim();
}

/** HTML's whitespace (space, tab, line feed, form feed, carriage return) runs become one space; NBSP is not whitespace. */
export function collapse(s: string): string {
  return s.replace(/[ \t\n\f\r]+/g, ' ');
}
