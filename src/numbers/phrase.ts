import type { Doc, Region, Token } from '../doc/document.js';
import type { Rule } from '../schema.js';

/** A source's noun phrase: its offsets and its head token. */
export interface Phrase {
  start: number;
  end: number;
  /** token index of the phrase's head noun */
  head: number;
}

/** An attribution: the source's phrase, its cue, and the stretches of text it governs. */
export interface Attribution {
  rule: Rule;
  subject: Phrase;
  /** the cue's words: "said", "according to", "expected by", "estimates" */
  cue: Region;
  /** what it governs: a figure that starts inside one of these (and not inside the subject) is the source's */
  scopes: Region[];
}

const SUBJECT_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'PRON', 'PART']);
/** Prepositions inside a source's noun phrase: "the Institute for Fiscal Studies", "officials in Moscow". */
const INSIDE = new Set(['of', 'for', 'in', 'near', 'at', 'from', 'with', 'on']);
const RELATIVES = new Set(['that', 'which', 'who', 'whom', 'whose']);
/** Relative pronouns that stand for a source: "the CFO, who said ...", "the ministry, which estimated ...". */
const SOURCE_RELATIVES = new Set(['who', 'which']);
const HEADS = new Set(['NOUN', 'PROPN', 'PRON']);
/** Pronouns that determine a noun ("his spokesman") rather than stand for one. */
export const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const MAX_WORDS = 10;
const NAME_POS = new Set(['ADV', 'VERB', 'X', 'NUM']);
const PART_OF_FIGURE = new Set(['NUM', 'SYM']);

export const isRelative = (lower: string): boolean => RELATIVES.has(lower);
export const isSourceRelative = (lower: string): boolean => SOURCE_RELATIVES.has(lower);

/** A hyphen inside a word: "Uriss-Spehar", "red-state". */
export function joiningHyphen(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  return t.norm === '-' && doc.tokens[i - 1]?.end === t.start && doc.tokens[i + 1]?.start === t.end;
}

/** "and" or "&" between two capitalised words, inside one name: "Suffolk Fire and Rescue Service", "Marks & Spencer". */
function nameConnector(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const capitalised = (n: Token | undefined) => n !== undefined && /^\p{Lu}/u.test(n.norm);
  return (t.lower === 'and' || t.norm === '&') && capitalised(doc.tokens[i - 1]) && capitalised(doc.tokens[i + 1]);
}

/** A capitalised word the tagger read as an adverb or adjective or verb: "Harbour Data Services". */
function namePart(t: Token): boolean {
  return NAME_POS.has(t.pos) && /^\p{Lu}/u.test(t.norm);
}

/**
 * The noun phrase walking from token `from` towards `stop` (exclusive) in direction `step`, with its head:
 * "The Institute for Fiscal Studies", "Farmers near Petersburg" (head "Farmers"), "the agency (IEMA)". Walking
 * back, a personal pronoun next to the verb is the whole subject: "a remedy he claimed" is "he".
 */
export function nounPhrase(doc: Doc, from: number, stop: number, step: 1 | -1): Phrase | null {
  const tokens = doc.tokens;
  let first = -1;
  let last = -1;
  for (let i = from; i !== stop && Math.abs(i - from) < MAX_WORDS; i += step) {
    const t = tokens[i]!;
    if (step === -1 && t.norm === ')') {
      let open = i - 1;
      while (open > stop && open > i - 6 && tokens[open]!.norm !== '(') open--;
      if (tokens[open]?.norm !== '(') break;
      if (first < 0) first = i;
      last = i = open;
      continue;
    }
    // walking back to "the state-owned lender": a participle hyphened to the word before it is part of an adjective
    const compound = step === -1 && t.pos === 'VERB' && i > 0 && joiningHyphen(doc, i - 1);
    const inside = (INSIDE.has(t.lower) || joiningHyphen(doc, i) || nameConnector(doc, i) || compound) && first >= 0;
    // a number alone opens the phrase it quantifies: "one dealer", "told one of his aides"; not "£870 million analysts",
    // nor the object of a preposition inside a longer phrase: "the survey of 2,000 adults"
    const ofPreposition = t.pos === 'NUM' && step === -1 && first >= 0 && INSIDE.has(tokens[i - 1]?.lower ?? '');
    const quantifier = t.pos === 'NUM' && !ofPreposition && (step === -1 ? first >= 0 && !PART_OF_FIGURE.has(tokens[i - 1]?.pos ?? '') : i === from);
    if (RELATIVES.has(t.lower) || (!SUBJECT_POS.has(t.pos) && !inside && !quantifier && !ofPreposition && !namePart(t))) break;
    if (first < 0) first = i;
    last = i;
    // walking back, a determiner opens the phrase, and a personal pronoun next to the verb is all of it
    if (step === -1 && (t.pos === 'DET' || quantifier || (i === from && t.pos === 'PRON' && !POSSESSIVES.has(t.lower)))) break;
  }
  if (first < 0) return null;
  let a = step === 1 ? first : last;
  let b = step === 1 ? last : first;
  while (a <= b && (INSIDE.has(tokens[a]!.lower) || tokens[a]!.pos === 'ADP')) a++;
  while (b >= a && !HEADS.has(tokens[b]!.pos)) b--;
  // walking back from a verb, an adjective next to it after a determiner or a name is the head: "the U.S. military said"
  if (step === -1 && first === from && first > a && tokens[first]!.pos === 'ADJ' && /^(?:DET|PROPN)$/.test(tokens[first - 1]!.pos)) b = first;
  if (b < a) return null;
  let head = b;
  for (let i = a + 1; i <= b; i++) {
    if (INSIDE.has(tokens[i]!.lower) || tokens[i]!.norm === '(') {
      head = i - 1;
      break;
    }
  }
  return { start: tokens[a]!.start, end: tokens[b]!.end, head };
}
