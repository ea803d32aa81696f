import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap, type DefaultTreeAdapterTypes as P, type TreeAdapter } from 'parse5';
import { withoutUnreadMarkup } from './unread-markup.js';

/**
 * How deep elements may nest. Browsers cap the tree the parser builds the same way (Blink at 512): an element
 * that would sit deeper is added beside its parent instead, so a page of 100,000 nested divs reads as a browser
 * shows it, and nothing after the parser ever walks a tree deeper than this.
 */
const MAX_DEPTH = 512;

/** The parent to attach under: parent, or its own parent when parent is MAX_DEPTH deep (no element is deeper). */
function shallowEnough(parent: P.ParentNode): P.ParentNode {
  let depth = 0;
  for (let at: P.ParentNode | null = parent; at && depth <= MAX_DEPTH; at = 'parentNode' in at ? at.parentNode : null) depth++;
  return depth > MAX_DEPTH && 'parentNode' in parent && parent.parentNode ? parent.parentNode : parent;
}

const depthCapped: TreeAdapter<DefaultTreeAdapterMap> = {
  ...defaultTreeAdapter,
  appendChild(parent, node) {
    defaultTreeAdapter.appendChild(shallowEnough(parent), node);
  },
  insertBefore(parent, node, reference) {
    const at = shallowEnough(parent);
    if (at === parent) defaultTreeAdapter.insertBefore(parent, node, reference);
    else defaultTreeAdapter.appendChild(at, node);
  },
};

/**
 * Parses a web page (a saved file or a pasted fragment) with the HTML standard's algorithm, as a browser does:
 * broken markup, missing <html> and <body> and stray text all end up where a browser puts them.
 */
export function parsePage(html: string): P.Document {
  return parse(withoutUnreadMarkup(withoutClipboardHeader(html)), { treeAdapter: depthCapped });
}

/** Windows puts "Version:0.9 StartHTML:… EndHTML:…" lines before HTML it copies; the markup starts after them. */
function withoutClipboardHeader(html: string): string {
  const header = /^Version:\d[.\d]*\r?\n(?:[A-Za-z]+:-?\d+\r?\n)*/.exec(html);
  return header ? html.slice(header[0].length) : html;
}
