import type { Doc, Token } from '../doc/document.js';
import { tokenAtOrAfter, tokenBefore } from '../doc/lookup.js';
import type { Figure } from './figure.js';

/**
 * "One" that counts nothing:
 * - a pronoun: "the one you mentioned", "this one", "one or two", "one by one" (after a determiner, or before no
 *   noun, adjective or number), not "one of ...", "one in four";
 * - a comparison among a set: "one of the lowest", "one of its best players" ("of", a determiner, a superlative);
 * - an indefinite alternative: "in one way or another", "one form or the other" (a noun, then "or another");
 * - an indefinite occasion: "One day, ...", "at one point", "could one day become" (a noun of time or occasion
 *   after the start of a clause, "at", "on", "to" or a modal, and no "later", "after", "ago" that would make it
 *   a span of time: "one day later" counts).
 */

const PRONOUN_ONE_BEFORE = new Set(['the', 'that', 'this', 'which', 'each', 'every', 'any', 'no', 'same', 'only', 'another', 'at', 'no-']);
const DETERMINERS = new Set(['the', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', "'s", '’s']);
const SUPERLATIVES = new Set(['most', 'least', 'best', 'worst']);
/** Adjectives that end like a superlative and are none. */
const NOT_SUPERLATIVES = new Set(['honest', 'modest', 'earnest']);
const OCCASIONS = new Set(['day', 'morning', 'afternoon', 'evening', 'night', 'time', 'point', 'stage', 'moment', 'occasion']);
const INDEFINITE_BEFORE = new Set(['at', 'on', 'upon', 'to', 'and', 'but', 'then', 'until', 'could', 'may', 'might', 'will', 'would', 'should', 'can', 'must']);
const SPAN_AFTER = new Set(['later', 'after', 'before', 'earlier', 'ago', 'of', 'per', 'from', 'a', 'an', 'each', 'every']);

export function isIdiomaticOne(doc: Doc, f: Figure): boolean {
  if (f.kind === 'count' && f.spelled && /^one$/i.test(doc.text.slice(f.start, f.end)) && isPronounOne(doc, f)) return true;
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

function isPronounOne(doc: Doc, f: Figure): boolean {
  const prev = tokenBefore(doc, f.start);
  if (prev && PRONOUN_ONE_BEFORE.has(prev.lower)) return true;
  const nextIndex = tokenAtOrAfter(doc, f.end);
  const next = doc.tokens[nextIndex];
  if (next?.lower === 'of' || ratioAfter(doc.tokens, nextIndex)) return false;
  return !next || !['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(next.pos) || ['another', 'or', 'by'].includes(next.lower);
}

/** "one in four", "one in every 10", "one out of three": a ratio's second term after the token at `k`. */
function ratioAfter(tokens: readonly Token[], k: number): boolean {
  let j = tokens[k]?.lower === 'in' ? k + 1 : tokens[k]?.lower === 'out' && tokens[k + 1]?.lower === 'of' ? k + 2 : -1;
  if (j < 0) return false;
  if (tokens[j]?.lower === 'every') j++;
  return tokens[j]?.pos === 'NUM' && tokens[j]!.sentence === tokens[k]!.sentence;
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
