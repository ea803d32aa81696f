import type { DefaultTreeAdapterTypes as P } from 'parse5';
import { attr, isElement, isLeftOut, isText } from './html-dom.js';

/** The part of a page Readability is given, and how much it holds. */
export interface ArticleScope {
  root: P.Element;
  /** elements under root (root included), those left out of the DOM not counted */
  elements: number;
  /** characters of text under root, outside the elements left out */
  textLength: number;
}

/**
 * A container that marks the page's article holds at least this share of the page's paragraph text when
 * Readability is given it alone: the rest of the page is navigation, teasers and comments.
 */
const SCOPE_SHARE = 0.9;
/** Below this much paragraph text the page's paragraphs say too little about where its article is. */
const MIN_PROSE = 500;

/**
 * The smallest container that marks the page's article (<article>, <main>, role=main, itemprop=articleBody) and
 * holds nearly all of the page's paragraph text, else the body. Readability's passes cost time in proportion to
 * the elements they walk, and the rest of the page is what it would have thrown away.
 */
export function articleScope(body: P.Element): ArticleScope {
  const candidates: Array<ArticleScope & { prose: number }> = [];
  const measure = (el: P.Element, inParagraph: boolean): ArticleScope & { prose: number } => {
    const sum = { root: el, elements: 1, textLength: 0, prose: 0 };
    for (const child of el.childNodes) {
      if (isText(child)) {
        sum.textLength += child.value.length;
        if (inParagraph) sum.prose += child.value.length;
      } else if (isElement(child) && !isLeftOut(child)) {
        const inner = measure(child, inParagraph || child.tagName === 'p');
        sum.elements += inner.elements;
        sum.textLength += inner.textLength;
        sum.prose += inner.prose;
      }
    }
    if (marksArticle(el)) candidates.push(sum);
    return sum;
  };
  const page = measure(body, false);
  if (page.prose < MIN_PROSE) return page;
  return candidates.reduce((best, c) => (c.prose >= page.prose * SCOPE_SHARE && c.elements < best.elements ? c : best), page);
}

function marksArticle(el: P.Element): boolean {
  return el.tagName === 'article' || el.tagName === 'main' || attr(el, 'role') === 'main' || attr(el, 'itemprop') === 'articleBody';
}
