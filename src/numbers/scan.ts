import { EVERYDAY_CURRENCY_NAMES, MINOR_UNITS } from '../lexicon/currencies.js';
import {
  CURRENCY_NAME_PATTERN,
  DOLLAR_SUFFIX_PATTERN,
  ISO_PATTERN,
  LETTER_PREFIX_PATTERN,
  LONG_DOLLAR_PREFIX_PATTERN,
  NATIONAL_PATTERN,
  SHORT_DOLLAR_PREFIX_PATTERN,
  SIGN_CLASS,
  currencyOfName,
  currencyOfPrefix,
  isoOf,
} from './currencies.js';
import { type Amount, type Figure, type Kind, sticky } from './figure.js';
import { timesPowerOfTen } from './decimal.js';
import { hedgeBefore } from './hedges.js';
import { readUnit } from './measure.js';
import { readVague, readWords } from './spelled.js';
import { nextStart } from './starts.js';
import { SYMBOL_UNIT, WORD_UNIT } from './units.js';
import { SCALE_ABBREVIATIONS, SCALE_WORDS, UNICODE_FRACTIONS, wordsValue } from './words.js';

/**
 * The amount scanner: finds every numeric expression in the text (digits, words, currencies, scales,
 * percentages, units, ordinals) and reads its value. Context (years, hedges, ranges, labels) comes later.
 */

/** Case-sensitive: "A$5" is Australian, "a $5 bill" is not. Letter codes of two or more may stand apart ("HK $5"). */
const CURRENCY_PREFIX = new RegExp(
  String.raw`(?:(?:${LONG_DOLLAR_PREFIX_PATTERN}) ?\$|(?:${SHORT_DOLLAR_PREFIX_PATTERN})\$|(?:us|c) \$|\$ ?(?:${DOLLAR_SUFFIX_PATTERN})(?=\d)|[${SIGN_CLASS}]|(?:${LETTER_PREFIX_PATTERN})\.?|(?:${ISO_PATTERN})(?= ?\d)) ?`,
  'uy',
);
const DIGITS = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: , \d{3})+(?![\d.])|\d+(?:\.\d+| \. \d+)?|\.\d+/y;
const MIXED_FRACTION = /[ \u00a0](\d{1,2})\/(\d{1,2})(?![\d/])/y;
const SLASH_FRACTION = /\/(\d{1,3})(?![\d/])/y;
const SCIENTIFIC = /(?:[eE]([-+]?\d{1,3})|\s?[x×]\s?10\^?([-−]?\d{1,3}))(?![\d.])/y;
const SCALE_TAIL = /[ \u00a0-]?(hundred|thousand|million|billion|trillion|lakh|crore)(?:[ \u00a0](hundred|thousand|million|billion|trillion|lakh|crore))?(?:s(?![\p{L}]))?(?: and (a|one) (half|quarter))?(?![\p{L}])/iuy;
const SCALE_ABBREVIATION = /(?:[ \u00a0](bn|mn|mln|bln|tln|trn)|(bn|mn|mln|bln|tln|trn|tn|tr|k|K|m|M|b|B|t))(?![\p{L}\d])/uy;
const ISO_SUFFIX = new RegExp(String.raw`[ \u00a0]?(M|B|bn|mn)?(${ISO_PATTERN}|usd|eur|gbp|rmb)(?![\p{L}])`, 'uy');
const NAME_SUFFIX = new RegExp(String.raw`[ \u00a0-](?:(${NATIONAL_PATTERN})[ \u00a0])?(${CURRENCY_NAME_PATTERN})(?![\p{L}])`, 'iuy');
const CENTS_TAIL = /(?: and)? (\d{1,2}|[a-z]+(?:-[a-z]+)?) cents?(?![\p{L}])/iuy;
const MINOR_SUFFIX = /[ \u00a0]?(cents?|pence|penny|sen)(?![\p{L}])|(p)(?![\p{L}\d])/iuy;
const PERCENT = /[ \u00a0]?(?:%|percent(?![\p{L}])|per[ -]cent(?![\p{L}])|pct(?![\p{L}]))|pc(?![\p{L}])/iuy;
const ORDINAL_SUFFIX = /(?:st|nd|rd|th)(?![\p{L}\d])/iuy;
const DECADE = /'?s(?![\p{L}\d])/uy;
const RATE = /(?:[ \u00a0]?\/[ \u00a0]?|[ \u00a0]per[ \u00a0]|[ \u00a0]an?[ \u00a0]|[ \u00a0]each[ \u00a0])(year|annum|month|week|day|night|hour|minute|second|share|barrel|gallon|litre|liter|ounce|pound|kilogram|kg|tonne|ton|head|person|capita|kilometre|kilometer|km|mile|unit|dozen|game|match|square (?:metre|meter|foot)|sq\.? ?(?:m|ft))(?![\p{L}])(?![ \u00a0](?:ago|earlier|later|before|after|prior|since|from|or|and)\b)/iuy;
const RATE_UNIT: Record<string, string> = {
  'square metre': 'm²', 'square meter': 'm²', 'sq m': 'm²', 'sq. m': 'm²', 'sqm': 'm²', 'square foot': 'sq ft', 'sq ft': 'sq ft',
  'sq. ft': 'sq ft', 'sqft': 'sq ft', annum: 'year', litre: 'L', liter: 'L', gallon: 'gal', ounce: 'oz', pound: 'lb', kilogram: 'kg', tonne: 't',
  head: 'person', capita: 'person', kilometre: 'km', kilometer: 'km', mile: 'mi',
};
const OF_WORD = /[ \u00a0]of[ \u00a0]/y;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;
/** Punctuation that no fraction, scale, currency, unit or rate after an amount starts with. */
const CLOSING = new Set([...'.,;:)]}"!?'].map((c) => c.charCodeAt(0)));
const RUN_END = /[\p{L}\d.,/-]*/uy;

/** Scans the text for amounts, skipping the regions given (dates and times found first). */
export function scanAmounts(text: string, skip: ReadonlyArray<{ start: number; end: number }>): Figure[] {
  const out: Figure[] = [];
  let s = 0;
  for (let at = nextStart(text, 0); at >= 0; ) {
    while (s < skip.length && skip[s]!.end <= at) s++;
    const blocked = skip[s];
    if (blocked && blocked.start <= at) {
      at = nextStart(text, blocked.end);
      continue;
    }
    const parsed = parseAt(text, at);
    if (parsed && (!blocked || parsed.end <= blocked.start)) {
      out.push(parsed);
      at = nextStart(text, Math.max(parsed.end, at + 1));
    } else {
      at = nextStart(text, parsed ? at + 1 : runEnd(text, at));
    }
  }
  return out;
}

function runEnd(text: string, at: number): number {
  RUN_END.lastIndex = at + 1;
  RUN_END.exec(text);
  let end = RUN_END.lastIndex;
  while (end > at + 1 && /[.,/-]/.test(text[end - 1]!)) end--;
  return end;
}

/** May an amount start here? Not inside a word ("SF90", "COVID-19"), a version ("1.2.3") or a clock ("9:35"). */
function leftOk(text: string, start: number): boolean {
  const c = text[start - 1];
  if (c === undefined) return true;
  // "$56/$52 a barrel": an amount with its own currency sign may follow a slash; "24/7" and "9/11" may not
  if (c === '/') return !isDigitOrPoint(text.charCodeAt(start)) && /\d/.test(text[start - 2] ?? '');
  if (LETTER_OR_DIGIT.test(c) || c === '_' || c === '#' || c === ':' || c === '@') return false;
  if (c === '.' && /\d/.test(text[start - 2] ?? '')) return false;
  if (c === '-' && /\p{L}/u.test(text[start - 2] ?? '')) {
    // "mid-2018", "minus-5", the second end of "5k-20k" and "0-to-60"; not "COVID-19", "V-12", "top-10".
    const before = text.slice(Math.max(0, start - 8), start);
    return /(?:^|[^\p{L}])(?:mid|pre|post|early|late|minus)-$/iu.test(before) || /\d(?:[\p{L}]{1,3}|-to)-$/u.test(before);
  }
  return true;
}

/** The figure being read: each step below reads one more part of it and moves `end`. */
interface Reading {
  start: number;
  end: number;
  value: number;
  base: number;
  scale: number;
  unit: string | null;
  kind: Kind;
  range: [number | null, number | null] | null;
  bare: boolean;
  /** set when a step found the amount is not a figure after all ("9/11", "24/7") */
  rejected?: boolean;
}

function parseAt(text: string, at: number): Figure | null {
  if (!leftOk(text, at)) return null;
  let i = at;
  let currency: string | null = null;
  const prefix = isDigitOrPoint(text.charCodeAt(at)) ? null : sticky(CURRENCY_PREFIX, text, at);
  if (prefix) {
    currency = currencyOfPrefix(prefix[0]);
    i = at + prefix[0].length;
  }
  let negative = false;
  if (currency && (text[i] === '-' || text[i] === '−') && /\d/.test(text[i + 1] ?? '')) {
    negative = true;
    i++;
  }
  const amount = readDigits(text, i) ?? (currency ? null : readVague(text, i) ?? readWords(text, i));
  if (!amount) return null;
  const start = currency ? at : amount.start;
  if (start !== at && !leftOk(text, start)) return null;
  const r: Reading = {
    start,
    end: amount.end,
    value: amount.value,
    base: amount.value / amount.scale,
    scale: amount.scale,
    unit: currency,
    kind: currency ? 'money' : amount.ordinal ? 'ordinal' : 'count',
    range: amount.vague,
    bare: amount.integerDigits !== null,
  };
  // An ordinal ("21st", "twenty-first"), a decade ("1990s") or an amount before closing punctuation is complete as read.
  const complete = amount.ordinal || CLOSING.has(text.charCodeAt(r.end)) || (!amount.spelled && readDigitTail(text, r, amount));
  if (r.rejected) return null;
  if (!complete) {
    if (!amount.spelled) readScale(text, r, currency !== null);
    if (!currency) readCurrency(text, r, amount);
    if (r.kind === 'count') readPercent(text, r, amount);
    if (r.kind === 'count') readMeasure(text, r, amount);
    if (r.kind === 'money' || r.kind === 'quantity' || r.kind === 'duration') readRate(text, r);
    const next = text[r.end];
    if (next !== undefined && LETTER_OR_DIGIT.test(next)) return null;
  }
  const signStart = negative ? start : signStartOf(text, start);
  const sign = negative || signStart < start ? -1 : 1;
  return {
    start: signStart,
    end: r.end,
    kind: r.kind,
    value: r.range ? null : sign * r.value,
    range: r.range,
    unit: r.unit,
    qualifier: 'exact',
    base: sign * r.base,
    scale: r.scale,
    spelled: amount.spelled,
    bare: r.bare && r.kind === 'count' && sign > 0,
  };
}

/** After digits: fractions, scientific notation; an ordinal suffix or a decade ends the figure (returns true). */
function readDigitTail(text: string, r: Reading, amount: Amount): boolean {
  const mixed = isSpace(text.charCodeAt(r.end)) ? sticky(MIXED_FRACTION, text, r.end) : null;
  if (mixed && amount.integerDigits !== null && Number(mixed[1]) < Number(mixed[2])) {
    r.value += Number(mixed[1]) / Number(mixed[2]);
    r.end = MIXED_FRACTION.lastIndex;
    r.bare = false;
  }
  const slash = text.charCodeAt(r.end) === 47 ? sticky(SLASH_FRACTION, text, r.end) : null;
  if (slash) {
    const denominator = Number(slash[1]);
    const after = SLASH_FRACTION.lastIndex;
    if (amount.integerDigits === null || r.value >= denominator || !fractionContext(text, after)) {
      r.rejected = true;
      return false;
    }
    r.value /= denominator;
    r.end = after;
    r.bare = false;
  }
  const glued = text[r.end];
  if (glued !== undefined && glued in UNICODE_FRACTIONS) {
    r.value += UNICODE_FRACTIONS[glued]!;
    r.end++;
    r.bare = false;
  }
  const sci = mayStartScientific(text.charCodeAt(r.end)) ? sticky(SCIENTIFIC, text, r.end) : null;
  if (sci) {
    r.value = timesPowerOfTen(r.value, 10 ** Number((sci[1] ?? sci[2]!).replace('−', '-')));
    r.end = SCIENTIFIC.lastIndex;
    r.bare = false;
  }
  r.base = r.value;
  if (amount.integerDigits === null) return false;
  if (mayStartOrdinal(text.charCodeAt(r.end)) && sticky(ORDINAL_SUFFIX, text, r.end)) {
    r.end = ORDINAL_SUFFIX.lastIndex;
    r.kind = 'ordinal';
    return true;
  }
  const c = text.charCodeAt(r.end);
  if (amount.integerDigits.length === 4 && (c === 39 || c === 115) && sticky(DECADE, text, r.end)) {
    r.end = DECADE.lastIndex;
    r.kind = 'year';
    return true;
  }
  return false;
}

const isSpace = (c: number) => c === 32 || c === 0xa0;
/** "e", "E", "x", ASCII white space, or anything past ASCII ("×", other spaces): where SCIENTIFIC may match. */
const mayStartScientific = (c: number) => c >= 128 || c === 101 || c === 69 || c === 120 || c === 32 || (c >= 9 && c <= 13);
/** "st", "nd", "rd", "th" in any case, or past ASCII (under `iu` "ſ" is an "s"). */
function mayStartOrdinal(c: number): boolean {
  const lower = c | 0x20;
  return c >= 128 || lower === 115 || lower === 110 || lower === 114 || lower === 116;
}

/** Scales after digits: "1.5 million", "$3.2bn", "25k", "13 lakh crore", "4 million and a half". */
function readScale(text: string, r: Reading, money: boolean): void {
  const tail = sticky(SCALE_TAIL, text, r.end);
  if (tail) {
    const words = [String(r.value), ...[tail[1], tail[2]].filter((w): w is string => !!w).map((w) => w.toLowerCase())];
    if (tail[3]) words.push('and', tail[3].toLowerCase(), tail[4]!.toLowerCase());
    const scaled = wordsValue(words);
    if (scaled === null) return;
    // "4 million and a half" scales by no power of ten; otherwise the scale is the scale words' product
    r.scale = tail[3] ? (r.value ? scaled / r.value : 1) : wordsValue(['1', ...words.slice(1)])!;
    r.value = scaled;
    r.end = SCALE_TAIL.lastIndex;
    r.bare = false;
    return;
  }
  const abbr = sticky(SCALE_ABBREVIATION, text, r.end);
  const word = abbr?.[1] ?? abbr?.[2];
  if (abbr && word && abbreviationIsScale(text, word, money, SCALE_ABBREVIATION.lastIndex)) {
    r.scale = SCALE_ABBREVIATIONS[word.toLowerCase()]!;
    r.value = timesPowerOfTen(r.value, r.scale);
    r.end = SCALE_ABBREVIATION.lastIndex;
    r.bare = false;
  }
}

/** A currency after the amount: "60 USD million", "45 MUSD", "10 billion Turkish lira", "18 cents", "96.5p". */
function readCurrency(text: string, r: Reading, amount: Amount): void {
  let currency: string | null = null;
  const iso = sticky(ISO_SUFFIX, text, r.end);
  if (iso) {
    currency = isoOf(iso[2]!);
    r.end = ISO_SUFFIX.lastIndex;
    const millions = iso[1] ? SCALE_ABBREVIATIONS[iso[1].toLowerCase()]! : 1;
    const after = sticky(SCALE_TAIL, text, r.end);
    const more = after ? SCALE_WORDS[after[1]!.toLowerCase()]! : 1;
    if (after) r.end = SCALE_TAIL.lastIndex;
    r.scale *= millions * more;
    r.value = timesPowerOfTen(r.value, millions * more);
  } else {
    const name = sticky(NAME_SUFFIX, text, r.end);
    currency = name ? currencyOfNameInContext(name[2]!, name[1], r.scale, text, amount.start, NAME_SUFFIX.lastIndex) : null;
    if (currency) {
      r.end = NAME_SUFFIX.lastIndex;
      const cents = sticky(CENTS_TAIL, text, r.end);
      const centValue = cents ? centsOf(cents[1]!) : null;
      if (centValue !== null) {
        r.value = Number.isInteger(r.value) ? timesPowerOfTen(r.value * 100 + centValue, 0.01) : r.value + centValue / 100;
        r.end = CENTS_TAIL.lastIndex;
      }
    }
  }
  if (!currency) {
    const minor = sticky(MINOR_SUFFIX, text, r.end);
    const minorWord = minor?.[1] ?? minor?.[2];
    if (!minor || !minorWord || (!minor[1] && amount.spelled)) return;
    currency = MINOR_UNITS[minorWord.toLowerCase()]!;
    r.end = MINOR_SUFFIX.lastIndex;
  }
  r.unit = currency;
  r.kind = 'money';
  r.bare = false;
}

function readPercent(text: string, r: Reading, amount: Amount): void {
  const pct = sticky(PERCENT, text, r.end);
  if (!pct || (pct[0] === 'pc' && (amount.spelled || r.end !== amount.end))) return;
  r.unit = '%';
  r.kind = 'percent';
  r.end = PERCENT.lastIndex;
  r.bare = false;
}

/** A unit after the amount, or after "of" for vague plurals: "hundreds of miles", "tens of millions of dollars". */
function readMeasure(text: string, r: Reading, amount: Amount): void {
  const measured = readUnit(text, r.end, r.value, amount);
  if (measured) {
    r.unit = measured.unit;
    r.kind = measured.kind;
    r.value = measured.value;
    r.end = measured.end;
    r.bare = false;
  } else if (r.range && sticky(OF_WORD, text, r.end)) {
    const after = OF_WORD.lastIndex - 1;
    const name = sticky(NAME_SUFFIX, text, after);
    const code = name ? currencyOfName(name[2]!, name[1]) : null;
    const measure = code ? null : readUnit(text, after, r.value, amount);
    if (code) [r.unit, r.kind] = [code, 'money'];
    else if (measure) [r.unit, r.kind] = [measure.unit, measure.kind];
  }
}

/** "$52,000 a year", "$3.49 per gallon", "40 hours a week": a rate goes into the unit. */
function readRate(text: string, r: Reading): void {
  const rate = sticky(RATE, text, r.end);
  if (!rate || r.unit === null || r.unit.includes('/')) return;
  const per = rate[1]!.toLowerCase().replace(/\s+/g, ' ');
  r.unit = `${r.unit}/${RATE_UNIT[per] ?? per}`;
  r.end = RATE.lastIndex;
}

/** Where "-18", "minus 5", "negative ten" start; a range dash ("12 -15"), a hyphen in a word or the "minus" of "plus or minus" is no sign. */
function signStartOf(text: string, start: number): number {
  if (!maySign(text, start)) return start;
  const before = text.slice(Math.max(0, start - 18), start);
  const word = /(?:^|[^\p{L}])(minus|negative)[ \u00a0-]$/iu.exec(before);
  // "plus or minus 2%" is a tolerance, no sign
  if (word) return /plus[ \u00a0]+or[ \u00a0]+minus[ \u00a0]$/iu.test(before) ? start : start - word[1]!.length - 1;
  const dash = /(?:^|[\s(<>=~])[-−]$/u.exec(before);
  if (dash && !/\d[\s]*[-−]$/u.test(text.slice(Math.max(0, start - 4), start))) return start - 1;
  return start;
}

/** A dash right before, or a space after what may end "minus" or "negative" ("s", "e", or the "ſ" that folds to "s"). */
function maySign(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  if (c === 45 || c === 0x2212) return true;
  if (c !== 32 && c !== 0xa0) return false;
  const last = text.charCodeAt(start - 2);
  return (last | 0x20) === 115 || (last | 0x20) === 101 || last === 0x17f;
}

/** Digits or a decimal point: where a currency prefix cannot start and digits can. */
function isDigitOrPoint(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 46;
}

function readDigits(text: string, at: number): Amount | null {
  const m = isDigitOrPoint(text.charCodeAt(at)) ? sticky(DIGITS, text, at) : null;
  if (!m) {
    const fraction = text[at];
    if (fraction !== undefined && fraction in UNICODE_FRACTIONS) {
      return { start: at, end: at + 1, value: UNICODE_FRACTIONS[fraction]!, scale: 1, spelled: false, ordinal: false, vague: null, integerDigits: null };
    }
    return null;
  }
  const raw = m[0];
  const value = Number(raw.includes(',') || raw.includes(' ') ? raw.replace(/ ?, ?/g, '').replace(/ \. /, '.') : raw);
  if (!Number.isFinite(value)) return null;
  return { start: at, end: at + raw.length, value, scale: 1, spelled: false, ordinal: false, vague: null, integerDigits: /^\d+$/.test(raw) ? raw : null };
}

/** "1/4 mile", "1/2 cup", "1/40 of": a slash is a fraction only before a unit or "of"; "9/11" and "24/7" are not. */
function fractionContext(text: string, at: number): boolean {
  return sticky(OF_WORD, text, at) !== null || sticky(WORD_UNIT, text, at) !== null || sticky(SYMBOL_UNIT, text, at) !== null;
}

/** "m" after digits is million for money or before "of"/a plural ("35m devices"), else metres; "b", "t" need money. */
function abbreviationIsScale(text: string, word: string, money: boolean, after: number): boolean {
  if (money) return true;
  if (word === 'm') {
    const next = /^[ \u00a0]([a-z]+)/.exec(text.slice(after, after + 24))?.[1];
    return next === 'of' || (next !== undefined && next.length > 3 && next.endsWith('s') && !NOT_PLURAL.has(next));
  }
  return ['k', 'K', 'M', 'bn', 'mn', 'mln', 'bln', 'tln', 'trn'].includes(word);
}

const NOT_PLURAL = new Set(['this', 'thus', 'plus', 'less', 'unless', 'across', 'does', 'was', 'has', 'its', 'his', 'hers', 'yes', 'always', 'perhaps', 'whereas']);

/** A verb or noun of paying right before an amount: "paid 40 pounds", "a fine of 500 pounds". */
const PAYING_BEFORE = /\b(?:cost(?:s|ing)?|pa(?:id|ys?|ying)|earn(?:s|ed|ing)?|sp(?:ent|ends?|ending)|charg(?:ed?|es|ing)|fined|ow(?:ed?|es|ing)|worth|raised|donated|(?:fee|fine|salary|wage|bill|price|rent) of)[ \u00a0]$/i;
/** A verb of gaining or losing weight right before an amount: "lose two pounds a week" weighs. */
const WEIGHING_BEFORE = /\b(?:los(?:e|es|t|ing)|gain(?:s|ed|ing)?|sh(?:ed|eds|edding)|put(?:s|ting)? on|weigh(?:s|ed|ing)?)[ \u00a0]$/i;
/** A rate of time after an amount: "40 pounds a week", "pounds per hour". */
const PER_TIME_AFTER = /^[ \u00a0](?:a|an|per)[ \u00a0](?:hour|day|week|month|year)\b/i;

/**
 * "pounds" is sterling after a scale, with "sterling", after a verb or noun of paying ("paid 40 pounds", "a fine of
 * 500 pounds") or before a rate of time not after a verb of weight ("earns 400 pounds a week", not "lose two
 * pounds a week"); otherwise weight. Everyday words need a scale or nation.
 */
function currencyOfNameInContext(name: string, national: string | undefined, scale: number, text: string, start: number, after: number): string | null {
  const lower = name.toLowerCase();
  if ((lower === 'pound' || lower === 'pounds') && !national && scale === 1 && !/^[ \u00a0]sterling\b/i.test(text.slice(after, after + 10))) {
    // the words before the amount, past a hedge: "a fine of about 500 pounds"
    const from = hedgeBefore(text, start, Math.max(0, start - 40))?.start ?? start;
    const before = text.slice(Math.max(0, from - 40), from);
    const paid = PAYING_BEFORE.test(before) || (PER_TIME_AFTER.test(text.slice(after, after + 12)) && !WEIGHING_BEFORE.test(before));
    if (!paid) return null;
  }
  // a currency name that is also an everyday word counts as money only after a scale or a national adjective
  if (EVERYDAY_CURRENCY_NAMES.has(lower) && !national && scale === 1) return null;
  return currencyOfName(name, national);
}

function centsOf(surface: string): number | null {
  if (/^\d+$/.test(surface)) return Number(surface);
  const value = wordsValue(surface.toLowerCase().split('-'));
  return value !== null && value < 100 ? value : null;
}

