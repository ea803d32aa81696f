import type { Doc, Token } from '../doc/document.js';
import { span } from '../doc/span.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import { DAY_AND_MONTH_NAMES, TIME_NOUNS } from '../lexicon/calendar.js';
import { PLAIN_CURRENCY_NAMES } from '../lexicon/currencies.js';
import type { Span } from '../schema.js';
import type { Figure } from './figure.js';
import { PASSING_VERBS } from './hedges.js';
import { joiningHyphen } from './phrase.js';
import { VAGUE_PLURALS } from './words.js';

/**
 * What an amount or a share measures, read from the noun phrase around it:
 * - "$2.3 billion in revenue": money and the noun after "in";
 * - "a 5% rise in prices": a figure on a change noun, the noun after "in"; "a 5% stake": the noun it modifies;
 * - "net income of $2.3 billion": the noun before "of";
 * - "Sales grew 11% to $43.6 billion": the subject of a verb of change or level, for every figure of its complement.
 */

/** Nouns of change: a figure on them measures the thing "in" after them. */
const CHANGE_NOUNS = new Set([
  'rise', 'rises', 'increase', 'increases', 'fall', 'falls', 'drop', 'drops', 'decline', 'declines', 'jump', 'gain',
  'gains', 'cut', 'cuts', 'reduction', 'surge', 'slump', 'growth', 'hike', 'hikes', 'dip', 'climb', 'boost', 'loss',
  'losses', 'slide', 'plunge', 'rebound', 'contraction', 'expansion', 'change',
]);
/** Verbs of change or level: the figures of their complement measure their subject. */
const CHANGE_VERBS = new Set([
  'rose', 'rise', 'rises', 'risen', 'rising', 'fell', 'fall', 'falls', 'fallen', 'falling', 'grew', 'grow', 'grows',
  'grown', 'growing', 'climbed', 'climbs', 'jumped', 'jumps', 'dropped', 'drops', 'declined', 'declines',
  'increased', 'increases', 'decreased', 'decreases', 'slipped', 'slips', 'slid', 'slides', 'gained', 'gains',
  'surged', 'surges', 'soared', 'soars', 'plunged', 'plunges', 'tumbled', 'tumbles', 'edged', 'edges', 'dipped',
  'dips', 'rebounded', 'rebounds', 'reached', 'reaches', 'hit', 'hits', 'totalled', 'totaled', 'totals', 'stood',
  'stands', 'closed', 'ended', 'finished', 'opened', 'traded', 'shrank', 'shrinks', 'contracted', 'expanded',
  'was', 'were', 'is', 'are', 'be', 'been', 'came', 'amounted', 'eased', 'eases', 'slowed', 'slows', 'accelerated',
  'accelerates', 'cooled', 'cools', 'widened', 'widens', 'narrowed', 'narrows', 'improved', 'improves', 'worsened',
  'worsens', 'doubled', 'doubles', 'halved', 'halves', 'averaged', 'averages',
  'peaked', 'peaks', 'hovered', 'hovers', 'advanced', 'advances', 'sank', 'sinks', 'slumped', 'slumps', 'rallied',
  'rallies', 'retreated', 'retreats', 'recovered', 'recovers', 'weakened', 'weakens', 'strengthened', 'strengthens',
  ...PASSING_VERBS,
]);
/** What may stand between such a verb and its figure: "rose 11% to $43.6 billion", "fell 52 cents, or 0.7%, to", "was worth". */
const PATH_WORDS = new Set([
  'to', 'from', 'by', 'at', 'up', 'down', 'or', 'and', 'worth', 'in', 'about', 'around', 'nearly', 'almost', 'some',
  'roughly', 'more', 'less', 'than', 'over', 'under', 'just', 'only', 'as', 'much', 'high', 'low', 'an', 'a',
  'estimated', 'another', 'further', 'sharply', 'slightly',
]);
const FIGURE_POS = new Set(['NUM', 'SYM', 'PUNCT']);
const NOUN_PHRASE_POS = new Set(['NOUN', 'ADJ', 'PROPN']);
/** "a total of $5bn": heads that name no quantity of their own. */
const AMOUNT_WORDS = new Set([
  'total', 'sum', 'amount', 'average', 'maximum', 'minimum', 'figure', 'level', 'tune', 'excess', 'region', 'order',
  'upwards', 'north', 'south', 'range', 'high', 'low', 'rate', 'value', 'estimate', 'estimates', 'forecast', 'forecasts',
  ...Object.keys(VAGUE_PLURALS),
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those']);
const MAX_PATH = 12;

export function measuredBy(doc: Doc, f: Figure): Span | null {
  const tokens = doc.tokens;
  const next = tokenAtOrAfter(doc, f.end);
  return after(doc, f, next) ?? before(doc, f) ?? subjectOfChange(doc, f, tokens[next]?.sentence ?? -1);
}

/** "$2.3 billion in revenue", "a 5% rise in prices", "a 5% stake". */
function after(doc: Doc, f: Figure, next: number): Span | null {
  const tokens = doc.tokens;
  const t = tokens[next];
  if (!t) return null;
  if (t.lower === 'in' && f.kind === 'money') return nounAfter(doc, next + 1);
  // "20 million pounds sterling": a currency name is part of the amount, not what it measures
  if (t.pos !== 'NOUN' || PLAIN_CURRENCY_NAMES.has(t.lower) || doc.text.slice(f.end, t.start).trim() !== '') return null;
  let k = next;
  while (tokens[k + 1]?.pos === 'NOUN' && tokens[k + 1]!.sentence === t.sentence) k++;
  // "3.2% year-on-year": a time is no measured thing
  if (isTime(tokens[k]!)) return null;
  if (CHANGE_NOUNS.has(tokens[k]!.lower)) {
    // "a 2% pay rise": what changed is the compound's first part; "a 5% rise in prices": what is "in" after it
    if (tokens[k + 1]?.lower === 'in') return nounAfter(doc, k + 2);
    return k > next ? span(doc.text, t.start, tokens[k - 1]!.end) : null;
  }
  return span(doc.text, t.start, tokens[k]!.end);
}

/** The noun phrase from token `i`, without its determiners, if a common noun heads it and it names no time: "revenue", "the damages". */
function nounAfter(doc: Doc, i: number): Span | null {
  const tokens = doc.tokens;
  let k = i;
  while (tokens[k] && DETERMINERS.has(tokens[k]!.lower)) k++;
  const first = k;
  let last = -1;
  for (; tokens[k] && k - first < 4 && tokens[k]!.sentence === tokens[i]!.sentence; k++) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN') last = k;
    else if (t.pos !== 'ADJ' || last >= 0) break;
  }
  if (last < 0 || isTime(tokens[last]!)) return null;
  return span(doc.text, tokens[first]!.start, tokens[last]!.end);
}

/** "net income of $2.3 billion", "a fine of more than €4bn": the noun before "of". */
function before(doc: Doc, f: Figure): Span | null {
  const tokens = doc.tokens;
  const of = tokenAtOrAfter(doc, f.hedgeStart ?? f.start) - 1;
  if (tokens[of]?.lower !== 'of') return null;
  const head = of - 1;
  const t = tokens[head];
  // wink reads "a fine of" as an adjective: after a determiner and before "of" it is a noun
  const noun = t?.pos === 'NOUN' || (t?.pos === 'ADJ' && tokens[head - 1]?.pos === 'DET');
  if (!t || !noun || AMOUNT_WORDS.has(t.lower) || CHANGE_NOUNS.has(t.lower) || isTime(t)) return null;
  const first = compound(doc, head, t.sentence);
  // "robbing two banks of $10,000": a counted noun is no amount's name
  return tokens[first - 1]?.pos === 'NUM' ? null : span(doc.text, tokens[first]!.start, t.end);
}

/**
 * "Sales grew 11% to $43.6 billion", "Brent fell 52 cents, or 0.7%, to $74.10", "The deal was worth $5bn": walking
 * back from the figure over other figures and the words of its path to a verb of change, then its subject.
 */
function subjectOfChange(doc: Doc, f: Figure, sentence: number): Span | null {
  const tokens = doc.tokens;
  const h = tokenAtOrAfter(doc, f.hedgeStart ?? f.start);
  // a verb of passing a mark is the hedge itself ("Sales topped $5 billion"): the walk starts on it
  let k = CHANGE_VERBS.has(tokens[h]?.lower ?? '') ? h : h - 1;
  const stop = k - MAX_PATH;
  while (k > stop && tokens[k] && tokens[k]!.sentence === sentence && onPath(tokens[k]!)) k--;
  const verb = tokens[k];
  if (!verb || verb.sentence !== sentence || !CHANGE_VERBS.has(verb.lower)) return null;
  k--;
  while (k >= 0 && tokens[k]!.sentence === sentence && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'PART')) k--;
  if (!isNoun(tokens[k], sentence)) return null;
  let head = k;
  let first = compound(doc, head, sentence);
  // "Container traffic through the harbour fell": the head is the noun the prepositional phrase hangs on
  for (;;) {
    let d = first;
    while (tokens[d - 1]?.pos === 'DET') d--;
    if (tokens[d - 1]?.pos !== 'ADP' || !isNoun(tokens[d - 2], sentence)) break;
    head = d - 2;
    first = compound(doc, head, sentence);
  }
  return isTime(tokens[head]!) ? null : span(doc.text, tokens[first]!.start, tokens[head]!.end);
}

function isNoun(t: Token | undefined, sentence: number): boolean {
  return t !== undefined && t.sentence === sentence && (t.pos === 'NOUN' || t.pos === 'PROPN');
}

/** The first word of the compound ending at the noun `head`: "quarterly revenue", "Brent crude futures", "full-year profit". */
function compound(doc: Doc, head: number, sentence: number): number {
  const tokens = doc.tokens;
  const word = (i: number) => tokens[i] !== undefined && tokens[i]!.sentence === sentence && NOUN_PHRASE_POS.has(tokens[i]!.pos);
  let first = head;
  for (;;) {
    if (word(first - 1)) first--;
    else if (first > 1 && joiningHyphen(doc, first - 1) && /^\p{L}/u.test(tokens[first - 2]?.norm ?? '') && tokens[first - 2]!.sentence === sentence) first -= 2;
    else return first;
  }
}

/** A token of another figure ("47 cents", "0.7%", "$61.30") or of the path to it ("to", "from", "or", ","). */
function onPath(t: Token): boolean {
  return PATH_WORDS.has(t.lower) || (FIGURE_POS.has(t.pos) && t.norm !== '.' && t.norm !== ';') || /^(?:%|percent|per|cent|pct|cents?|pence|billion|million|trillion|bn|mn|m|points?)$/.test(t.lower);
}

function isTime(t: Token): boolean {
  return TIME_NOUNS.has(t.lower) || DAY_AND_MONTH_NAMES.has(t.lower) || /^(?:quarter|half|period|years|months|weeks|days|decade)$/.test(t.lower);
}
