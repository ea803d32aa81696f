import type { Doc, Token } from '../doc/document.js';
import { span } from '../doc/span.js';
import type { Span } from '../schema.js';
import type { Figure } from './figure.js';
import { measuredBy } from './measured.js';
import { tokenAtOrAfter } from '../doc/lookup.js';

const MAX_WORDS = 5;
const SKIP = new Set(['more', 'other', 'extra', 'fewer', 'less', 'or', 'so', 'plus']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'these', 'those', 'this', 'that', 'all']);
const NOUNISH = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * What a figure counts: the noun phrase it determines ("12 Turkish soldiers", "16 confirmed cases", "dozens of
 * homes") or, for amounts and shares, the phrase after "of" ("40% of its stock"), else what they measure
 * (measured.ts: "net income of $2.3 billion", "Sales grew 11%").
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
  } else if (!counting) return f.kind === 'money' || f.kind === 'percent' ? measuredBy(doc, f) : null;
  const first = i;
  let lastNoun = -1;
  for (; i < tokens.length && i - first < MAX_WORDS; i++) {
    const t = tokens[i]!;
    if (t.sentence !== sentence) break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') lastNoun = i;
    else if (t.lower === "'s" || t.lower === '’s') continue;
    else if ((!NOUNISH.has(t.pos) && !modifier(tokens, i)) || lastNoun >= 0) break;
  }
  return lastNoun >= first ? span(doc.text, tokens[first]!.start, tokens[lastNoun]!.end) : null;
}

/** A participle or an adverb before a noun, read as its modifier: "16 confirmed cases", "4 newly registered voters". */
function modifier(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (t.pos === 'VERB') return /(?:ed|ing|en)$/.test(t.lower) && next?.pos === 'NOUN';
  return t.pos === 'ADV' && next !== undefined && (next.pos === 'VERB' || next.pos === 'ADJ') && modifierOrAdjective(tokens, i + 1);
}

function modifierOrAdjective(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.pos === 'ADJ' || modifier(tokens, i);
}
