import { hasMoreWordsThan, isFurnitureLine, isTeaserHeading } from './furniture-lines.js';

/** What the furniture rules read of an element: its name and attributes (a DOM element, or a view of parse5's). */
export interface NamedElement {
  readonly localName: string;
  getAttribute(name: string): string | null;
}

/** Elements that never hold article prose (beside those left out of the DOM altogether, see dom.ts). */
const DROPPED_TAGS = new Set([
  'label', 'dialog', 'nav', 'aside', 'footer', 'menu', 'head', 'figcaption',
]);

/** ARIA landmarks and widgets around an article. */
const DROPPED_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar',
  'toolbar', 'tablist', 'tooltip', 'status',
]);

/**
 * Words of class and id names that mark page furniture. Matched against whole words of the name
 * ("share-bar" → share, bar; "cookieConsent" → cookie, consent), so "shared" or "header" never match.
 */
const FURNITURE_WORDS = new Set([
  'ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'sponsor', 'sponsored', 'promo', 'promoted',
  'banner', 'breadcrumb', 'breadcrumbs', 'comment', 'comments', 'discussion', 'disqus', 'replies', 'consent',
  'cookie', 'cookies', 'gdpr', 'modal', 'popup', 'overlay', 'newsletter', 'signup', 'subscribe', 'subscription',
  'paywall', 'share', 'sharing', 'sharebar', 'social', 'follow', 'related', 'recommended', 'trending', 'popular',
  'outbrain', 'taboola', 'sidebar', 'nav', 'navbar', 'navigation', 'menu', 'footer', 'masthead', 'toolbar',
  'skip', 'hidden', 'visually', 'sr', 'print', 'tags', 'topics', 'widget', 'caption', 'credit', 'credits', 'byline', 'author', 'timestamp', 'date', 'time',
]);

/** Names that mark the article itself, kept even when a furniture word also appears ("article-comments" is not). */
const ARTICLE_NAMES = /^(?:article|story|post|entry)[-_]?(?:body|content|text)$|^articlebody$/i;

function nameWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** True for an element that is furniture by what it is: navigation, a form, an aside, a landmark around the article, hidden. */
export function isFurnitureElement(el: NamedElement): boolean {
  if (DROPPED_TAGS.has(el.localName)) return true;
  const role = el.getAttribute('role')?.toLowerCase();
  return (role !== undefined && DROPPED_ROLES.has(role)) || isHidden(el);
}

/** True for an element a browser does not show (Readability removes these wherever they are). */
export function isHidden(el: NamedElement): boolean {
  if (el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style')?.replace(/\s+/g, '').toLowerCase() ?? '';
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/**
 * True for a form (a sign-up box, or on some sites the whole page) and for an element whose class or id names page
 * furniture (share bars, cookie banners, comments, ads, related links). Neither is sure ("field--label-hidden"
 * wraps many a body), so callers weigh it against how much of the article's text the element holds.
 */
export function mayBeFurniture(el: NamedElement): boolean {
  const tag = el.localName;
  if (tag === 'form') return true;
  if (tag === 'body' || tag === 'main' || tag === 'article' || el.getAttribute('itemprop') === 'articleBody') return false;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.trim();
  if (!names) return false;
  if (names.split(/\s+/).some((n) => ARTICLE_NAMES.test(n))) return false;
  return nameWords(names).some((w) => FURNITURE_WORDS.has(w));
}

/** The line after which a pasted page has only its comment thread (Substack and similar). */
const COMMENTS_START = /^(?:discussion about this (?:post|article|episode|thread)|\d+ comments?|comments|join the discussion|leave a comment)$/i;

/** Lines this short may sit in a page's trailer ("Thousands of readers get it every Friday."). */
const SHORT_LINE_WORDS = 12;
/** Lines this short may be teasers in a list of other stories. */
const TEASER_WORDS = 40;

/** Every line COMMENTS_START matches holds one of these words. */
const COMMENTS_WORD = /comment|discussion/i;

/** False when no line of the text can open a comment thread, so its lines need not be tested one by one. */
export function mayHaveCommentThread(text: string): boolean {
  return COMMENTS_WORD.test(text);
}

/**
 * Where the article ends among its lines: at the comment thread ("Discussion about this post" and all after it),
 * or earlier at the first furniture line of the trailer before it, a run of furniture and short lines
 * ("Subscribe to …", "Share"), or at a heading over a list of other stories that runs to the end ("More stories
 * from The Wire" and its teasers). Returns lines.length when the text has no trailer.
 */
export function trailerStart(lines: readonly string[]): number {
  return trailerStartAmong(lines.length, (i) => lines[i]!, true);
}

/** trailerStart over count lines given by lineAt; mayHaveComments false skips the search for a comment thread. */
export function trailerStartAmong(count: number, lineAt: (i: number) => string, mayHaveComments: boolean): number {
  const end = mayHaveComments ? commentsStart(count, lineAt) : count;
  let cut = end;
  for (let i = end - 1; i >= 0; i--) {
    const line = lineAt(i).trim();
    if (!line) continue;
    if (isFurnitureLine(line)) cut = i;
    else if (hasMoreWordsThan(line, SHORT_LINE_WORDS)) break;
  }
  return Math.min(cut, teaserListStart(end, lineAt));
}

/** Where a list of other stories starts: a teaser heading (never the first line) after which no line is longer than a teaser. */
function teaserListStart(end: number, lineAt: (i: number) => string): number {
  let start = end;
  for (let i = end - 1; i > 0; i--) {
    const line = lineAt(i).trim();
    if (hasMoreWordsThan(line, TEASER_WORDS)) break;
    if (isTeaserHeading(line)) start = i;
  }
  return start;
}

function commentsStart(count: number, lineAt: (i: number) => string): number {
  for (let i = 0; i < count; i++) if (COMMENTS_START.test(lineAt(i).trim())) return i;
  return count;
}
