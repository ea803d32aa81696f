import type { Doc, Region, Sentence } from '../doc/document.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import { clauseEnd } from './clauses.js';
import { type Attribution, nounPhrase, type Phrase } from './phrase.js';

/**
 * Expectation sources written beside the figure they hold, which outrank any quote around it: the actual figure
 * is the company's, the expected one the analysts'.
 * - a participle of expectation with its agent: "the $1.61 billion expected by analysts", "a 3% rise forecast by
 *   economists", "estimates of 48 cents compiled by LSEG"; a chain of agents ends at the last ("expected by
 *   analysts polled by Reuters": Reuters);
 * - an estimate noun with its source before it: "LSEG estimates of 48 cents", "the IMF's forecast of 3.1%";
 * - a verb that puts a thing at a figure, with its subject: "Police put the crowd at 20,000", "analysts valued the
 *   deal at $3bn".
 */

const PARTICIPLES = new Set(['expected', 'forecast', 'forecasted', 'projected', 'estimated', 'predicted', 'anticipated', 'compiled', 'polled', 'surveyed']);
const ESTIMATE_NOUNS = new Set(['estimate', 'estimates', 'forecast', 'forecasts', 'expectation', 'expectations', 'projection', 'projections', 'prediction', 'predictions']);
/** Words between a source and its estimate noun that name no source: "Wall Street's consensus estimate". */
const NO_SOURCE = new Set(['consensus', 'average', 'median', 'mean', 'own', ...ESTIMATE_NOUNS]);
const GOVERNING = new Set(['of', 'for', 'at']);
export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am']);
/** The parts of speech of a figure's noun phrase: "the $1.61 billion", "a 5% rise", "estimates of 48 cents". */
const FIGURE_PHRASE_POS = new Set(['NUM', 'SYM', 'NOUN', 'PROPN', 'ADJ', 'DET']);

/** Verbs that set a thing at a figure: "put the toll at 112", "pegged the cost at $2bn". */
const PUT_VERBS = new Set(['put', 'puts', 'putting', 'pegged', 'pegs', 'placed', 'places', 'valued', 'values', 'valuing']);
/** The parts of speech of the thing put at a figure: "the number of dead", "the crowd", "its losses". */
const OBJECT_POS = new Set(['DET', 'PRON', 'ADJ', 'NOUN', 'PROPN', 'ADP']);
const MAX_OBJECT = 8;

/** "The ministry put the death toll at 112": the verb at `i`, its subject before it, and the figure after "at". */
export function putAt(doc: Doc, s: Sentence, i: number): Attribution | null {
  const tokens = doc.tokens;
  if (!PUT_VERBS.has(tokens[i]!.lower) || i === s.first || BE.has(tokens[i - 1]!.lower)) return null;
  let k = i + 1;
  while (k < s.last && k - i <= MAX_OBJECT && tokens[k]!.lower !== 'at' && OBJECT_POS.has(tokens[k]!.pos)) k++;
  if (k === i + 1 || tokens[k]?.lower !== 'at') return null;
  const figure = figureAfter(doc, s, k + 1) ?? hedgedFigureAfter(doc, s, k + 1);
  const subject = figure && nounPhrase(doc, i - 1, s.first - 1, -1);
  if (!figure || !subject) return null;
  return { rule: 'claimants/expectation', subject, cue: { start: tokens[i]!.start, end: tokens[i]!.end }, scopes: [figure] };
}

/** "at roughly 20,000", "at more than $3bn": the figure after its hedge words. */
function hedgedFigureAfter(doc: Doc, s: Sentence, first: number): Region | null {
  const tokens = doc.tokens;
  let k = first;
  while (k < s.last && k - first < 3 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'ADJ' || tokens[k]!.lower === 'than')) k++;
  return k > first ? figureAfter(doc, s, k) : null;
}

/** "the $1.61 billion expected by analysts": the participle at `i`, its agent, and the figure it follows. */
export function expectedBy(doc: Doc, s: Sentence, i: number): Attribution | null {
  const tokens = doc.tokens;
  if (!PARTICIPLES.has(tokens[i]!.lower) || tokens[i + 1]?.lower !== 'by') return null;
  let agent: Phrase | null = null;
  for (let k = i; k < s.last && PARTICIPLES.has(tokens[k]!.lower) && tokens[k + 1]?.lower === 'by'; ) {
    const next = nounPhrase(doc, k + 2, s.last, 1);
    if (!next) break;
    agent = next;
    k = tokenAtOrAfter(doc, next.end);
  }
  if (!agent) return null;
  let k = i - 1;
  while (k > s.first && tokens[k]!.pos === 'ADV') k--;
  // "revenue is expected by analysts to reach $5bn": what the passive predicate goes on to say
  const governed = BE.has(tokens[k]?.lower ?? '')
    ? { start: agent.end, end: tokens[clauseEnd(doc, tokenAtOrAfter(doc, agent.end), s.last, 'complement') - 1]!.end }
    : figureBefore(doc, s, i);
  if (!governed) return null;
  return { rule: 'claimants/expected-by', subject: agent, cue: { start: tokens[i]!.start, end: tokens[i + 1]!.end }, scopes: [governed] };
}

/** "LSEG estimates of 48 cents", "the IMF's forecast of 3.1%": the estimate noun at `i` and the source before it. */
export function estimateOf(doc: Doc, s: Sentence, i: number): Attribution | null {
  const tokens = doc.tokens;
  const noun = tokens[i]!;
  if (!ESTIMATE_NOUNS.has(noun.lower) || noun.pos === 'VERB' || !GOVERNING.has(tokens[i + 1]?.lower ?? '')) return null;
  const figure = figureAfter(doc, s, i + 2);
  if (!figure) return null;
  let k = i - 1;
  while (k >= s.first && (tokens[k]!.pos === 'ADJ' || NO_SOURCE.has(tokens[k]!.lower))) k--;
  if (k < s.first) return null;
  const possessive = tokens[k]!.lower === "'s" || tokens[k]!.lower === '’s' || tokens[k]!.norm === "'" || tokens[k]!.norm === '’';
  if (possessive) k--;
  // a possessor ("the IMF's", "analysts'") or a name ("LSEG estimates"); not "a revised full-year outlook"
  const t = tokens[k];
  if (!t || (t.pos !== 'PROPN' && !(possessive && t.pos === 'NOUN'))) return null;
  const source = nounPhrase(doc, k, s.first - 1, -1);
  if (!source) return null;
  // "beating Wall Street estimates", "missing LSEG estimates": a participle the tagger read as a noun opens no source
  const first = tokenAtOrAfter(doc, source.start);
  if (first < source.head && /^\p{Ll}+ing$/u.test(tokens[first]!.norm)) source.start = tokens[first + 1]!.start;
  return { rule: 'claimants/estimate-of', subject: source, cue: { start: noun.start, end: noun.end }, scopes: [{ start: noun.start, end: figure.end }] };
}

/**
 * "..., beating estimates of 57 cents, according to LSEG", "..., above the $2bn analysts expected, according to
 * LSEG data": the phrase between the comma before the one at `comma` and it, when it holds an expectation; a
 * closing "according to" names the source of that expectation, not of the actual figure before it.
 */
export function expectationBefore(doc: Doc, s: Sentence, comma: number): Region | null {
  const tokens = doc.tokens;
  let k = comma - 1;
  let expectation = false;
  for (; k >= s.first && tokens[k]!.norm !== ','; k--) if (ESTIMATE_NOUNS.has(tokens[k]!.lower) || PARTICIPLES.has(tokens[k]!.lower)) expectation = true;
  return expectation && k >= s.first && k + 1 < comma ? { start: tokens[k + 1]!.start, end: tokens[comma - 1]!.end } : null;
}

/** The figure's noun phrase ending right before token `end`: "the $2bn" in "the $2bn analysts had expected". */
export function figureBefore(doc: Doc, s: Sentence, end: number): Region | null {
  const tokens = doc.tokens;
  let k = end - 1;
  let number = false;
  for (; k >= s.first && (FIGURE_PHRASE_POS.has(tokens[k]!.pos) || tokens[k]!.lower === 'of'); k--) if (tokens[k]!.pos === 'NUM') number = true;
  return number ? { start: tokens[k + 1]!.start, end: tokens[end - 1]!.end } : null;
}

/** The figure's noun phrase starting at token `first`: "48 cents a share" in "estimates of 48 cents a share". */
function figureAfter(doc: Doc, s: Sentence, first: number): Region | null {
  const tokens = doc.tokens;
  let k = first;
  let number = false;
  for (; k < s.last && FIGURE_PHRASE_POS.has(tokens[k]!.pos); k++) if (tokens[k]!.pos === 'NUM') number = true;
  return number ? { start: tokens[first]!.start, end: tokens[k - 1]!.end } : null;
}
