import type { Doc } from '../doc/document.js';
import { is, isCapitalised, type TokenRange } from './tokens.js';

/** the most tokens of the object between a characterising verb and its "as" */
const MAX_OBJECT = 10;
/** what an object is made of: "the new owners", "32% of the claims", "Russian President Vladimir Putin", "the city's plan" */
const OBJECT_POS = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'NUM', 'PRON']);
const OBJECT_WORDS = new Set(['of', '%', "'s", '’s']);
/** auxiliaries of a passive, whose subject is what is characterised: "was described as “...”" */
const PASSIVE = new Set(['is', 'was', 'are', 'were', 'been', 'be', 'being']);
/** what joins another quoted characterisation to the first: "as a “con artist” and a “spoiled brat”" */
const JOINS = new Set(['and', 'or', ',']);

const RELATIVES = new Set(['who', 'which', 'that']);
/** prepositions whose phrase completes the quoted noun */
const COMPLEMENTS = new Set(['of', 'to']);
const CLAUSE_ENDS = new Set([',', ';', '.', '!', '?', ':']);

/** The quote pairs' token ranges, marks included, in text order. */
type Pairs = readonly TokenRange[];

/**
 * Verbs that characterise their object in someone's quoted words: "hailed the merger as “the deal of the decade”",
 * "has been pounding the owners as “corporate raiders”", "likened the tax to a “slow leak”". The quote marks show the
 * characterisation is the subject's words, whatever the verb; what was said is the object with them. Each verb's
 * token maps to that range: from the object to the closing mark, or to the last of the quotes joined to it.
 */
export function characterisations(doc: Doc, pairs: Pairs): Map<number, TokenRange> {
  const tokens = doc.tokens;
  const out = new Map<number, TokenRange>();
  for (let k = 0; k < pairs.length; k++) {
    const open = pairs[k]!.first;
    // "as “...”", "as a “...”", "to a “...”", "to “a ...”": "to" only with an article, or the quote could be an
    // infinitive ("urged fans to “keep the faith”")
    const article = is(tokens[open - 1], 'a', 'an', 'the');
    const link = tokens[article ? open - 2 : open - 1];
    if (!link || !(is(link, 'as') || (is(link, 'to') && (article || is(tokens[open + 1], 'a', 'an', 'the'))))) continue;
    const linkAt = article ? open - 2 : open - 1;
    const verb = verbBefore(doc, linkAt);
    if (verb < 0) continue;
    let last = k;
    while (last + 1 < pairs.length && joined(doc, pairs[last]!.last, pairs[last + 1]!.first)) last++;
    out.set(verb, { first: objectStart(doc, verb), last: relativeEnd(doc, pairs, last) ?? complementEnd(doc, pairs[last]!.last) });
  }
  return out;
}

/** The active verb whose object runs up to `link`, past a particle ("gone after the mayor as"); or -1. */
function verbBefore(doc: Doc, link: number): number {
  const tokens = doc.tokens;
  let k = link - 1;
  let nominal = false;
  for (; k >= 0 && link - k <= MAX_OBJECT && (OBJECT_POS.has(tokens[k]!.pos) || OBJECT_WORDS.has(tokens[k]!.lower)); k--) nominal ||= NOMINAL.has(tokens[k]!.pos);
  const t = tokens[k];
  // "appearing close to “a decisive victory”": an adjective alone is no object
  if (!t || !nominal || t.sentence !== tokens[link]!.sentence) return -1;
  const particle = t.pos === 'ADP' || t.pos === 'PART';
  const v = particle ? k - 1 : k;
  const verb = tokens[v];
  // "Tomas Reyna as": a capitalised word inside a sentence is part of a name
  if (!verb || verb.pos !== 'VERB' || isCapitalised(verb)) return -1;
  // "was described as", "had been referred to as": the passive's subject is what is characterised, not who speaks ("has
  // been pounding" is no passive)
  if (/ing$/.test(verb.lower)) return v;
  for (let m = v - 1; m >= 0 && v - m <= 2 && tokens[m]!.pos !== 'NOUN'; m--) if (PASSIVE.has(tokens[m]!.lower)) return -1;
  return v;
}

/** When a relative clause goes on to say more of the object ("as “a career lobbyist” who “has never run a business”"), its end. */
function relativeEnd(doc: Doc, pairs: Pairs, k: number): number | null {
  const tokens = doc.tokens;
  let end = pairs[k]!.last;
  if (!RELATIVES.has(tokens[end]?.lower ?? '')) return null;
  const sentence = tokens[end]!.sentence;
  let next = k + 1;
  while (end < tokens.length && tokens[end]!.sentence === sentence && !CLAUSE_ENDS.has(tokens[end]!.norm)) {
    while (next < pairs.length && pairs[next]!.first < end) next++;
    // a quote in the clause is read whole, even when its own full stop ends the sentence; its own comma ends the clause
    if (pairs[next]?.first !== end) end++;
    else if (CLAUSE_ENDS.has(tokens[(end = pairs[next]!.last) - 2]!.norm)) break;
  }
  return end;
}

/**
 * Where the characterisation ends after the closing mark at `end`: there, or after the phrase a preposition of the
 * quoted noun opens ("as a “betrayal” of the city", "a “grave threat” to the region"; not "during a visit").
 */
function complementEnd(doc: Doc, end: number): number {
  const tokens = doc.tokens;
  if (!COMPLEMENTS.has(tokens[end]?.lower ?? '')) return end;
  let k = end + 1;
  while (k < tokens.length && (OBJECT_POS.has(tokens[k]!.pos) || OBJECT_WORDS.has(tokens[k]!.lower) || is(tokens[k], 'and'))) k++;
  return k > end + 1 ? k : end;
}

/** The first token of the object after the verb at `v` (after its particle). */
function objectStart(doc: Doc, v: number): number {
  const next = doc.tokens[v + 1]!;
  return next.pos === 'ADP' || next.pos === 'PART' ? v + 2 : v + 1;
}

/** Whether the quote opening at `open` joins the one that closed before `after`: "“...” and a “...”", "“...” or “...”". */
function joined(doc: Doc, after: number, open: number): boolean {
  const tokens = doc.tokens;
  let k = after;
  if (k < open && JOINS.has(tokens[k]!.lower)) k++;
  if (k < open && JOINS.has(tokens[k]!.lower)) k++;
  if (k < open && is(tokens[k], 'a', 'an', 'the')) k++;
  return k === open && k > after;
}
