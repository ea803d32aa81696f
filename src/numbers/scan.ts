import { CURRENCY_NAME_PATTERN, CURRENCY_PREFIXES, ISO_CODES, MINOR_UNITS, NATIONAL_PATTERN, currencyOfName, isoOf } from './currencies.js';
import type { Figure, Kind } from './figure.js';
import { SYMBOL_UNIT, WORD_UNIT, unitOf } from './units.js';
import {
  CARDINALS, FRACTION_WORDS, NUMBER_WORD_PATTERN, ORDINAL_WORDS, SCALE_ABBREVIATIONS, SCALE_WORDS, UNICODE_FRACTIONS,
  VAGUE_PLURALS, wordsValue,
} from './words.js';

/**
 * The amount scanner: finds every numeric expression in the text (digits, words, currencies, scales,
 * percentages, units, ordinals) and reads its value. Context (years, hedges, ranges, labels) comes later.
 */

const ISO = ISO_CODES.join('|');
const FRACTION_CHARS = Object.keys(UNICODE_FRACTIONS).join('');
const ORDINAL_PATTERN = Object.keys(ORDINAL_WORDS).sort((a, b) => b.length - a.length).join('|');
const VAGUE_PATTERN = Object.keys(VAGUE_PLURALS).join('|');

/** Where an amount may start; parseAt decides whether one does. */
const FIND = new RegExp(
  String.raw`[$€£¥₹₺₽₩₪₦₱฿₫₴₾₿]|\b(?:US|AU|CA|CAN|HK|NZ|NT|MX|U\.S\.|[ACSR])\s?\$|\bRs\.?\s?(?=\d)|\bRM(?=\d)|\b(?:${ISO})(?=\s?\d)|\.?\d|[${FRACTION_CHARS}]|\b(?:${NUMBER_WORD_PATTERN}|${ORDINAL_PATTERN}|${VAGUE_PATTERN}|tens)\b`,
  'giu',
);
/** Case-sensitive: "A$5" is Australian, "a $5 bill" is not. Letter codes of two or more may stand apart ("HK $5"). */
const CURRENCY_PREFIX = new RegExp(
  String.raw`(?:(?:US|AU|CA|CAN|HK|NZ|NT|MX|U\.S\.) ?\$|[ACSR]\$|(?:us|c) \$|\$ ?(?:US|NZ|A|C)(?=\d)|[$€£¥₹₺₽₩₪₦₱฿₫₴₾₿]|Rs\.?|RM|(?:${ISO})(?= ?\d)) ?`,
  'uy',
);
const DIGITS = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: , \d{3})+(?![\d.])|\d+(?:\.\d+| \. \d+)?|\.\d+/y;
const MIXED_FRACTION = /[ \u00a0](\d{1,2})\/(\d{1,2})(?![\d/])/y;
const SLASH_FRACTION = /\/(\d{1,3})(?![\d/])/y;
const SCIENTIFIC = /(?:[eE]([-+]?\d{1,3})|\s?[x×]\s?10\^?([-−]?\d{1,3}))(?![\d.])/y;
const SCALE_TAIL = /[ \u00a0-]?(hundred|thousand|million|billion|trillion|lakh|crore)(?:[ \u00a0](hundred|thousand|million|billion|trillion|lakh|crore))?(?:s(?![\p{L}]))?(?: and (a|one) (half|quarter))?(?![\p{L}])/iuy;
const SCALE_ABBREVIATION = /(?:[ \u00a0](bn|mn|mln|bln)|(bn|mn|mln|bln|tln|tn|tr|k|K|m|M|b|B|t))(?![\p{L}\d])/uy;
const ISO_SUFFIX = new RegExp(String.raw`[ \u00a0]?(M|B|bn|mn)?(${ISO}|usd|eur|gbp|rmb)(?![\p{L}])`, 'uy');
const NAME_SUFFIX = new RegExp(String.raw`[ \u00a0-](?:(${NATIONAL_PATTERN})[ \u00a0])?(${CURRENCY_NAME_PATTERN})(?![\p{L}])`, 'iuy');
const CENTS_TAIL = /(?: and)? (\d{1,2}|[a-z]+(?:-[a-z]+)?) cents?(?![\p{L}])/iuy;
const MINOR_SUFFIX = /[ \u00a0]?(cents?|pence|penny|sen)(?![\p{L}])|(p)(?![\p{L}\d])/iuy;
const PERCENT = /[ \u00a0]?(?:%|percent(?![\p{L}])|per[ -]cent(?![\p{L}])|pct(?![\p{L}]))|pc(?![\p{L}])/iuy;
const ORDINAL_SUFFIX = /(?:st|nd|rd|th)(?![\p{L}\d])/iuy;
const DECADE = /'?s(?![\p{L}\d])/uy;
const FEET_INCHES = /[ \u00a0](\d{1,2}) ?(?:inches|inch|in)(?![\p{L}])/uy;
const INCH = /[ \u00a0]in(?=[ \u00a0](?:thick|long|wide|tall|high|deep|across|diameter)\b)/uy;
const POWER = /(?:\^([23])|([²³])|[ \u00a0](squared|cubed))(?![\p{L}\d])/uy;
const PER = /(?:[ \u00a0]?\/[ \u00a0]?|[ \u00a0]per[ \u00a0])/uy;
const LENGTH_NAMES: Record<string, string> = { km: 'kilometre', m: 'metre', cm: 'centimetre', mm: 'millimetre', mi: 'mile', ft: 'foot', in: 'inch', yd: 'yard' };
const LENGTHS = new Set(Object.keys(LENGTH_NAMES));
const AGE_OLD = /[ \u00a0-]old(?![\p{L}])/iuy;
const RATE = /(?:[ \u00a0]?\/[ \u00a0]?|[ \u00a0]per[ \u00a0]|[ \u00a0]an?[ \u00a0]|[ \u00a0]each[ \u00a0])(year|annum|month|week|day|night|hour|minute|second|share|barrel|gallon|litre|liter|ounce|pound|kilogram|kg|tonne|ton|head|person|capita|kilometre|kilometer|km|mile|unit|dozen|game|match|square (?:metre|meter|foot)|sq\.? ?(?:m|ft))(?![\p{L}])(?![ \u00a0](?:ago|earlier|later|before|after|prior|since|from|or|and)\b)/iuy;
const RATE_UNIT: Record<string, string> = {
  'square metre': 'm²', 'square meter': 'm²', 'sq m': 'm²', 'sq. m': 'm²', 'sqm': 'm²', 'square foot': 'sq ft', 'sq ft': 'sq ft',
  'sq. ft': 'sq ft', 'sqft': 'sq ft', annum: 'year', litre: 'L', liter: 'L', gallon: 'gal', ounce: 'oz', pound: 'lb', kilogram: 'kg', tonne: 't',
  head: 'person', capita: 'person', kilometre: 'km', kilometer: 'km', mile: 'mi',
};
const WORD_TOKEN = /[A-Za-z]+/y;
const WORD_GAP = /(?:[ \u00a0]|-|,[ \u00a0](?=[a-z])|[ \u00a0]&[ \u00a0])/y;
const VAGUE = new RegExp(String.raw`(?:(tens|hundreds)[ \u00a0]of[ \u00a0])?(${VAGUE_PATTERN})(?![\p{L}])`, 'iuy');
const OF_WORD = /[ \u00a0]of[ \u00a0]/y;
/** Currency names that are also everyday words; they count as money only after a scale or a national adjective. */
const AMBIGUOUS_CURRENCY = new Set(['won', 'real', 'mark', 'marks', 'kip', 'colon', 'dong', 'leu', 'lei', 'crown', 'crowns']);
const LETTER_OR_DIGIT = /[\p{L}\d]/u;
const RUN_END = /[\p{L}\d.,/-]*/uy;

/** Scans the text for amounts, skipping the regions given (dates and times found first). */
export function scanAmounts(text: string, skip: ReadonlyArray<{ start: number; end: number }>): Figure[] {
  const out: Figure[] = [];
  let s = 0;
  FIND.lastIndex = 0;
  for (let m = FIND.exec(text); m; m = FIND.exec(text)) {
    const at = m.index;
    while (s < skip.length && skip[s]!.end <= at) s++;
    const blocked = skip[s];
    if (blocked && blocked.start <= at) {
      FIND.lastIndex = blocked.end;
      continue;
    }
    const parsed = parseAt(text, at);
    if (parsed && (!blocked || parsed.end <= blocked.start)) {
      out.push(parsed);
      FIND.lastIndex = Math.max(parsed.end, at + 1);
    } else {
      FIND.lastIndex = parsed ? at + 1 : runEnd(text, at);
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

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** May an amount start here? Not inside a word ("SF90", "COVID-19"), a version ("1.2.3") or a clock ("9:35"). */
function leftOk(text: string, start: number): boolean {
  const c = text[start - 1];
  if (c === undefined) return true;
  if (LETTER_OR_DIGIT.test(c) || c === '_' || c === '#' || c === '/' || c === ':' || c === '@') return false;
  if (c === '.' && /\d/.test(text[start - 2] ?? '')) return false;
  if (c === '-' && /\p{L}/u.test(text[start - 2] ?? '')) {
    // "mid-2018", "minus-5", the second end of "5k-20k" and "0-to-60"; not "COVID-19", "V-12", "top-10".
    const before = text.slice(Math.max(0, start - 8), start);
    return /(?:^|[^\p{L}])(?:mid|pre|post|early|late|minus)-$/iu.test(before) || /\d(?:[\p{L}]{1,3}|-to)-$/u.test(before);
  }
  return true;
}

interface Amount {
  start: number;
  end: number;
  value: number;
  spelled: boolean;
  ordinal: boolean;
  /** the scale word's factor for spelled numbers ("five million" → 1e6) */
  scale: number;
  vague: [number, number] | null;
  integerDigits: string | null;
}

function parseAt(text: string, at: number): Figure | null {
  if (!leftOk(text, at)) return null;
  let i = at;
  let currency: string | null = null;
  const prefix = sticky(CURRENCY_PREFIX, text, at);
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
  let end = amount.end;
  let value = amount.value;
  let base = amount.value / amount.scale;
  let scale = amount.scale;
  let unit: string | null = currency;
  let kind: Kind = currency ? 'money' : amount.ordinal ? 'ordinal' : 'count';
  let range: [number | null, number | null] | null = amount.vague;
  let bare = amount.integerDigits !== null;
  const spelled = amount.spelled;

  if (amount.ordinal) return finish();

  // Digits only: fractions, scientific notation, decades, ordinal suffixes.
  if (!amount.spelled) {
    const mixed = sticky(MIXED_FRACTION, text, end);
    if (mixed && amount.integerDigits !== null && Number(mixed[1]) < Number(mixed[2])) {
      value += Number(mixed[1]) / Number(mixed[2]);
      end = MIXED_FRACTION.lastIndex;
      bare = false;
    }
    const slash = sticky(SLASH_FRACTION, text, end);
    if (slash) {
      const denominator = Number(slash[1]);
      const after = SLASH_FRACTION.lastIndex;
      if (amount.integerDigits === null || value >= denominator || !fractionContext(text, after)) return null;
      value /= denominator;
      end = after;
      bare = false;
    }
    const glued = text[end];
    if (glued !== undefined && glued in UNICODE_FRACTIONS) {
      value += UNICODE_FRACTIONS[glued]!;
      end++;
      bare = false;
    }
    const sci = sticky(SCIENTIFIC, text, end);
    if (sci) {
      value *= 10 ** Number((sci[1] ?? sci[2]!).replace('−', '-'));
      end = SCIENTIFIC.lastIndex;
      bare = false;
    }
    if (amount.integerDigits !== null) {
      const ord = sticky(ORDINAL_SUFFIX, text, end);
      if (ord) {
        end = ORDINAL_SUFFIX.lastIndex;
        kind = 'ordinal';
        return finish();
      }
      const decade = amount.integerDigits.length === 4 ? sticky(DECADE, text, end) : null;
      if (decade) {
        end = DECADE.lastIndex;
        kind = 'year';
        return finish();
      }
    }
    base = value;
  }

  // Scales: "1.5 million", "$3.2bn", "25k", "13 lakh crore", "3 million and a half".
  if (!amount.spelled) {
    const tail = sticky(SCALE_TAIL, text, end);
    const abbr = tail ? null : sticky(SCALE_ABBREVIATION, text, end);
    const abbrWord = abbr?.[1] ?? abbr?.[2];
    if (tail) {
      const words = [String(value), ...[tail[1], tail[2]].filter((w): w is string => !!w).map((w) => w.toLowerCase())];
      if (tail[3]) words.push('and', tail[3].toLowerCase(), tail[4]!.toLowerCase());
      const scaled = wordsValue(words);
      if (scaled !== null) {
        scale = value ? scaled / value : 1;
        value = scaled;
        end = SCALE_TAIL.lastIndex;
        bare = false;
      }
    } else if (abbr && abbrWord && abbreviationIsScale(text, abbrWord, currency, SCALE_ABBREVIATION.lastIndex)) {
      scale = SCALE_ABBREVIATIONS[abbrWord.toLowerCase()]!;
      value *= scale;
      end = SCALE_ABBREVIATION.lastIndex;
      bare = false;
    }
  }

  if (!currency) {
    const iso = sticky(ISO_SUFFIX, text, end);
    if (iso) {
      currency = isoOf(iso[2]!);
      end = ISO_SUFFIX.lastIndex;
      const millions = iso[1] ? SCALE_ABBREVIATIONS[iso[1].toLowerCase()]! : 1;
      const after = sticky(SCALE_TAIL, text, end);
      const more = after ? SCALE_WORDS[after[1]!.toLowerCase()]! : 1;
      if (after) end = SCALE_TAIL.lastIndex;
      scale *= millions * more;
      value *= millions * more;
    } else {
      const name = sticky(NAME_SUFFIX, text, end);
      const code = name ? currencyOfNameInContext(name[2]!, name[1], scale, text, NAME_SUFFIX.lastIndex) : null;
      if (name && code) {
        currency = code;
        end = NAME_SUFFIX.lastIndex;
        const cents = sticky(CENTS_TAIL, text, end);
        const centValue = cents ? centsOf(cents[1]!) : null;
        if (cents && centValue !== null) {
          value += centValue / 100;
          end = CENTS_TAIL.lastIndex;
        }
      }
    }
    if (currency) {
      unit = currency;
      kind = 'money';
      bare = false;
    }
  }

  if (!currency) {
    const minor = sticky(MINOR_SUFFIX, text, end);
    const minorWord = minor?.[1] ?? minor?.[2];
    if (minor && minorWord && (minor[1] || amount.integerDigits !== null || !amount.spelled)) {
      unit = MINOR_UNITS[minorWord.toLowerCase()]!;
      kind = 'money';
      end = MINOR_SUFFIX.lastIndex;
      bare = false;
    }
  }

  if (kind === 'count') {
    const pct = sticky(PERCENT, text, end);
    if (pct && (pct[0] !== 'pc' || (!amount.spelled && end === amount.end))) {
      unit = '%';
      kind = 'percent';
      end = PERCENT.lastIndex;
      bare = false;
    }
  }

  if (kind === 'count') {
    const measured = readUnit(text, end, value, amount);
    if (measured) {
      unit = measured.unit;
      kind = measured.kind;
      value = measured.value;
      end = measured.end;
      bare = false;
    } else if (range && sticky(OF_WORD, text, end)) {
      const after = OF_WORD.lastIndex - 1;
      const name = sticky(NAME_SUFFIX, text, after);
      const code = name ? currencyOfName(name[2]!, name[1]) : null;
      const measure = code ? null : readUnit(text, after, value, amount);
      if (code) [unit, kind] = [code, 'money'];
      else if (measure) [unit, kind] = [measure.unit, measure.kind];
    }
  }

  if (kind === 'money' || kind === 'quantity' || kind === 'duration') {
    const rate = sticky(RATE, text, end);
    if (rate && unit !== null && !unit.includes('/')) {
      const per = rate[1]!.toLowerCase().replace(/\s+/g, ' ');
      unit = `${unit}/${RATE_UNIT[per] ?? per}`;
      end = RATE.lastIndex;
    }
  }

  const next = text[end];
  if (next !== undefined && LETTER_OR_DIGIT.test(next)) return null;
  return finish();

  function finish(): Figure {
    const signed = negative || hasSign(text, start) ? -1 : 1;
    const signStart = signed < 0 && !negative ? signStartOf(text, start) : start;
    return {
      start: signStart,
      end,
      kind,
      value: range ? null : signed * value,
      range,
      unit,
      qualifier: 'exact',
      base: signed * base,
      scale,
      prefixed: currency !== null && start === at && prefix !== null,
      spelled,
      bare: bare && kind === 'count' && signed > 0,
    };
  }
}

function currencyOfPrefix(surface: string): string {
  const key = surface.trim().toLowerCase().replace(/\s+/g, '');
  return CURRENCY_PREFIXES[key] ?? isoOf(key);
}

/** "-18", "minus 5", "negative ten": a sign that is not a range dash ("12 -15") or a hyphen in a word. */
function hasSign(text: string, start: number): boolean {
  return signStartOf(text, start) < start;
}

function signStartOf(text: string, start: number): number {
  const before = text.slice(Math.max(0, start - 10), start);
  const word = /(?:^|[^\p{L}])(minus|negative)[ \u00a0-]$/iu.exec(before);
  if (word) return start - word[1]!.length - 1;
  const dash = /(?:^|[\s(<>=~])[-−]$/u.exec(before);
  if (dash && !/\d[\s]*[-−]$/u.test(text.slice(Math.max(0, start - 4), start))) return start - 1;
  return start;
}

function readDigits(text: string, at: number): Amount | null {
  const m = sticky(DIGITS, text, at);
  if (!m) {
    const fraction = text[at];
    if (fraction !== undefined && fraction in UNICODE_FRACTIONS) {
      return { start: at, end: at + 1, value: UNICODE_FRACTIONS[fraction]!, scale: 1, spelled: false, ordinal: false, vague: null, integerDigits: null };
    }
    return null;
  }
  const raw = m[0];
  const value = Number(raw.replace(/ ?, ?/g, '').replace(/ \. /, '.'));
  if (!Number.isFinite(value)) return null;
  return { start: at, end: at + raw.length, value, scale: 1, spelled: false, ordinal: false, vague: null, integerDigits: /^\d+$/.test(raw) ? raw : null };
}

/** "dozens", "hundreds of", "tens of thousands": an interval from the scale to ten times it. */
function readVague(text: string, at: number): Amount | null {
  const m = sticky(VAGUE, text, at);
  if (!m) return null;
  const low = (m[1] ? (m[1].toLowerCase() === 'tens' ? 10 : 100) : 1) * VAGUE_PLURALS[m[2]!.toLowerCase()]!;
  return { start: at, end: VAGUE.lastIndex, value: low, scale: 1, spelled: true, ordinal: false, vague: [low, low * 10], integerDigits: null };
}

/** Spelled-out numbers: "seven hundred", "twenty-five", "a dozen", "two-thirds", "half a million", "twenty-first". */
function readWords(text: string, at: number): Amount | null {
  const article = /(?:^|[^\p{L}])(an?)[ \u00a0]$/iu.exec(text.slice(Math.max(0, at - 4), at));
  const words: string[] = article ? ['a'] : [];
  let end = at;
  let i = at;
  let ordinal = false;
  for (;;) {
    const w = wordAt(text, i);
    if (w === null) break;
    const prev = words[words.length - 1];
    const next = WORD_TOKEN.lastIndex;
    const kind = wordKind(w, prev, () => peekWords(text, next));
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
  const value = ordinal ? ordinalValue(words) : wordsValue(words);
  if (value === null) return null;
  const last = words[words.length - 1]!;
  const scale = !ordinal && last in SCALE_WORDS ? SCALE_WORDS[last]! : 1;
  return { start, end, value, scale, spelled: true, ordinal, vague: null, integerDigits: null };
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

/** How a word continues a spelled number: "and" and "a" only join "hundred and five", "and a half", "half a million". */
function wordKind(w: string, prev: string | undefined, peek: () => [string | null, string | null]): WordKind | null {
  if (w in CARDINALS || w in SCALE_WORDS || w === 'dozen') return 'number';
  if (w in FRACTION_WORDS && (w === 'half' || w === 'halves' || (prev !== undefined && (prev in CARDINALS || prev === 'a')))) return 'fraction';
  if (w in ORDINAL_WORDS && (prev === undefined || (prev in CARDINALS && CARDINALS[prev]! >= 20))) return 'ordinal';
  if (prev === undefined) return null;
  const [n1, n2] = peek();
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

/** "1/4 mile", "1/2 cup", "1/40 of": a slash is a fraction only before a unit or "of"; "9/11" and "24/7" are not. */
function fractionContext(text: string, at: number): boolean {
  return sticky(OF_WORD, text, at) !== null || sticky(WORD_UNIT, text, at) !== null || sticky(SYMBOL_UNIT, text, at) !== null;
}

/** "m" after digits is million for money or before "of"/a plural ("35m devices"), else metres; "b", "t" need money. */
function abbreviationIsScale(text: string, word: string, currency: string | null, after: number): boolean {
  if (currency) return true;
  if (word === 'm') {
    const next = /^[ \u00a0]([a-z]+)/.exec(text.slice(after, after + 24))?.[1];
    return next === 'of' || (next !== undefined && next.length > 3 && next.endsWith('s') && !NOT_PLURAL.has(next));
  }
  return ['k', 'K', 'M', 'bn', 'mn', 'mln', 'bln', 'tln'].includes(word);
}

const NOT_PLURAL = new Set(['this', 'thus', 'plus', 'less', 'unless', 'across', 'does', 'was', 'has', 'its', 'his', 'hers', 'yes', 'always', 'perhaps', 'whereas']);

/** "pounds" is sterling after a scale or with "sterling"; otherwise weight. Everyday words need a scale or nation. */
function currencyOfNameInContext(name: string, national: string | undefined, scale: number, text: string, after: number): string | null {
  const lower = name.toLowerCase();
  if ((lower === 'pound' || lower === 'pounds') && !national && scale === 1 && !/^[ \u00a0]sterling\b/i.test(text.slice(after, after + 10))) return null;
  if (AMBIGUOUS_CURRENCY.has(lower) && !national && scale === 1) return null;
  return currencyOfName(name, national);
}

function centsOf(surface: string): number | null {
  if (/^\d+$/.test(surface)) return Number(surface);
  const value = wordsValue(surface.toLowerCase().split('-'));
  return value !== null && value < 100 ? value : null;
}

interface Measured {
  unit: string;
  kind: Kind;
  value: number;
  end: number;
}

/** A measurement unit after the amount: "70kg", "6.1-inch", "5 feet 2 inches", "60 years old", "100m", "10 kV/cm". */
function readUnit(text: string, at: number, value: number, amount: Amount): Measured | null {
  const glued = !amount.spelled && /^[mt](?![\p{L}\d])/u.test(text.slice(at, at + 2)) ? text[at] : null;
  if (glued) return { unit: glued, kind: 'quantity', value, end: at + 1 };
  const symbol = !amount.spelled ? sticky(SYMBOL_UNIT, text, at) : null;
  const word = sticky(WORD_UNIT, text, at);
  const useSymbol = symbol !== null && (word === null || symbol[0].length >= word[0].length);
  const hit = useSymbol ? symbol : word;
  if (!hit) {
    const inch = !amount.spelled ? sticky(INCH, text, at) : null;
    return inch ? { unit: 'in', kind: 'quantity', value, end: INCH.lastIndex } : null;
  }
  const def = unitOf(hit[0], useSymbol);
  if (!def) return null;
  let end = at + hit[0].length;
  let v = value;
  let unit = def.unit;
  let kind: Kind = def.kind;
  const power = sticky(POWER, text, end);
  if (power && LENGTHS.has(unit)) {
    const cubic = power[0].includes('3') || power[0].includes('³') || /cubed/.test(power[0]);
    unit = cubic ? `cubic ${LENGTH_NAMES[unit]}` : `${unit}²`;
    end = POWER.lastIndex;
  }
  if (unit === 'ft') {
    const inches = sticky(FEET_INCHES, text, end);
    if (inches) {
      v += Number(inches[1]) / 12;
      end = FEET_INCHES.lastIndex;
    }
  }
  if (unit === 'year' && sticky(AGE_OLD, text, end)) {
    end = AGE_OLD.lastIndex;
    kind = 'quantity';
  }
  if (sticky(PER, text, end) && !unit.includes('/')) {
    const after = PER.lastIndex;
    const symbolic = sticky(SYMBOL_UNIT, text, after);
    const denominator = symbolic ?? sticky(WORD_UNIT, text, after);
    const d = denominator ? unitOf(denominator[0], symbolic !== null) : null;
    if (denominator && d) {
      unit = `${unit}/${d.unit}`;
      end = after + denominator[0].length;
    }
  }
  return { unit, kind, value: v, end };
}
