import type { DefaultTreeAdapterTypes as P } from 'parse5';
import { isWhiteSpace } from '../doc/clean.js';
import { pickArticle } from './article-root.js';
import { articleScope } from './article-scope.js';
import { domOf, isElement, isText, type DomElement, type DomNode, type DomText } from './dom.js';
import { isFurnitureElement, mayBeFurniture, trailerStart } from './furniture.js';
import { hasMoreWordsThan, isFurnitureLine } from './furniture-lines.js';
import { BLOCKS, collapse, collapsedText, elements, isLeftOut, named } from './html-dom.js';
import { parsePage } from './html-parse.js';
import { pageMeta, type PageMeta } from './page-meta.js';
import { MAX_READABLE_ELEMENTS, MIN_READABLE_CHARS, isUnlikelyCandidate, readableArticle, readableLength } from './readable.js';
import { VISIBLE } from '../lexicon/marks.js';

export interface ArticleText {
  /** the article as plain text: headline first, one paragraph a line, a blank line between paragraphs */
  text: string;
  /** the headline the text opens with (the page's first h1, else its title), or null */
  title: string | null;
  /** what the page says about the article: headline, authors, date, address, site */
  page: PageMeta;
}

const CELLS = new Set(['td', 'th']);
/** Stands for a <br> while whitespace is collapsed; parse5 never leaves a NUL in text. */
const BREAK = '\u0000';
/** A block with at least this share of its text inside links is dropped. */
const LINKED_SHARE = 0.8;
/** An element a furniture name marks is dropped only when it holds less than this share of the article's text. */
const NAMED_FURNITURE_SHARE = 0.5;

/**
 * Reduces an HTML page (a saved file or a pasted fragment) to its article's text: parses it as a browser does,
 * lets Readability (Firefox's reader view) find the article, falling back to lede's own picker where it finds
 * none, drops the furniture left inside (share bars, comment threads, ads) and keeps the paragraphs, headings,
 * list items and captions.
 */
export function htmlToText(html: string): ArticleText {
  const document = parsePage(html);
  const page = pageMeta(document);
  const body = bodyOf(document);
  if (!body) return { text: '', title: null, page };
  const title = headlineOf(body) ?? page.headline;
  const paragraphs = trimFurniture(readableBlocks(body, title) ?? blocksOf(pickArticle(domOf(body).body)));
  if (title && paragraphs.length && !paragraphs.slice(0, 3).includes(title)) paragraphs.unshift(title);
  return { text: paragraphs.length ? `${paragraphs.join('\n\n')}\n` : '', title, page };
}

function bodyOf(document: P.Document): P.Element | null {
  const html = document.childNodes.find((n): n is P.Element => 'tagName' in n && n.tagName === 'html');
  return html?.childNodes.find((n): n is P.Element => 'tagName' in n && n.tagName === 'body') ?? null;
}

/**
 * The paragraphs of the article Readability finds in the part of the page that holds it, or null when the page
 * is too large or too short for Readability or it finds nothing. Readability is first given the page without
 * what its first pass would remove (sidebars, related links, comments by their class names), which is most of
 * a page's elements; only when that pass finds too short an article does it read the whole part again, and
 * then tries again with fewer rules as it does on its own.
 */
function readableBlocks(body: P.Element, title: string | null): string[] | null {
  const scope = articleScope(body);
  if (scope.elements > MAX_READABLE_ELEMENTS || scope.textLength < MIN_READABLE_CHARS) return null;
  return readableIn(scope.root, title, true) ?? readableIn(scope.root, title, false);
}

/**
 * Readability's article in root, as paragraphs. Readability unwraps and renames elements, so the furniture
 * names are read before it runs, as marks on the text they hold.
 */
function readableIn(root: P.Element, title: string | null, firstPass: boolean): string[] | null {
  const document = domOf(root, firstPass ? isUnlikelyCandidate : undefined);
  if (title) document.title = title;
  const marks = furnitureMarks(document.body);
  const article = readableArticle(document, firstPass);
  if (!article || (firstPass && readableLength(article) < MIN_READABLE_CHARS)) return null;
  const blocks = blocksOf(article, marks);
  return blocks.length ? blocks : null;
}

/** The page's first h1 outside furniture. */
function headlineOf(body: P.Element): string | null {
  const skip = (el: P.Element): boolean => isLeftOut(el) || isFurnitureElement(named(el));
  for (const el of elements(body, skip)) {
    if (el.tagName !== 'h1') continue;
    const text = collapsedText(el, skip);
    if (text) return text;
  }
  return null;
}

/** For each text node inside elements that furniture names mark (a share bar, a comment thread), those elements. */
type FurnitureMarks = Map<DomText, readonly DomElement[]>;

function furnitureMarks(root: DomElement): FurnitureMarks {
  const marks: FurnitureMarks = new Map();
  const walk = (node: DomNode, marked: readonly DomElement[]): void => {
    if (isText(node)) {
      if (marked.length) marks.set(node, marked);
    } else if (isElement(node)) {
      const inner = mayBeFurniture(node) ? [...marked, node] : marked;
      for (let child = node.firstChild; child; child = child.nextSibling) walk(child, inner);
    }
  };
  walk(root, []);
  return marks;
}

/** The marked elements holding less than NAMED_FURNITURE_SHARE of root's text: furniture, not a wrapper of the article. */
function furnitureIn(root: DomElement, marks: FurnitureMarks): Set<DomElement> {
  const held = new Map<DomElement, number>();
  let total = 0;
  const walk = (node: DomNode): void => {
    if (isText(node)) {
      total += node.data.length;
      for (const el of marks.get(node) ?? []) held.set(el, (held.get(el) ?? 0) + node.data.length);
    } else for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(root);
  return new Set([...held].filter(([, n]) => n < total * NAMED_FURNITURE_SHARE).map(([el]) => el));
}

/**
 * The block-level pieces of text under root, one string each, with <br> kept as a line break. A block that
 * follows a picture with no text between and reads as its caption (its alt text, or a short line that is no
 * sentence) is left out, as captions in markup are.
 */
function blocksOf(root: DomElement, marks: FurnitureMarks = furnitureMarks(root)): string[] {
  const out: string[] = [];
  const furniture = furnitureIn(root, marks);
  let current = '';
  let linked = 0;
  let inLink = 0;
  let inHeading = 0;
  let heading = false;
  /** the alt text of a picture since the last block of text, or null */
  let picture: string | null = null;
  const flush = (): void => {
    const lines = collapse(current)
      .split(BREAK)
      .map((line) => line.trim())
      .filter((line) => VISIBLE.test(line));
    if (lines.length) {
      const caption = picture !== null && !heading && isCaption(lines, picture);
      if (!caption && !mostlyLinks(lines, linked)) out.push(lines.join('\n'));
      picture = null;
    }
    current = '';
    linked = 0;
    heading = false;
  };
  const walk = (node: DomNode, pre: boolean): void => {
    if (isText(node)) {
      if (marks.get(node)?.some((el) => furniture.has(el))) return;
      current += pre ? node.data.replace(/\r\n?|\n/g, BREAK) : node.data;
      if (inLink) linked += visibleLength(node.data);
      if (inHeading) heading = true;
      return;
    }
    if (!isElement(node) || (node !== root && isFurnitureElement(node))) return;
    const tag = node.localName;
    if (tag === 'br') {
      current += BREAK;
      return;
    }
    if (tag === 'img') {
      const alt = collapse(node.getAttribute('alt') ?? '').trim();
      if (alt.length > ICON_ALT && !VISIBLE.test(current)) picture = alt;
      return;
    }
    const block = BLOCKS.has(tag) || tag === 'pre';
    if (block) flush();
    if (CELLS.has(tag)) current += ' ';
    if (tag === 'a') inLink++;
    if (HEADINGS.has(tag)) inHeading++;
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child, pre || tag === 'pre');
    if (tag === 'a') inLink--;
    if (HEADINGS.has(tag)) inHeading--;
    if (block) flush();
  };
  walk(root, false);
  flush();
  return out;
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** An image whose alt text is this short (an emoji, an icon's letter) is no picture. */
const ICON_ALT = 3;
/** A caption is one line of at most this many words that ends with no sentence's punctuation, or the picture's alt text. */
const CAPTION_WORDS = 20;
const SENTENCE_END = /[.!?…:;"”’»]$/;

function isCaption(lines: readonly string[], alt: string): boolean {
  if (lines.length !== 1) return false;
  const line = lines[0]!;
  return line === alt || (!hasMoreWordsThan(line, CAPTION_WORDS) && !SENTENCE_END.test(line));
}

/** Characters other than white space. */
function visibleLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (!isWhiteSpace(s.charCodeAt(i))) n++;
  return n;
}

/**
 * A block whose text is nearly all link text is a pointer to other pages (related stories, a teaser, a list of
 * sections), not the article's prose.
 */
function mostlyLinks(lines: readonly string[], linked: number): boolean {
  if (linked === 0) return false;
  let total = 0;
  for (const line of lines) total += visibleLength(line);
  return linked >= total * LINKED_SHARE;
}

/** Drops furniture lines the markup did not give away, and the page's trailer: sign-up boxes, the comment thread. */
function trimFurniture(blocks: string[]): string[] {
  return blocks.slice(0, trailerStart(blocks)).filter((b) => !isFurnitureLine(b));
}
