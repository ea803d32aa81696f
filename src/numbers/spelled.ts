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
    if (!gap || (gap[0].startsWith(',') && !(w in SCALE_WORDS && w !== 'hundred'))) break;
    i = WORD_GAP.lastIndex;
  }
  while (words.length && ['and', 'a', 'an'].includes(words[words.length - 1]!)) words.pop();
  if (words.length === 0 || (words.length === 1 && words[0] === 'a')) return null;
  const first = article ? words[1]! : words[0]!;
  const start = article && (first in SCALE_WORDS || first === 'dozen' || first in FRACTION_WORDS) ? at - article[1]!.length - 1 : at;
  if (start === at && article) words.shift();
  // "a third of the budget" is a share; "a third state" is an ordinal.
  if (words.length === 2 && words[0] === 'a' && first in ORDINAL_WORDS && !/^[ \u00a0]+of\b/i.test(text.slice(end, end + 5))) {
    return { start, end, value: ORDINAL_WORDS[first]!, scale: 1, spelled: true, ordinal: true, vague: null, integerDigits: null };
  }
  const value = ordinal ? ordinalValue(words) : wordsValue(words);
  if (value === null) return null;
  const last = words[words.length - 1]!;
  const scale = !ordinal && last in SCALE_WORDS ? SCALE_WORDS[last]! : 1;
  return { start, end, value, scale, spelled: true, ordinal, vague: null, integerDigits: null };
}

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
  if (w in CARDINALS) return prev === undefined || !(prev in CARDINALS) || (CARDINALS[prev]! >= 20 && CARDINALS[prev]! % 10 === 0 && CARDINALS[w]! < 10) ? 'number' : null;
  if (w in SCALE_WORDS || w === 'dozen') return 'number';
  if (w in FRACTION_WORDS && (w === 'half' || w === 'halves' || (prev !== undefined && (prev in CARDINALS || prev === 'a')))) return 'fraction';
  if (w in ORDINAL_WORDS && (prev === undefined || (prev in CARDINALS && CARDINALS[prev]! >= 20))) return 'ordinal';
  if (prev === undefined) return null;
  const [n1, n2] = peekWords(text, next);
  const fractionNext = n1 !== null && (n1 in FRACTION_WORDS || ((n1 === 'a' || n1 in CARDINALS) && n2 !== null && n2 in FRACTION_WORDS));
  if (w === 'and') return fractionNext || (prev in SCALE_WORDS && n1 !== null && n1 in CARDINALS) ? 'joiner' : null;
  if (w === 'a' || w === 'an') {
    const scaleNext = n1 !== null && (n1 in SCALE_WORDS || n1 === 'dozen' || n1 in FRACTION_WORDS);
    return (prev === 'half' || prev === 'and') && scaleNext ? 'joiner' : null;
  }
  return null;
}

function ordinalValue(words: string[]): number | null {
  const last = words[words.length - 1]!;
  const head = words.slice(0, -1);
  const tens = head.length ? wordsValue(head) : 0;
  return tens === null ? null : tens + ORDINAL_WORDS[last]!;
}
