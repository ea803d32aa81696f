import { type Amount, sticky } from './figure.js';
import { CARDINALS, FRACTION_WORDS, ORDINAL_WORDS, SCALE_WORDS, VAGUE_PLURALS, wordsValue } from './words.js';

/** Spelled-out amounts: number words ("seven hundred", "a dozen", "two-thirds") and vague plurals ("dozens"). */

export const VAGUE_PATTERN = Object.keys(VAGUE_PLURALS).join('|');
const WORD_TOKEN = /[A-Za-z]+/y;
const WORD_GAP = /(?:[ \u00a0]&[ \u00a0]|[ \u00a0]|-|,[ \u00a0](?=[a-z]))/y;
const VAGUE = new RegExp(String.raw`(?:(tens|hundreds)[ \u00a0]of[ \u00a0])?(${VAGUE_PATTERN})(?![\p{L}])`, 'iuy');

/** "dozens", "hundreds of", "tens of thousands": an interval from the scale to ten times it. */
export function readVague(text: string, at: number): Amount | null {
  const m = sticky(VAGUE, text, at);
  if (!m) return null;
  const low = (m[1] ? (m[1].toLowerCase() === 'tens' ? 10 : 100) : 1) * VAGUE_PLURALS[m[2]!.toLowerCase()]!;
  return { start: at, end: VAGUE.lastIndex, value: low, scale: 1, spelled: true, ordinal: false, vague: [low, low * 10], integerDigits: null };
}

/** Spelled-out numbers: "seven hundred", "twenty-five", "a dozen", "two-thirds", "half a million", "twenty-first". */
export function readWords(text: string, at: number): Amount | null {
  const article = articleBefore(text, at);
  const words: string[] = article ? ['a'] : [];
  let end = at;
  let i = at;
  let ordinal = false;
  for (;;) {
    const w = wordAt(text, i);
    if (w === null) break;
    const prev = words[words.length - 1];
    const next = WORD_TOKEN.lastIndex;
    const kind = wordKind(w, prev, text, next);
    if (kind === null) break;
    words.push(w);
    i = next;
    if (kind !== 'joiner') end = i;
    if (kind === 'ordinal') {
      ordinal = true;
      break;
    }
    const gap = sticky(WORD_GAP, text, i);
    if (!gap || (gap[0].startsWith(',') && !(isScale(w) && w !== 'hundred'))) break;
    i = WORD_GAP.lastIndex;
  }
  while (words.length && ['and', 'a', 'an'].includes(words[words.length - 1]!)) words.pop();
  if (words.length === 0 || (words.length === 1 && words[0] === 'a')) return null;
  const first = article ? words[1]! : words[0]!;
  const start = article && (isScale(first) || first === 'dozen' || isFraction(first)) ? at - article[1]!.length - 1 : at;
  if (start === at && article) words.shift();
  // "a third of the budget" is a share; "a third state" is an ordinal.
  if (words.length === 2 && words[0] === 'a' && isOrdinal(first) && !/^[ \u00a0]+of\b/i.test(text.slice(end, end + 5))) {
    return { start, end, value: ORDINAL_WORDS[first]!, scale: 1, spelled: true, ordinal: true, vague: null, integerDigits: null };
  }
  const value = ordinal ? ordinalValue(words) : wordsValue(words);
  if (value === null) return null;
  const last = words[words.length - 1]!;
  const scale = !ordinal && isScale(last) ? SCALE_WORDS[last]! : 1;
  return { start, end, value, scale, spelled: true, ordinal, vague: null, integerDigits: null };
}

const CARDINAL = 1;
const SCALE = 2;
const FRACTION = 4;
const ORDINAL = 8;
/** The word tables each word is in, as `in` finds it (so Object.prototype's names are in all of them), by one Map look-up. */
const TABLES = new Map<string, number>();
for (const [table, flag] of [[CARDINALS, CARDINAL], [SCALE_WORDS, SCALE], [FRACTION_WORDS, FRACTION], [ORDINAL_WORDS, ORDINAL]] as const) {
  for (const w of Object.keys(table)) TABLES.set(w, (TABLES.get(w) ?? 0) | flag);
}
for (const w of Object.getOwnPropertyNames(Object.prototype)) TABLES.set(w, CARDINAL | SCALE | FRACTION | ORDINAL);
const isCardinal = (w: string) => ((TABLES.get(w) ?? 0) & CARDINAL) !== 0;
const isScale = (w: string) => ((TABLES.get(w) ?? 0) & SCALE) !== 0;
const isFraction = (w: string) => ((TABLES.get(w) ?? 0) & FRACTION) !== 0;
const isOrdinal = (w: string) => ((TABLES.get(w) ?? 0) & ORDINAL) !== 0;

const ARTICLE = /(?:^|[^\p{L}])(an?)[ \u00a0]$/iu;

/** "a" or "an" and a space right before `at`. */
function articleBefore(text: string, at: number): RegExpExecArray | null {
  const space = text.charCodeAt(at - 1);
  const letter = text.charCodeAt(at - 2) | 0x20;
  if ((space !== 32 && space !== 0xa0) || (letter !== 97 && letter !== 110)) return null;
  return ARTICLE.exec(text.slice(Math.max(0, at - 4), at));
}

function wordAt(text: string, at: number): string | null {
  const m = sticky(WORD_TOKEN, text, at);
  return m ? m[0].toLowerCase() : null;
}

/** The next two words after a gap, for the joiners' look-ahead. */
function peekWords(text: string, at: number): [string | null, string | null] {
  if (!sticky(WORD_GAP, text, at)) return [null, null];
  const first = wordAt(text, WORD_GAP.lastIndex);
  if (first === null || !sticky(WORD_GAP, text, WORD_TOKEN.lastIndex)) return [first, null];
  return [first, wordAt(text, WORD_GAP.lastIndex)];
}

type WordKind = 'number' | 'fraction' | 'ordinal' | 'joiner';

/**
 * How a word continues a spelled number: "and" and "a" only join "hundred and five", "and a half", "half a million".
 * The words after it, from `next`, are read only for a joiner.
 */
function wordKind(w: string, prev: string | undefined, text: string, next: number): WordKind | null {
  // "twenty five" reads as one number; "two three" does not.
  if (isCardinal(w)) return prev === undefined || !isCardinal(prev) || (CARDINALS[prev]! >= 20 && CARDINALS[prev]! % 10 === 0 && CARDINALS[w]! < 10) ? 'number' : null;
  if (isScale(w) || w === 'dozen') return 'number';
  if (isFraction(w) && (w === 'half' || w === 'halves' || (prev !== undefined && (isCardinal(prev) || prev === 'a')))) return 'fraction';
  if (isOrdinal(w) && (prev === undefined || (isCardinal(prev) && CARDINALS[prev]! >= 20))) return 'ordinal';
  if (prev === undefined || (w !== 'and' && w !== 'a' && w !== 'an')) return null;
  const [n1, n2] = peekWords(text, next);
  if (w === 'and') {
    const fractionNext = n1 !== null && (isFraction(n1) || ((n1 === 'a' || isCardinal(n1)) && n2 !== null && isFraction(n2)));
    return fractionNext || (isScale(prev) && n1 !== null && isCardinal(n1)) ? 'joiner' : null;
  }
  const scaleNext = n1 !== null && (isScale(n1) || n1 === 'dozen' || isFraction(n1));
  return (prev === 'half' || prev === 'and') && scaleNext ? 'joiner' : null;
}

function ordinalValue(words: string[]): number | null {
  const last = words[words.length - 1]!;
  const head = words.slice(0, -1);
  const tens = head.length ? wordsValue(head) : 0;
  return tens === null ? null : tens + ORDINAL_WORDS[last]!;
}
