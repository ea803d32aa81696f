import type { Doc, Token } from '../doc/document.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import type { Figure } from './figure.js';

/**
 * "One" that counts nothing, decided by what follows it:
 * - a comparison among a set: "one of the lowest", "one of its best players" ("of", a determiner, a superlative);
 * - an indefinite alternative: "in one way or another", "one form or the other" (a noun, then "or another");
 * - an indefinite occasion: "One day, ...", "at one point", "could one day become" (a noun of time or occasion
 *   after the start of a clause, "at", "on", "to" or a modal, and no "later", "after", "ago" that would make it
 *   a span of time: "one day later" counts).
 */

const DETERMINERS = new Set(['the', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', "'s", '’s']);
const SUPERLATIVES = new Set(['most', 'least', 'best', 'worst']);
/** Adjectives that end like a superlative and are none. */
const NOT_SUPERLATIVES = new Set(['honest', 'modest', 'earnest']);
const OCCASIONS = new Set(['day', 'morning', 'afternoon', 'evening', 'night', 'time', 'point', 'stage', 'moment', 'occasion']);
const INDEFINITE_BEFORE = new Set(['at', 'on', 'upon', 'to', 'and', 'but', 'then', 'until', 'could', 'may', 'might', 'will', 'would', 'should', 'can', 'must']);
const SPAN_AFTER = new Set(['later', 'after', 'before', 'earlier', 'ago', 'of', 'per', 'from', 'a', 'an', 'each', 'every']);

export function isIdiomaticOne(doc: Doc, f: Figure): boolean {
  if (!f.spelled || f.value !== 1 || (f.kind !== 'count' && f.kind !== 'duration' && f.kind !== 'quantity')) return false;
  const tokens = doc.tokens;
  const i = tokenAtOrAfter(doc, f.start);
  const one = tokens[i];
  if (one?.lower !== 'one') return false;
  const next = tokens[i + 1];
  if (!next || next.sentence !== one.sentence) return false;
  if (next.lower === 'of') return superlative(tokens, i + 2);
  if (next.pos === 'NOUN' && tokens[i + 2]?.lower === 'or' && (tokens[i + 3]?.lower === 'another' || (tokens[i + 3]?.lower === 'the' && tokens[i + 4]?.lower === 'other'))) return true;
  if (!OCCASIONS.has(next.lower) || SPAN_AFTER.has(tokens[i + 2]?.lower ?? '')) return false;
  const prev = tokens[i - 1];
  return !prev || prev.sentence !== one.sentence || prev.pos === 'PUNCT' || INDEFINITE_BEFORE.has(prev.lower);
}

/** A determiner and a superlative from token `k`: "the lowest", "its most famous", "the best-known". */
function superlative(tokens: readonly Token[], k: number): boolean {
  if (!DETERMINERS.has(tokens[k]?.lower ?? '')) return false;
  let j = k + 1;
  // "the city's biggest": a possessor between the determiner and the superlative
  if ((tokens[j]?.pos === 'PROPN' || tokens[j]?.pos === 'NOUN') && DETERMINERS.has(tokens[j + 1]?.lower ?? '')) j += 2;
  const t = tokens[j];
  if (!t || NOT_SUPERLATIVES.has(t.lower)) return false;
  return SUPERLATIVES.has(t.lower) || ((t.pos === 'ADJ' || t.pos === 'ADV') && /[a-z]{2}est$/.test(t.lower));
}
