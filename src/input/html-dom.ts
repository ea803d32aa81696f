import type { DefaultTreeAdapterTypes as P } from 'parse5';

function isElement(node: P.Node): node is P.Element {
  return 'tagName' in node;
}

function isText(node: P.Node): node is P.TextNode {
  return node.nodeName === '#text';
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
  for (const child of childrenOf(root)) {
    if (!isElement(child) || skip(child)) continue;
    yield child;
    yield* elements(child, skip);
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
