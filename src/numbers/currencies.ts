import {
  CURRENCY_NAME_FORMS,
  CURRENCY_NAMES,
  CURRENCY_SIGNS,
  DOLLAR_PREFIXES,
  DOLLAR_SUFFIXES,
  ISO_ALIASES,
  ISO_CODES,
  LETTER_PREFIXES,
  NATIONAL_CURRENCIES,
} from '../lexicon/currencies.js';

/** How the scanner reads the currencies of lexicon/currencies.ts: prefixes before an amount, names after it. */

/** A prefix as written before the digits, lower case and without spaces ("us$", "$a", "rs."), to its code. */
const PREFIX_CODES: Record<string, string> = {
  ...CURRENCY_SIGNS,
  ...lowerKeys(DOLLAR_PREFIXES, (p) => `${p}$`),
  ...lowerKeys(DOLLAR_SUFFIXES, (s) => `$${s}`),
  ...lowerKeys(LETTER_PREFIXES, (p) => p),
  ...lowerKeys(LETTER_PREFIXES, (p) => `${p}.`),
};

function lowerKeys(codes: Readonly<Record<string, string>>, written: (letters: string) => string): Record<string, string> {
  return Object.fromEntries(Object.entries(codes).map(([letters, code]) => [written(letters).toLowerCase(), code]));
}

const escape = (s: string): string => s.replace(/[.$]/g, '\\$&');
const alternatives = (words: string[]): string => words.sort((a, b) => b.length - a.length).map(escape).join('|');

/** The signs, as the body of a character class. */
export const SIGN_CLASS = Object.keys(CURRENCY_SIGNS).join('');
/** Letters before "$" ("US", "U.S.", "A"): all, of two letters or more, of one letter. */
export const DOLLAR_PREFIX_PATTERN = alternatives(Object.keys(DOLLAR_PREFIXES));
export const LONG_DOLLAR_PREFIX_PATTERN = alternatives(Object.keys(DOLLAR_PREFIXES).filter((p) => p.length > 1));
export const SHORT_DOLLAR_PREFIX_PATTERN = alternatives(Object.keys(DOLLAR_PREFIXES).filter((p) => p.length === 1));
export const DOLLAR_SUFFIX_PATTERN = alternatives(Object.keys(DOLLAR_SUFFIXES));
/** Letters before the digits ("Rs", "RM"), without the full stop that may follow them. */
export const LETTER_PREFIX_PATTERN = alternatives(Object.keys(LETTER_PREFIXES));
export const ISO_PATTERN = ISO_CODES.join('|');
/** The letters of every prefix that may start an amount: "US" of "US$", "U" of "U.S.$", "Rs", "USD". */
export const LETTER_CODES = [
  ...new Set([...Object.keys(DOLLAR_PREFIXES), ...Object.keys(LETTER_PREFIXES)].map((p) => /^[A-Za-z]+/.exec(p)![0])),
  ...ISO_CODES,
];

/** The code of a currency prefix as written ("US $", "€", "Rs."). */
export function currencyOfPrefix(surface: string): string {
  const key = surface.trim().toLowerCase().replace(/\s+/g, '');
  return PREFIX_CODES[key] ?? isoOf(key);
}

export function isoOf(code: string): string {
  const upper = code.toUpperCase();
  return ISO_ALIASES[upper] ?? upper;
}

export const CURRENCY_NAME_PATTERN = [...Object.keys(CURRENCY_NAMES), ...Object.keys(CURRENCY_NAME_FORMS)]
  .sort((a, b) => b.length - a.length).join('|');
export const NATIONAL_PATTERN = [...new Set(Object.values(NATIONAL_CURRENCIES).flatMap((m) => Object.keys(m)))]
  .sort((a, b) => b.length - a.length).map((a) => a.replace(/\./g, '\\.')).join('|');

/** The ISO code for a currency name and the adjective before it (if any); null when it cannot tell. */
export function currencyOfName(name: string, national?: string): string | null {
  const lower = name.toLowerCase();
  const singular = CURRENCY_NAME_FORMS[lower] ?? lower;
  const nat = national?.toLowerCase();
  if (nat) {
    const pinned = NATIONAL_CURRENCIES[singular]?.[nat];
    if (pinned) return pinned;
  }
  return CURRENCY_NAMES[singular] ?? null;
}
