import { timesPowerOfTen } from './decimal.js';

/** Number words: cardinals, scales, fractions and ordinals, and the parser that turns a phrase into a value. */

export const CARDINALS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

export const SCALE_WORDS: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, crore: 1e7,
};

/** Abbreviated scales written straight after digits: "$3.2bn", "25k", "EUR50m". */
export const SCALE_ABBREVIATIONS: Record<string, number> = {
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, mio: 1e6, b: 1e9, bn: 1e9, bln: 1e9, t: 1e12, tn: 1e12, trn: 1e12, tr: 1e12, tln: 1e12,
};

/** Denominators: "two-thirds", "one sixth", "three quarters". */
export const FRACTION_WORDS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
  twelfth: 12, twelfths: 12, hundredth: 100, hundredths: 100, thousandth: 1000, thousandths: 1000,
};

export const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, nineth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50,
  sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1000, millionth: 1e6,
};

export const UNICODE_FRACTIONS: Record<string, number> = {
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5,
  '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8,
};

/** Vague plurals, read as the decade they open: "hundreds" is [100, 1000]. */
export const VAGUE_PLURALS: Record<string, number> = {
  dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
};

/** Every word that can be part of a spelled-out number, for the scanner's alternation. */
export const NUMBER_WORD_PATTERN = [
  ...Object.keys(CARDINALS), ...Object.keys(SCALE_WORDS), 'dozen', 'half', 'quarter',
].sort((a, b) => b.length - a.length).join('|');

/**
 * The value of a spelled-out number given as lower-case words (hyphens split off; digits allowed as words):
 * "seven and a half million" → 7.5e6, "two-thirds" → 0.667, "two billion and a quarter million" → 2000250000,
 * "a dozen" → 12, "three lakh crore" → 3e12. Returns null when the words are not a number.
 */
export function wordsValue(words: readonly string[]): number | null {
  let total = 0; // closed groups, already scaled
  let whole = 0; // the whole part before "and a half", "and one fourth"
  let current = 0; // the group being read (< 1000, or a bare count)
  let fraction = 0; // a fraction waiting for its scale: "and a half", "a quarter"
  let lastScale = 1;
  let seen = false;
  let article = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === 'and') {
      if (fractionFollows(words, i + 1)) {
        whole += current;
        current = 0;
      }
      continue;
    }
    if (w === 'a' || w === 'an') {
      article = true;
      continue;
    }
    const digits = /^\d/.test(w) ? Number(w) : NaN;
    if (!Number.isNaN(digits)) current += digits;
    else if (w in CARDINALS) current += CARDINALS[w]!;
    else if (w === 'dozen') current = (current || 1) * 12;
    else if (w === 'hundred') current = timesPowerOfTen(current || 1, 100);
    else if (w in SCALE_WORDS) {
      const scale = SCALE_WORDS[w]!;
      const group = whole + current + fraction;
      if (group === 0 && words[i - 1]! in SCALE_WORDS && scale > lastScale) total = timesPowerOfTen(total, scale);
      else total += timesPowerOfTen(group || 1, scale);
      whole = current = fraction = 0;
      lastScale = scale;
    } else if (w in FRACTION_WORDS) {
      // "three quarters": the count before it is the numerator; "half", "a half", "a third": one part.
      const numerator = current && !article ? current : 1;
      if (!article) current = 0;
      fraction += numerator / FRACTION_WORDS[w]!;
    } else return null;
    seen = true;
    article = false;
  }
  if (!seen) return null;
  const tail = fraction * (total && current === 0 && whole === 0 ? lastScale : 1);
  return total + whole + current + tail;
}

/** After "and": does a fraction ("a half", "one fourth", "three quarters") come next? */
function fractionFollows(words: readonly string[], i: number): boolean {
  const next = words[i];
  const after = words[i + 1];
  if (next && next in FRACTION_WORDS) return true;
  return (next === 'a' || (next !== undefined && next in CARDINALS)) && after !== undefined && after in FRACTION_WORDS;
}
