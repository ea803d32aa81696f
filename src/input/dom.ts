import { DOMParser } from 'linkedom';
import type { DefaultTreeAdapterTypes as P } from 'parse5';
import { isHidden } from './furniture.js';
import { BLOCKS, isElement as isParsedElement, isLeftOut, isText as isParsedText, named } from './html-dom.js';

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
 * The attributes Readability and lede's rules read of a shown element: names, landmarks, authors, tables, an
 * image's address (Readability drops an image without one) and alt text. Links keep their address only where
 * Readability reads it (in-page and script links); visibility has been read.
 */
const READ_ATTRIBUTES = new Set(['class', 'id', 'role', 'itemprop', 'rel', 'aria-modal', 'datatable', 'summary', 'colspan', 'rowspan', 'src', 'srcset', 'alt']);
const READ_HREF = /^(?:#|javascript:)/i;

/**
 * A linkedom document whose body holds root (the page's body, or the part of it that holds the article), built
 * from parse5's tree (already depth-capped) without what no reader sees: the elements left out (scripts, styles,
 * forms' controls, navigation), hidden elements, comments, unread attributes and the white space between blocks,
 * and without the elements leaveOut rejects.
 */
export function domOf(root: P.Element, leaveOut: (el: P.Element) => boolean = () => false): DomDocument {
  const document = new DOMParser().parseFromString('<!doctype html><html><head><title></title></head><body></body></html>', 'text/html') as unknown as DomDocument;
  const pending: Array<[P.Element, DomElement]> = [];
  const copy = (from: P.Element, parent: DomElement): void => {
    if (isLeftOut(from) || isHidden(named(from)) || leaveOut(from)) return;
    const el = parent.appendChild(document.createElement(from.tagName));
    copyAttributes(from, el);
    pending.push([from, el]);
  };
  if (root.tagName === 'body') {
    copyAttributes(root, document.body);
    pending.push([root, document.body]);
  } else copy(root, document.body);
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [from, to] = next;
    const children = from.childNodes;
    children.forEach((child, i) => {
      if (isParsedText(child)) {
        if (!isBlankBetweenBlocks(child, children[i - 1], children[i + 1])) to.appendChild(document.createTextNode(child.value));
      } else if (isParsedElement(child)) copy(child, to);
    });
  }
  return document;
}

function copyAttributes(from: P.Element, to: DomElement): void {
  for (const a of from.attrs) if (READ_ATTRIBUTES.has(a.name) || (a.name === 'href' && READ_HREF.test(a.value))) to.setAttribute(a.name, a.value);
}

const BLANK = /^[ \t\n\f\r]*$/;

/** White space with a block (or the edge of its parent) on either side: a browser shows nothing of it. */
function isBlankBetweenBlocks(text: P.TextNode, before: P.ChildNode | undefined, after: P.ChildNode | undefined): boolean {
  const isEdge = (node: P.ChildNode | undefined): boolean => !node || (isParsedElement(node) && BLOCKS.has(node.tagName));
  return isEdge(before) && isEdge(after) && BLANK.test(text.value);
}

/** Elements under root in document order, not descending into those skip rejects. */
export function* elementsUnder(root: DomNode, skip: (el: DomElement) => boolean = () => false): Generator<DomElement> {
  let node = root.firstChild;
  while (node) {
    let descend = false;
    if (isElement(node) && !skip(node)) {
      yield node;
      descend = node.firstChild !== null;
    }
    if (descend) node = node.firstChild;
    else {
      while (node && node !== root && !node.nextSibling) node = node.parentNode;
      node = node && node !== root ? node.nextSibling : null;
    }
  }
}
