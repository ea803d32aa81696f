import type { DefaultTreeAdapterTypes as P } from 'parse5';
import { attr, collapse, collapsedText, elements } from './html-dom.js';

/** What a web page says about its article, beside the text: null (or no names) where the page does not say. */
export interface PageMeta {
  headline: string | null;
  byline: string[];
  /** ISO 8601, as the page gives it (a date, or a date and time with its offset) */
  published: string | null;
  /** the canonical address */
  url: string | null;
  site: string | null;
}

/** schema.org types whose object describes the article itself. */
const ARTICLE_TYPE = /^(?:\w*NewsArticle|Article|BlogPosting|Report|ScholarlyArticle|TechArticle|LiveBlogPosting)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const ABSOLUTE_URL = /^https?:\/\/[^\s/]+/i;

type Json = Record<string, unknown>;

/**
 * The article's metadata from the page: schema.org JSON-LD (NewsArticle and its kin, in @graph too) first, then
 * Open Graph and other meta tags, <link rel="canonical"> and <time datetime>.
 */
export function pageMeta(document: P.Document): PageMeta {
  const all = [...elements(document)];
  const ld = jsonLdArticle(all);
  const meta = new Map<string, string>();
  for (const el of all) {
    if (el.tagName !== 'meta') continue;
    const key = (attr(el, 'property') ?? attr(el, 'name') ?? attr(el, 'itemprop'))?.toLowerCase();
    const content = collapse(attr(el, 'content') ?? '').trim();
    if (key && content && !meta.has(key)) meta.set(key, content);
  }
  const first = (...values: Array<string | null | undefined>): string | null => values.find((v) => v) ?? null;
  const canonical = all.find((el) => el.tagName === 'link' && attr(el, 'rel')?.toLowerCase().split(/\s+/).includes('canonical'));
  const time = all.find((el) => el.tagName === 'time' && isoDate(attr(el, 'datetime')));
  const title = all.find((el) => el.tagName === 'title');
  return {
    headline: first(text(ld?.headline), text(ld?.name), meta.get('og:title'), meta.get('twitter:title'), title ? collapsedText(title) : null),
    byline: names(ld?.author).length ? names(ld?.author) : bylineOf(meta),
    published: first(
      isoDate(ld?.datePublished),
      ...['article:published_time', 'datepublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued', 'parsely-pub-date'].map((k) => isoDate(meta.get(k))),
      isoDate(time && attr(time, 'datetime')),
    ),
    url: first(absoluteUrl(canonical && attr(canonical, 'href')), absoluteUrl(meta.get('og:url')), absoluteUrl(ld?.url), absoluteUrl(idOf(ld?.mainEntityOfPage))),
    site: first(meta.get('og:site_name'), text(nameOf(ld?.publisher)), meta.get('application-name')),
  };
}

/** The first JSON-LD object typed as an article, looking through arrays and @graph. */
function jsonLdArticle(all: readonly P.Element[]): Json | null {
  for (const el of all) {
    if (el.tagName !== 'script' || attr(el, 'type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    let value: unknown;
    try {
      value = JSON.parse(collapsedText(el));
    } catch {
      continue;
    }
    const found = findArticle(value, 0);
    if (found) return found;
  }
  return null;
}

function findArticle(value: unknown, depth: number): Json | null {
  if (depth > 4 || typeof value !== 'object' || value === null) return null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = findArticle(v, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const obj = value as Json;
  const types = ([] as unknown[]).concat(obj['@type'] ?? []);
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))) return obj;
  return findArticle(obj['@graph'], depth + 1);
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? collapse(value).trim() || null : null;
}

function nameOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json).name : value;
}

function idOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? ((value as Json)['@id'] ?? (value as Json).url) : value;
}

/** The names of JSON-LD authors: a string, a Person or Organization, or a list of them. */
function names(value: unknown): string[] {
  const out = ([] as unknown[]).concat(value ?? []).map((a) => text(nameOf(a))).filter((n): n is string => n !== null && !ABSOLUTE_URL.test(n));
  return [...new Set(out)];
}

/** Authors from meta tags: "By A, B and C" as three names; an author given as a profile address is skipped. */
function bylineOf(meta: ReadonlyMap<string, string>): string[] {
  const raw = ['author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author'].map((k) => meta.get(k)).find((v) => v && !ABSOLUTE_URL.test(v));
  if (!raw) return [];
  const parts = raw.replace(/^by\s+/i, '').split(/[,;&]|\band\b/i).map((p) => p.trim()).filter((p) => /\p{L}/u.test(p));
  return [...new Set(parts)];
}

/** An ISO 8601 date or date-time as the page wrote it, or null for anything else. */
function isoDate(value: unknown): string | null {
  const s = text(value);
  return s && ISO_DATE.test(s) ? s.replace(' ', 'T') : null;
}

function absoluteUrl(value: unknown): string | null {
  const s = text(value);
  return s && ABSOLUTE_URL.test(s) ? s : null;
}
