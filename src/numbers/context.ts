import type { Doc, Token } from '../doc/document.js';
import { DAY_AND_MONTH_NAMES, MONTH_SHORT_FORMS } from '../lexicon/calendar.js';
import type { Entity } from '../schema.js';
import type { Figure } from './figure.js';
import { sentenceAt, tokenAtOrAfter, tokenBefore } from '../doc/lookup.js';
import { ORDINAL_WORDS } from './words.js';

/**
 * Context rules that decide what a scanned figure is: a year ("in 2018"), a label that only names something
 * ("Game 7", "S&P 500", "Route 66"), or a figure.
 */

const YEAR_CONTEXT = new Set([
  'in', 'since', 'by', 'from', 'until', 'till', 'through', 'thru', 'during', 'before', 'after', 'of', 'circa',
  'early', 'late', 'mid', 'fiscal', 'fy', 'year', 'season', 'the', 'its', 'their', 'his', 'her', 'our', 'this',
  'that', 'between', 'and', 'to', 'or', 'spring', 'summer', 'autumn', 'fall', 'winter', 'end', 'start', 'for',
  'a', 'an',
]);

/** "an average of 1800", "a crowd of 2000": after these, "of" introduces an amount, not a year. */
const AMOUNT_HEADS = new Set([
  'average', 'total', 'sum', 'maximum', 'minimum', 'crowd', 'population', 'tally', 'estimate', 'increase', 'rise',
  'drop', 'fall', 'decline', 'loss', 'gain', 'deficit', 'surplus', 'score', 'capacity', 'budget', 'fine', 'payment',
  'salary', 'price', 'cost', 'value', 'count', 'number', 'amount', 'rate', 'height', 'depth', 'distance', 'weight',
]);

/** Nouns that number things rather than count them: "exit 212", "chapter 11", "No. 1". */
const LABEL_NOUNS = new Set([
  'no', 'no.', 'nos', 'nos.', 'number', 'category', 'exit', 'highway', 'route', 'interstate', 'game', 'channel', 'chapter',
  'section', 'article', 'room', 'flight', 'platform', 'page', 'level', 'phase', 'grade', 'size', 'version', 'model',
  'tier', 'stage', 'round', 'week', 'act', 'item', 'rule', 'resolution', 'bill', 'apartment', 'suite', 'gate',
  'terminal', 'lane', 'pier', 'track', 'district', 'ward', 'precinct', 'station', 'line', 'bus', 'hole', 'lap', 'seat',
  'row', 'box', 'clause', 'paragraph', 'amendment', 'title', 'proposition', 'prop', 'measure', 'division', 'episode',
  'issue', 'vol', 'vol.', 'volume', 'series', 'type', 'class', 'figure', 'fig', 'fig.', 'table', 'appendix', 'step',
  'jersey', 'shirt', 'unit', 'block', 'plot', 'lot', 'zone', 'sector', 'ch', 'ch.', 'art', 'art.',
  'p', 'p.', 'pp', 'pp.', 'sec', 'sec.',
]);

/** "a 300-strong force", "a 15-member panel": compounds that still count. */
const COUNTING_COMPOUNDS = new Set(['to', 'and', 'or', 'odd', 'plus', 'strong', 'member', 'man', 'men', 'woman', 'women', 'person', 'people', 'nation', 'country', 'seat', 'vote', 'page', 'point']);

const NOT_NAMES = new Set([...DAY_AND_MONTH_NAMES, ...MONTH_SHORT_FORMS]);

/** A street number: "14 Larkspur Lane", "2207 Orchard Ave.", "800 W. Fenwick Street". */
const STREET = /^(?:(?:\s+[A-Z][\p{L}.]*){0,3}\s+(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Ln|Lane|Dr|Drive|Way|Pl|Place|Ct|Court|Sq|Square|Terrace|Hwy|Pkwy|Parkway)\b|\s+(?:[NSEW]\.?|North|South|East|West)\s+[A-Z][\p{L}]+\s+(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Dr|Drive|Way)\b)/u;

/** STREET opens with a space. */
const SPACE = /^\s/u;

/** How many digits (up to five) open the text at `at`. */
function leadingDigits(text: string, at: number): number {
  let n = 0;
  while (n < 5 && isDigitCode(text.charCodeAt(at + n))) n++;
  return n;
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;
const isSpaceCode = (c: number) => c === 32 || c === 0xa0;

/** "." or ")" and a space: "1) explains", "2. Cautions". */
function isListMarkerEnd(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c === 46 || c === 41) && isSpaceCode(text.charCodeAt(at + 1));
}

/** Nothing, or one space, from `from` to `to`. */
function atMostOneSpace(text: string, from: number, to: number): boolean {
  return to - from <= 0 || (to - from === 1 && isSpaceCode(text.charCodeAt(from)));
}

const ORDINAL_DETERMINERS = new Set(['the', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', "'s", 'for', 'a']);

export class FigureContext {
  private titleCase = new Map<number, boolean>();

  constructor(
    private readonly doc: Doc,
    private readonly entities: readonly Entity[],
  ) {}

  /** A bare four-digit number read as a year: "in 2018", "2019 review"; not "2000 people". */
  isYear(f: Figure): boolean {
    if (!f.bare || f.qualifier !== 'exact' || f.end - f.start !== 4 || f.value === null || f.value < 1000 || f.value > 2100) return false;
    const prev = tokenBefore(this.doc, f.start);
    if (prev?.lower === 'of' && AMOUNT_HEADS.has(tokenBefore(this.doc, prev.start)?.lower ?? '')) return false;
    const next = this.doc.tokens[tokenAtOrAfter(this.doc, f.end)];
    // "2000 people" counts; "the 2019 Rich List", "(2018 Dunmore report)" name a year.
    const counted = next && next.start - f.end <= 1 && next.pos === 'NOUN' && !/^[A-Z]/.test(next.norm);
    return !counted || (prev !== undefined && YEAR_CONTEXT.has(prev.lower) && prev.sentence === next.sentence);
  }

  /** A number that names rather than counts: after a label noun or a proper name, or a street number. */
  isLabel(f: Figure): boolean {
    const text = this.doc.text;
    const digits = leadingDigits(text, f.start);
    if (digits && SPACE.test(text.charAt(f.start + digits)) && STREET.test(text.slice(f.start + digits, f.start + digits + 40))) return true;
    if (!f.bare || f.value === null || f.end - f.start > 4) return false;
    const prev = tokenBefore(this.doc, f.start);
    if (isListMarkerEnd(text, f.end) && (!prev || this.startsLine(prev, f))) return true;
    if (!prev || !atMostOneSpace(text, prev.end, f.start)) return false;
    if (LABEL_NOUNS.has(prev.lower)) return true;
    if (prev.norm === '#') return true;
    return this.isName(prev) && !this.inTitleCase(prev.sentence);
  }

  /** A spelled count inside a longer person's name: the particle of "Erik ten Hag", "Ten Hag". */
  private insideName(f: Figure): boolean {
    if (f.kind !== 'count') return false;
    return this.entities.some((e) => e.type === 'PERSON' && e.mentions.some((m) => m.kind === 'name' && m.start <= f.start && f.end <= m.end && m.end - m.start > f.end - f.start));
  }

  /**
   * Not a figure: spelled numbers in names ("Kick Six", "Formula One"), compound modifiers that name a type
   * ("four-cylinder", "three-bed", "5-star"), a lone "half" or a bare ordinal word ("at first", "came in second").
   */
  isNotAFigure(f: Figure): boolean {
    const text = this.doc.text;
    if (f.kind === 'count' && (f.bare || f.spelled) && !f.range) {
      const compound = text.charCodeAt(f.end) === 45 ? /^-([a-z]+)/.exec(text.slice(f.end, f.end + 16)) : null;
      // "an eight-time champion" counts titles; "a one-time ally" is a former one
      const times = compound?.[1] === 'time' && f.value !== null && f.value >= 2;
      if (compound && !COUNTING_COMPOUNDS.has(compound[1]!) && !times) return true;
    }
    // Every test below reads a spelled number: a figure in digits is never the word "one", "half" or an ordinal word.
    if (!f.spelled) return false;
    if (this.insideName(f)) return true;
    const word = text.slice(f.start, f.end);
    const prev = tokenBefore(this.doc, f.start);
    const next = this.doc.tokens[tokenAtOrAfter(this.doc, f.end)];
    if (/^[A-Z]/.test(word) && f.spelled && prev && prev.sentence === this.sentenceOf(f) && !this.inTitleCase(prev.sentence)) {
      if (/^[A-Z]/.test(prev.norm) || (next && /^[A-Z]/.test(next.norm) && next.pos === 'PROPN')) return true;
    }
    if (f.kind === 'ordinal' && f.spelled && !/^an? /i.test(word)) {
      const initial = !prev || prev.sentence !== this.sentenceOf(f);
      if (!initial && !ORDINAL_DETERMINERS.has(prev.lower)) return true;
      if (prev?.lower === 'a' && /^second$/i.test(word)) return true;
    }
    if (f.spelled && /^(?:an? )?half$/i.test(word) && f.qualifier === 'exact') {
      // "half of them", "half a mile"; not "the second half", "at half-time"
      if (!/^[ \u00a0]+(?:of|an?)\b/i.test(text.slice(f.end, f.end + 5)) || (prev && prev.lower in ORDINAL_WORDS)) return true;
    }
    return false;
  }

  /** "1) explains", "2. Cautions": a list marker opens its line or sentence. */
  private startsLine(prev: Token, f: Figure): boolean {
    return prev.sentence !== this.sentenceOf(f) || /\n[ \t]*$/.test(this.doc.text.slice(prev.end, f.start)) || /^[;:]$/.test(prev.norm);
  }

  private sentenceOf(f: Figure): number {
    return sentenceAt(this.doc, f.start);
  }

  /**
   * A proper name right before the number: "S&P 500", "iPhone 11", "Boeing 787"; not a weekday or month. A
   * sentence's first word is capitalised anyway, so there only a name written with inner capitals counts.
   */
  private isName(t: Token): boolean {
    if (NOT_NAMES.has(t.lower.replace(/\.$/, '')) || t.pos !== 'PROPN') return false;
    return this.firstWord(t) ? /.[A-Z&]/.test(t.norm) : /[A-Z]/.test(t.norm);
  }

  /** The first word of its sentence, after any list marker or opening punctuation. */
  private firstWord(t: Token): boolean {
    const tokens = this.doc.tokens;
    let i = this.doc.sentences[t.sentence]?.first ?? 0;
    while (tokens[i] !== t && tokens[i] && tokens[i]!.type !== 'word') i++;
    return tokens[i] === t;
  }

  /** Headlines in title case capitalise every word, so capitals there say nothing about names. */
  private inTitleCase(sentence: number): boolean {
    const cached = this.titleCase.get(sentence);
    if (cached !== undefined) return cached;
    const s = this.doc.sentences[sentence];
    let words = 0;
    let capitals = 0;
    if (s) {
      for (let i = s.first; i < s.last; i++) {
        const t = this.doc.tokens[i]!;
        if (t.type !== 'word' || t.norm.length < 4) continue;
        words++;
        if (/^[A-Z]/.test(t.norm)) capitals++;
      }
    }
    const result = words >= 3 && capitals / words >= 0.6;
    this.titleCase.set(sentence, result);
    return result;
  }
}
