import type { Doc } from '../doc/document.js';
import { span, spanId } from '../doc/span.js';
import type { Claimant, NumericClaim, Quote, Span } from '../schema.js';
import { HEDGE_PATTERN, qualifierOf } from './hedges.js';
import { CURRENCY_SYMBOLS, CURRENCY_WORDS, parseNumberWords, SCALES, UNITS } from './words.js';

const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const WORD = `(?:${Object.keys(UNITS).join('|')})`;
const WORDS = String.raw`\b${WORD}\b(?:(?:[\s-]+|\s+and\s+)(?:${WORD}|hundred|thousand|million|billion|trillion)\b)*`;
const SCALE = String.raw`(?:\s?(?<scale>hundred|thousand|million|billion|trillion)\b|(?<scale2>bn|mn|mln|tn)\b)?`;
const CURRENCY = String.raw`(?<cur>US\$|[ACH]K?\$|NZ\$|\$|€|£|¥|₺|₹)`;
const AMOUNT = String.raw`(?<num>${DIGITS})|(?<words>${WORDS})`;
const TAIL = String.raw`(?:\s?(?<pct>%|percent\b|per\s+cent\b)|\s(?<curword>dollars|euros|pounds|lira|yen|yuan|rupees)\b)?`;
const RANGE_TAIL = String.raw`(?:\s?(?:-|–|—|to)\s?(?<hi>${DIGITS}))?`;
const NUMBER = new RegExp(String.raw`(?<![\w.,])${CURRENCY}?\s?(?:${AMOUNT})${RANGE_TAIL}${SCALE}${TAIL}`, 'giu');

const YEAR_CONTEXT = /\b(?:in|since|by|from|until|till|of|year|early|late|mid|before|after)\s+$/i;

export function extractNumbers(doc: Doc, quotes: Quote[]): NumericClaim[] {
  const out: NumericClaim[] = [];
  const text = doc.text;
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const g = m.groups ?? {};
    let start = m.index;
    while (/\s/.test(text[start]!)) start++;
    const end = m.index + m[0].length;
    if (end <= start) continue;
    const base = g.num !== undefined ? Number(g.num.replace(/,/g, '')) : parseNumberWords(g.words ?? '');
    if (base === null || !Number.isFinite(base)) continue;
    const scaleWord = g.scale ?? g.scale2;
    const scale = scaleWord ? (SCALES[scaleWord.toLowerCase()] ?? 1) : 1;
    const unit = g.pct ? '%' : g.cur ? (CURRENCY_SYMBOLS[g.cur.toLowerCase()] ?? null) : g.curword ? (CURRENCY_WORDS[g.curword.toLowerCase()] ?? null) : null;
    const value = base * scale;
    const hi = g.hi !== undefined ? Number(g.hi.replace(/,/g, '')) * scale : null;
    const before = text.slice(Math.max(0, start - 30), start);
    const hedge = HEDGE_PATTERN.exec(before);
    const isYear = g.num !== undefined && /^\d{4}$/.test(g.num) && base >= 1800 && base <= 2100 && !unit && !scaleWord && YEAR_CONTEXT.test(before);
    const kind = hi !== null ? 'range' : unit === '%' ? 'percent' : unit ? 'money' : isYear ? 'year' : 'count';
    const realEnd = text.slice(start, end).trimEnd().length + start;
    out.push({
      id: spanId('n', start, realEnd),
      ...span(text, start, realEnd),
      kind,
      value: hi !== null ? null : value,
      range: hi !== null ? [value, hi] : null,
      unit,
      qualifier: hedge ? qualifierOf(hedge[0]) : 'exact',
      counts: kind === 'count' ? countedAfter(doc, realEnd) : null,
      claimedBy: claimantOf(quotes, start),
    });
  }
  return out;
}

/** The noun phrase right after a count: "12 Turkish soldiers" counts "Turkish soldiers". */
function countedAfter(doc: Doc, end: number): Span | null {
  const tokens = doc.tokens;
  let i = tokens.findIndex((t) => t.start >= end);
  if (i < 0) return null;
  const first = i;
  let lastNoun = -1;
  while (i < tokens.length && i - first < 4) {
    const t = tokens[i]!;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') lastNoun = i;
    else if (t.pos !== 'ADJ') break;
    i++;
  }
  return lastNoun >= first ? span(doc.text, tokens[first]!.start, tokens[lastNoun]!.end) : null;
}

function claimantOf(quotes: Quote[], at: number): Claimant | null {
  const q = quotes.find((x) => x.start <= at && at < x.end && x.speaker);
  if (!q?.speaker) return null;
  return { name: q.speaker.name, entityId: q.speaker.entityId, mention: q.speaker.mention };
}
