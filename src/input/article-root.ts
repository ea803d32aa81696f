import { elementsUnder, type DomElement, type DomNode } from './dom.js';
import { isFurnitureElement, mayBeFurniture } from './furniture.js';

/**
 * lede's own picker, for pages where Readability finds no article (a short piece, a page of lists): schema.org's
 * articleBody, else the <article> with most prose, else <main>, else the block holding most paragraph text.
 */
export function pickArticle(body: DomElement): DomElement {
  const skip = (el: DomElement): boolean => isFurnitureElement(el) || mayBeFurniture(el);
  const candidates = [...elementsUnder(body, isFurnitureElement)];
  const marked = candidates.find((el) => el.getAttribute('itemprop') === 'articleBody');
  if (marked) return marked;
  const articles = candidates.filter((el) => el.localName === 'article');
  if (articles.length) return articles.reduce((best, el) => (proseLength(el, skip) > proseLength(best, skip) ? el : best));
  const main = candidates.find((el) => el.localName === 'main' || el.getAttribute('role') === 'main');
  if (main) return main;
  const byParent = new Map<DomElement, number>();
  let total = 0;
  for (const p of elementsUnder(body, skip)) {
    if (p.localName !== 'p' || !p.parentNode) continue;
    const n = (p.textContent ?? '').trim().length;
    const parent = p.parentNode as DomElement;
    byParent.set(parent, (byParent.get(parent) ?? 0) + n);
    total += n;
  }
  let best = body;
  let bestLength = 0;
  for (const [parent, n] of byParent) if (n > bestLength) [best, bestLength] = [parent, n];
  return bestLength * 2 >= total ? best : body;
}

function proseLength(root: DomNode, skip: (el: DomElement) => boolean): number {
  let n = 0;
  for (const el of elementsUnder(root, skip)) if (el.localName === 'p') n += (el.textContent ?? '').trim().length;
  return n;
}
