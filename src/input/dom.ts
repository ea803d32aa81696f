import { parseHTML } from 'linkedom';
import type { DefaultTreeAdapterTypes as P } from 'parse5';

/** The part of the DOM lede reads and Readability needs, as linkedom implements it. */
export interface DomNode {
  readonly nodeType: number;
  readonly parentNode: DomNode | null;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly textContent: string | null;
}

export interface DomElement extends DomNode {
  readonly localName: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  appendChild<T extends DomNode>(node: T): T;
  remove(): void;
}

export interface DomText extends DomNode {
  readonly data: string;
}

export interface DomDocument extends DomNode {
  readonly body: DomElement;
  readonly head: DomElement;
  title: string;
  createElement(name: string): DomElement;
  createTextNode(data: string): DomText;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

export function isText(node: DomNode): node is DomText {
  return node.nodeType === TEXT_NODE;
}

/**
 * Elements that never hold article prose, left out when the page becomes a DOM: less for Readability to walk,
 * and nothing of theirs can end up in the text.
 */
const LEFT_OUT = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'frame', 'frameset', 'object', 'embed', 'canvas',
  'video', 'audio', 'map', 'button', 'input', 'select', 'textarea', 'link', 'meta', 'base', 'nav',
]);

/**
 * The page's body as a linkedom document, built from parse5's tree (already depth-capped) without its scripts,
 * styles, comments and other elements that hold no prose. Returns the document and the number of elements it holds.
 */
export function domOf(body: P.Element): { document: DomDocument; elements: number } {
  const { document } = parseHTML('<!doctype html><html><head><title></title></head><body></body></html>') as unknown as { document: DomDocument };
  let elements = 0;
  copyAttributes(body, document.body);
  const pending: Array<[P.ParentNode, DomElement]> = [[body, document.body]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [from, to] = next;
    for (const child of from.childNodes) {
      if (child.nodeName === '#text') to.appendChild(document.createTextNode((child as P.TextNode).value));
      else if ('tagName' in child && !LEFT_OUT.has(child.tagName)) {
        const el = to.appendChild(document.createElement(child.tagName));
        copyAttributes(child, el);
        elements++;
        pending.push([child, el]);
      }
    }
  }
  return { document, elements };
}

function copyAttributes(from: P.Element, to: DomElement): void {
  for (const a of from.attrs) to.setAttribute(a.name, a.value);
}

/** Elements under root in document order, not descending into those skip rejects. */
export function* elementsUnder(root: DomNode, skip: (el: DomElement) => boolean = () => false): Generator<DomElement> {
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (!isElement(child) || skip(child)) continue;
    yield child;
    yield* elementsUnder(child, skip);
  }
}
