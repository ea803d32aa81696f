import type { Doc } from '../doc/document.js';
import { span } from '../doc/span.js';
import type { Span } from '../schema.js';
import type { Figure } from './figure.js';
import { tokenAtOrAfter } from '../doc/lookup.js';

const MAX_WORDS = 5;
const SKIP = new Set(['more', 'other', 'extra', 'fewer', 'less', 'or', 'so', 'plus']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'these', 'those', 'this', 'that', 'all']);
const NOUNISH = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * What a figure counts: the noun phrase it determines ("12 Turkish soldiers", "Two separate clashes",
 * "dozens of homes") or, for amounts and shares, the phrase after "of" ("60% of its market cap").
 */
export function countedBy(doc: Doc, f: Figure): Span | null {
  const counting = f.kind === 'count' || (f.kind === 'range' && f.unit === null);
  const tokens = doc.tokens;
  let i = tokenAtOrAfter(doc, f.end);
  const sentence = tokens[i]?.sentence;
  if (counting) while (i < tokens.length && SKIP.has(tokens[i]!.lower)) i++;
  if (tokens[i]?.lower === 'of') {
    i++;
    // "5 of its 42 cranes": the determiners and the whole they are part of
    while (i < tokens.length && (DETERMINERS.has(tokens[i]!.lower) || tokens[i]!.pos === 'NUM')) i++;
  } else if (!counting) return null;
  const first = i;
  let lastNoun = -1;
  for (; i < tokens.length && i - first < MAX_WORDS; i++) {
    const t = tokens[i]!;
    if (t.sentence !== sentence) break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') lastNoun = i;
    else if (t.lower === "'s" || t.lower === '’s') continue;
    else if (!NOUNISH.has(t.pos) || lastNoun >= 0) break;
  }
  return lastNoun >= first ? span(doc.text, tokens[first]!.start, tokens[lastNoun]!.end) : null;
}
