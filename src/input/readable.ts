import { Readability } from '@mozilla/readability';
import type { DefaultTreeAdapterTypes as P } from 'parse5';
import type { DomDocument, DomElement } from './dom.js';
import { attr } from './html-dom.js';

/**
 * Pages with more elements than this are not given to Readability, whose cleaning passes grow faster than the
 * page; the plain picker reads them in one pass. A long news page has a few thousand.
 */
export const MAX_READABLE_ELEMENTS = 40_000;

/**
 * Readability's own threshold: an article it finds shorter than this makes it try again with fewer of its rules,
 * and a page with less text than this (a pasted fragment) is better read by the plain picker.
 */
export const MIN_READABLE_CHARS = 500;

/** Readability's own patterns and roles, read from it rather than copied. */
interface Rules {
  REGEXPS: { unlikelyCandidates: RegExp; okMaybeItsACandidate: RegExp; byline: RegExp };
  UNLIKELY_ROLES: readonly string[];
}
const RULES = Readability.prototype as unknown as Rules;

/**
 * The element holding the page's article as Readability (Firefox's reader view) finds it, or null when it finds
 * none. Readability rewrites `document` in place; classes and ids are kept for the furniture rules read after it.
 * With `firstPass`, the article of Readability's first pass however short it is (Readability tries again, with
 * fewer rules, only when it found nothing).
 */
export function readableArticle(document: DomDocument, firstPass = false): DomElement | null {
  try {
    const options = { serializer: (el: unknown) => el as DomElement, keepClasses: true, disableJSONLD: true, charThreshold: firstPass ? 1 : MIN_READABLE_CHARS };
    return new Readability<DomElement>(document as never, options).parse()?.content ?? null;
  } catch {
    return null;
  }
}

/** The length of an article's text as Readability measures it against its threshold. */
export function readableLength(article: DomElement): number {
  return (article.textContent ?? '').trim().replace(/\s{2,}/g, ' ').length;
}

/**
 * True for an element Readability's first pass removes with all it holds: a class or id of page furniture
 * ("sidebar", "related", "comment") that names no content, or a role of navigation, outside tables and code.
 * Bylines and headings are left to Readability, which takes the first it meets out and then stops looking.
 */
export function isUnlikelyCandidate(el: P.Element): boolean {
  const tag = el.tagName;
  if (tag === 'a' || tag === 'h1' || tag === 'h2') return false;
  const names = `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`;
  const { unlikelyCandidates, okMaybeItsACandidate, byline } = RULES.REGEXPS;
  if (attr(el, 'rel') === 'author' || attr(el, 'itemprop')?.includes('author') || byline.test(names)) return false;
  if (RULES.UNLIKELY_ROLES.includes(attr(el, 'role') ?? '')) return true;
  return unlikelyCandidates.test(names) && !okMaybeItsACandidate.test(names) && !insideTableOrCode(el);
}

function insideTableOrCode(el: P.Element): boolean {
  for (let at: P.ParentNode | null = el.parentNode; at && 'tagName' in at; at = at.parentNode) if (at.tagName === 'table' || at.tagName === 'code') return true;
  return false;
}
