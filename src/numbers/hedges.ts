import type { Qualifier } from '../schema.js';

/** Verbs of passing a mark, in every form: a hedge, and a verb whose subject the figure measures ("sales topped $5 billion"). */
export const PASSING_VERBS = [
  'exceed', 'exceeds', 'exceeded', 'exceeding', 'surpass', 'surpasses', 'surpassed', 'surpassing', 'top', 'tops',
  'topped', 'topping',
];

/** Hedges written before a figure. Each is matched against the words just before it, longest first. */
const BEFORE: Array<[string, Qualifier]> = [
  // bounds written out in full
  ['equal to or less than', 'at_most'], ['equal to or fewer than', 'at_most'], ['less than or equal to', 'at_most'],
  ['fewer than or equal to', 'at_most'], ['smaller than or equal to', 'at_most'], ['less or equal than', 'at_most'],
  ['smaller or equal than', 'at_most'], ['lower or equal than', 'at_most'], ['less than or equal', 'at_most'],
  ['equal to or more than', 'at_least'], ['equal to or greater than', 'at_least'], ['greater than or equal to', 'at_least'],
  ['more than or equal to', 'at_least'], ['larger or equal than', 'at_least'], ['greater or equal than', 'at_least'],
  ['at least or equal to', 'at_least'],
  // at most
  ['as many as', 'at_most'], ['as much as', 'at_most'], ['as high as', 'at_most'], ['up to', 'at_most'],
  ['no more than', 'at_most'], ['not more than', 'at_most'], ['a maximum of', 'at_most'], ['maximum of', 'at_most'],
  ['at most', 'at_most'], ['at the most', 'at_most'], ['no greater than', 'at_most'], ['≤', 'at_most'], ['<=', 'at_most'],
  // at least
  ['at least', 'at_least'], ['a minimum of', 'at_least'], ['minimum of', 'at_least'], ['no fewer than', 'at_least'],
  ['no less than', 'at_least'], ['not less than', 'at_least'], ['as few as', 'at_least'], ['as little as', 'at_least'],
  ['≥', 'at_least'], ['>=', 'at_least'],
  // more than
  ['more than', 'more_than'], ['over than', 'more_than'], ['greater than', 'more_than'], ['higher than', 'more_than'],
  ['larger than', 'more_than'], ['bigger than', 'more_than'], ['in excess of', 'more_than'], ['upwards of', 'more_than'],
  ['upward of', 'more_than'], ['well over', 'more_than'], ['just over', 'more_than'], ['over', 'more_than'],
  ['above', 'more_than'], ['north of', 'more_than'], ['>', 'more_than'],
  // a verb of passing a mark: what passed it was more ("sales topped $5 billion")
  ...PASSING_VERBS.map((verb): [string, Qualifier] => [verb, 'more_than']),
  // less than
  ['fewer than', 'less_than'], ['less than', 'less_than'], ['lower than', 'less_than'], ['smaller than', 'less_than'],
  ['just under', 'less_than'], ['under', 'less_than'], ['below', 'less_than'], ['south of', 'less_than'], ['shy of', 'less_than'],
  ['just short of', 'less_than'], ['<', 'less_than'],
  // approximate
  ['an estimated', 'approximate'], ['estimated', 'approximate'], ['approximately', 'approximate'], ['approx.', 'approximate'],
  ['about', 'approximate'], ['around', 'approximate'], ['roughly', 'approximate'], ['nearly', 'approximate'],
  ['almost', 'approximate'], ['some', 'approximate'], ['close to', 'approximate'], ['circa', 'approximate'],
  ['more or less', 'approximate'], ['in the region of', 'approximate'], ['on the order of', 'approximate'],
  ['of the order of', 'approximate'], ['barely', 'approximate'], ['towards', 'approximate'], ['toward', 'approximate'],
  ['~', 'approximate'],
  // said to be exact
  ['exactly', 'exact'], ['precisely', 'exact'], ['just', 'exact'], ['only', 'exact'],
];

/** Hedges written after a figure: "500 or more", "20 or so", "300-plus". */
const AFTER: Array<[string, Qualifier]> = [
  ['or more', 'at_least'], ['or greater', 'at_least'], ['or higher', 'at_least'], ['or above', 'at_least'], ['or over', 'at_least'],
  ['or less', 'at_most'], ['or fewer', 'at_most'], ['or lower', 'at_most'], ['or below', 'at_most'], ['or under', 'at_most'],
  ['or so', 'approximate'], ['-odd', 'approximate'], ['-ish', 'approximate'], ['-plus', 'more_than'], ['plus', 'more_than'],
  ['+', 'more_than'],
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const bySize = (list: Array<[string, Qualifier]>) => [...list].sort((a, b) => b[0].length - a[0].length);
const startsWithWord = ([h]: [string, Qualifier]) => /^\w/.test(h);
const alternatives = (list: Array<[string, Qualifier]>) => bySize(list).map(([h]) => escape(h)).join('|');

// One lookbehind for all the word hedges: a copy per alternative makes the first match compile ~100 ms slower.
const BEFORE_PATTERN = new RegExp(
  `(?:(?<![\\p{L}\\d])(?:${alternatives(BEFORE.filter(startsWithWord))})|${alternatives(BEFORE.filter((h) => !startsWithWord(h)))})\\s*$`,
  'iu',
);
const AFTER_PATTERN = new RegExp(`^(?:\\s+or\\s+(?:more|greater|higher|above|over|less|fewer|lower|below|under|so)(?!\\s+than\\s+[\\p{L}\\d$€£])|-odd|-ish|-plus|\\s+plus(?!\\s+\\S)|\\+)(?![\\p{L}\\d])`, 'iu');
/** The last words of the hedges before a figure: a window that ends otherwise holds none. */
const HEDGE_ENDS = [...new Set(BEFORE.map(([h]) => h.split(' ').pop()!))];
const HEDGE_END = new RegExp(`(?:${HEDGE_ENDS.map(escape).join('|')})$`, 'iu');
const HEDGE_END_LENGTH = Math.max(...HEDGE_ENDS.map((w) => w.length));
const QUALIFIERS = new Map(BEFORE.concat(AFTER).map(([h, q]) => [h.toLowerCase(), q]));

export interface Hedge {
  qualifier: Qualifier;
  /** offset of the hedge's first character */
  start: number;
}

/** Words that add to a count between a hedge and its figure: "at least another 12", "nearly a further $2bn". */
const ADDED = /(?<![\p{L}\d])(?:another|an?\s+(?:further|additional|extra))\s+$/iu;

/** The hedge ending right before `start` ("as many as ", "more than $"), or before the words that add to it, within `from`. */
export function hedgeBefore(text: string, start: number, from: number): Hedge | null {
  const direct = hedgeRightBefore(text, start, from);
  if (direct) return direct;
  const added = ADDED.exec(text.slice(Math.max(from, start - 24), start));
  return added ? hedgeRightBefore(text, start - added[0].length, from) : null;
}

function hedgeRightBefore(text: string, start: number, from: number): Hedge | null {
  if (!mayEndWithHedge(text, Math.max(from, start - 40), start)) return null;
  const window = text.slice(Math.max(from, start - 40), start);
  // the pattern, anchored at the end, would be tried at every offset of the window: first the last word alone
  if (!HEDGE_END.test(window.trimEnd().slice(-HEDGE_END_LENGTH))) return null;
  const m = BEFORE_PATTERN.exec(window);
  if (!m) return null;
  const key = m[0].trim().toLowerCase().replace(/\s+/g, ' ');
  if ((key === 'top' || key === 'tops') && !topIsVerb(key, window.slice(0, window.length - m[0].length))) return null;
  return { qualifier: QUALIFIERS.get(key) ?? 'exact', start: start - m[0].length };
}

/** Words after which the base form "top" is a verb: "could top 50,000", "expected to top $1bn". */
const BEFORE_VERB_TOP = /(?<![\p{L}\d])(?:to|will|would|could|can|may|might|should|must|did|does|do|not|n't|never)\s*$/iu;
/** Words after which "top(s)" names a rank: "the top 10", "Britain's top 5". */
const BEFORE_RANK_TOP = /(?:(?<![\p{L}\d])(?:the|a|an|its|their|his|her|our|my|your|this|these|those)|\p{L}['’]s?)\s*$/iu;

/** Is "top"/"tops" before a figure the verb of passing it rather than a rank ("the top 10")? */
function topIsVerb(key: string, before: string): boolean {
  return key === 'top' ? BEFORE_VERB_TOP.test(before) : !BEFORE_RANK_TOP.test(before);
}

/** The hedges' last words by their last character, in lower case. */
const ENDS_BY_LAST = new Map<number, string[]>();
for (const end of HEDGE_ENDS.map((w) => w.toLowerCase())) {
  const last = end.charCodeAt(end.length - 1);
  ENDS_BY_LAST.set(last, [...(ENDS_BY_LAST.get(last) ?? []), end]);
}
/** Under the `iu` flags these match "s" and "k": text holding them is left to HEDGE_END. */
const FOLDING = new Set([0x17f, 0x212a]);
/** White space as `\s` and String.prototype.trimEnd take it. */
const SPACES = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);

const lowerAscii = (c: number) => ((c | 0x20) >= 97 && (c | 0x20) <= 122 ? c | 0x20 : c);

/** Can text[from, to), trailing space aside, end with a hedge's last word? Never false where HEDGE_END matches. */
function mayEndWithHedge(text: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && SPACES.has(text.charCodeAt(end - 1))) end--;
  if (end === from) return false;
  const last = text.charCodeAt(end - 1);
  if (FOLDING.has(last)) return true;
  for (const word of ENDS_BY_LAST.get(lowerAscii(last)) ?? []) if (endsWith(text, from, end, word)) return true;
  return false;
}

/** Does text[from, end) end with the lower-case `word`, ASCII letters in any case (or a folding letter in it)? */
function endsWith(text: string, from: number, end: number, word: string): boolean {
  if (end - from < word.length) return false;
  for (let k = 1; k <= word.length; k++) {
    const c = text.charCodeAt(end - k);
    if (FOLDING.has(c)) return true;
    if (lowerAscii(c) !== word.charCodeAt(word.length - k)) return false;
  }
  return true;
}

/** A hedge written after the figure ("or more", "-plus"): its qualifier and where it ends. */
export function hedgeAfter(text: string, end: number): { qualifier: Qualifier; end: number } | null {
  if (!mayStartHedgeAfter(text, end)) return null;
  const m = AFTER_PATTERN.exec(text.slice(end, end + 16));
  if (!m) return null;
  const key = m[0].trim().toLowerCase().replace(/\s+/g, ' ');
  return { qualifier: QUALIFIERS.get(key) ?? 'exact', end: end + m[0].length };
}

/** The open interval a bound implies: "more than 30" is [30, null]. */
export function boundRange(qualifier: Qualifier, value: number): [number | null, number | null] | null {
  if (qualifier === 'more_than' || qualifier === 'at_least') return [value, null];
  if (qualifier === 'less_than' || qualifier === 'at_most') return [null, value];
  return null;
}

/** AFTER_PATTERN opens with "-", "+", or white space before "or" or "plus". */
function mayStartHedgeAfter(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c === 45 || c === 43) return true;
  let i = at;
  while (SPACES.has(text.charCodeAt(i))) i++;
  const next = text.charCodeAt(i) | 0x20;
  return i > at && (next === 111 || next === 112);
}
