import { Readability } from '@mozilla/readability';
import type { DomDocument, DomElement } from './dom.js';

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

/**
 * The element holding the page's article as Readability (Firefox's reader view) finds it, or null when it finds
 * none. Readability rewrites `document` in place; classes and ids are kept for the furniture rules read after it.
 */
export function readableArticle(document: DomDocument): DomElement | null {
  try {
    const article = new Readability<DomElement>(document as never, { serializer: (el) => el as unknown as DomElement, keepClasses: true, disableJSONLD: true }).parse();
    return article?.content ?? null;
  } catch {
    return null;
  }
}
