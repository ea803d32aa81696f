import { parse, type DefaultTreeAdapterTypes as P } from 'parse5';
import { attr, childrenOf, collapse, collapsedText, elements, isElement, isText } from './html-dom.js';
import { isFurniture, isFurnitureLine, trailerStart } from './furniture.js';
import { VISIBLE } from '../lexicon/marks.js';

export interface ArticleText {
  /** the article as plain text: headline first, one paragraph a line, a blank line between paragraphs */
  text: string;
  /** the page's headline (its first h1, else og:title, else <title>), or null */
  title: string | null;
}

const BLOCKS = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
const CELLS = new Set(['td', 'th']);
/** Stands for a <br> while whitespace is collapsed; parse5 never leaves a NUL in text. */
const BREAK = '\u0000';

/**
 * Reduces an HTML page (a saved file or a pasted fragment) to its article's text: parses it with parse5,
 * drops page furniture (scripts, styles, navigation, share bars, cookie banners, comment threads, ads),
 * picks the element that holds the article, and keeps its paragraphs, headings, list items and captions.
 */
export function htmlToText(html: string): ArticleText {
  const document = parse(withoutClipboardHeader(html));
  const body = [...elements(document)].find((el) => el.tagName === 'body') ?? document;
  const root = articleRoot(body);
  const title = titleOf(document, root, body);
  const paragraphs = trimFurniture(blocksOf(root));
  if (title && !paragraphs.slice(0, 3).includes(title)) paragraphs.unshift(title);
  return { text: paragraphs.length ? `${paragraphs.join('\n\n')}\n` : '', title };
}

/** The article's first h1, else the page's, else og:title, else <title>. */
/** Windows puts "Version:0.9 StartHTML:… EndHTML:…" lines before HTML it copies; the markup starts at StartHTML. */
function withoutClipboardHeader(html: string): string {
  const header = /^Version:\d[.\d]*\r?\n(?:[A-Za-z]+:-?\d+\r?\n)*/.exec(html);
  return header ? html.slice(header[0].length) : html;
}

function titleOf(document: P.Document, root: P.Node, body: P.Node): string | null {
  for (const scope of [root, body]) {
    const h1 = [...elements(scope, isFurniture)].find((el) => el.tagName === 'h1');
    const text = h1 ? collapsedText(h1, isFurniture) : '';
    if (text) return text;
  }
  const all = [...elements(document)];
  const og = all.find((el) => el.tagName === 'meta' && attr(el, 'property') === 'og:title');
  const fromOg = og ? collapse(attr(og, 'content') ?? '').trim() : '';
  if (fromOg) return fromOg;
  const title = all.find((el) => el.tagName === 'title');
  return (title && collapsedText(title)) || null;
}

/** The element holding the article: schema.org's articleBody, the <article> with most prose, <main>, or the densest block. */
function articleRoot(body: P.Node): P.Node {
  const candidates = [...elements(body, isFurniture)];
  const marked = candidates.find((el) => attr(el, 'itemprop') === 'articleBody');
  if (marked) return marked;
  const articles = candidates.filter((el) => el.tagName === 'article');
  if (articles.length) return articles.reduce((best, el) => (proseLength(el) > proseLength(best) ? el : best));
  const main = candidates.find((el) => el.tagName === 'main' || attr(el, 'role') === 'main');
  if (main) return main;
  const byParent = new Map<P.Node, number>();
  let total = 0;
  for (const p of candidates) {
    if (p.tagName !== 'p' || !p.parentNode) continue;
    const n = collapsedText(p, isFurniture).length;
    byParent.set(p.parentNode, (byParent.get(p.parentNode) ?? 0) + n);
    total += n;
  }
  let best: P.Node = body;
  let bestLength = 0;
  for (const [parent, n] of byParent) if (n > bestLength) [best, bestLength] = [parent, n];
  return bestLength * 2 >= total ? best : body;
}

function proseLength(root: P.Node): number {
  let n = 0;
  for (const el of elements(root, isFurniture)) if (el.tagName === 'p') n += collapsedText(el, isFurniture).length;
  return n;
}

/** The block-level pieces of text under root, one string each, with <br> kept as a line break. */
function blocksOf(root: P.Node): string[] {
  const out: string[] = [];
  let current = '';
  const flush = (): void => {
    const lines = collapse(current)
      .split(BREAK)
      .map((line) => line.trim())
      .filter((line) => VISIBLE.test(line));
    if (lines.length) out.push(lines.join('\n'));
    current = '';
  };
  const walk = (node: P.Node, pre: boolean): void => {
    if (isText(node)) {
      current += pre ? node.value.replace(/\r\n?|\n/g, BREAK) : node.value;
      return;
    }
    if (!isElement(node)) return;
    if (isFurniture(node)) return;
    const tag = node.tagName;
    if (tag === 'br') {
      current += BREAK;
      return;
    }
    const block = BLOCKS.has(tag) || tag === 'pre';
    if (block) flush();
    if (CELLS.has(tag)) current += ' ';
    for (const child of childrenOf(node)) walk(child, pre || tag === 'pre');
    if (block) flush();
  };
  walk(root, false);
  flush();
  return out;
}

/** Drops furniture lines the markup did not give away, and the page's trailer: sign-up boxes, the comment thread. */
function trimFurniture(blocks: string[]): string[] {
  return blocks.slice(0, trailerStart(blocks)).filter((b) => !isFurnitureLine(b));
}
