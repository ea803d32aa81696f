import type { Doc, Region } from '../doc/document.js';
import { firstAtOrAfter } from '../doc/lookup.js';
import type { StageContext } from '../doc/stage-context.js';
import { DOUBLE_CLOSE, DOUBLE_OPEN, QUOTE_MARKS, SINGLE_CLOSE, SINGLE_OPEN } from '../lexicon/marks.js';

/** One quoted stretch of text, delimited by its marks. */
export interface QuotePair {
  /** the opening mark */
  open: number;
  /** index after the closing mark; for a paragraph whose quote runs on into the next paragraph, the paragraph end */
  close: number;
  /** false when the quote runs on into the next paragraph (wire style: no closing mark at the paragraph end) */
  closed: boolean;
  /** delimited by single marks (‘…’, '…', ‹…›) */
  single: boolean;
  /** index (in the returned list) of the previous paragraph's piece of the same quote, or -1 */
  prev: number;
}

type Mark = { kind: 'double' | 'single'; at: number; straight: boolean };

const OPENING_MARKS = /^["“«„]/;
/** any mark, straight ones included: the scan visits these characters only */
const ANY_MARK = new RegExp(`[${[...QUOTE_MARKS].join('')}]`, 'g');

/** the single marks, two of which in a row stand for a double one */
const SINGLE_MARKS = new Set(["'", '‘', '’']);
const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
/** A straight mark in opening position: after a space, a bracket or a dash, before a non-space. */
const opensAt = (text: string, i: number, start: number): boolean =>
  (i === start || /[\s([{\u2014\u2013/-]/.test(text[i - 1]!)) && !isSpace(text[i + 1]);

/**
 * Quote pairs at the top level of each paragraph: double marks (straight, curly, guillemets, „), and single marks
 * where no double mark is open. Marks nested inside a quote belong to it. A double mark left open at the end of
 * a paragraph continues the quote when the next paragraph opens with a mark (wire style), or, in the text's last
 * paragraph, when that opens with a mark and the quote of the paragraph before ran on into it (the copy ends inside
 * the quote); otherwise it is reported and dropped, so one stray mark never swallows the rest of the article.
 */
export function findQuotePairs(doc: Doc, report: StageContext['report']): QuotePair[] {
  const pairs: QuotePair[] = [];
  let carried = -1;
  const paragraphs = doc.paragraphs;
  const marks = markOffsets(doc.text);
  for (let p = 0; p < paragraphs.length; p++) {
    const next = paragraphs[p + 1];
    // the next paragraph opens with a mark (wire style), or in lower case and holds a mark: a line broken inside the
    // quote's sentence; the last runs on to the text's end when it carries on a running quote
    const runsOn =
      next === undefined
        ? carried >= 0 && OPENING_MARKS.test(doc.text[paragraphs[p]!.start]!)
        : OPENING_MARKS.test(doc.text[next.start]!) || (/\p{Ll}/u.test(doc.text[next.start]!) && (marks[firstAtOrAfter(marks, next.start)] ?? next.end) < next.end);
    const first = firstAtOrAfter(marks, paragraphs[p]!.start);
    // a paragraph without marks has no pairs and carries none on
    carried = first < marks.length && marks[first]! < paragraphs[p]!.end ? pairsIn(doc.text, paragraphs[p]!, marks, first, pairs, report, carried, runsOn) : -1;
  }
  return pairs;
}

/** The offsets of every quote mark (and apostrophe) in the text, ascending. */
function markOffsets(text: string): number[] {
  const offsets: number[] = [];
  ANY_MARK.lastIndex = 0;
  while (ANY_MARK.test(text)) offsets.push(ANY_MARK.lastIndex - 1);
  return offsets;
}

/**
 * Scans one paragraph's marks, from marks[first]; returns the index of a piece that runs on into the next
 * paragraph, or -1.
 */
function pairsIn(text: string, p: Region, marks: number[], first: number, pairs: QuotePair[], report: StageContext['report'], carried: number, runsOn: boolean): number {
  // "… at the discretion of the officer⏎⏎assigned to the case,” said Ruiz": a quote carried into a paragraph that
  // opens in lower case is open from its first word
  const stack: Mark[] = carried >= 0 && /\p{Ll}/u.test(text[p.start]!) ? [{ kind: 'double', at: p.start, straight: false }] : [];
  let prev = carried;
  const emit = (m: Mark, close: number, closed: boolean): void => {
    if (stack.length > 0) return;
    const isFirstDouble = m.kind === 'double' && m.at === p.start;
    pairs.push({ open: m.at, close, closed, single: m.kind === 'single', prev: isFirstDouble ? prev : -1 });
    if (isFirstDouble) prev = -1;
  };
  const doubleIndex = (): number => stack.findIndex((m) => m.kind === 'double');
  const unclosed = (m: Mark): void => {
    report({
      severity: 'warning',
      code: 'quotes/unclosed',
      message: `the quote mark at offset ${m.at} is not closed in its paragraph; the text after it is not taken as a quote`,
      start: m.at,
      end: m.at + 1,
    });
  };
  // “It meant nobody cared. “You had no name.”: an open quote that another opens a sentence after ends at the
  // full stop of its first sentence, for what follows may be the reporter's ("… on the porch. Dalton said he …"); curly
  // marks only, a straight one may as well have closed it. Any other is reported and dropped.
  const endUnclosed = (d: number, at: number, straight: boolean): void => {
    const m = stack[d]!;
    stack.length = d;
    const stop = straight || m.straight || stopBefore(text, at) < 0 ? -1 : firstStop(text, m.at + 1, at);
    if (stop > m.at + 1 && /\p{Lu}/u.test(text[at + 1] ?? '')) emit(m, stop, true);
    else unclosed(m);
  };
  let i = -1;
  for (let k = first; k < marks.length && marks[k]! < p.end; k++) {
    if (marks[k]! <= i) continue; // the second of two apostrophes, read with the first
    i = marks[k]!;
    // two single marks stand for a double one in some copy: ''like this'', ‘‘like this’’, ‘’like this”
    const twoSingles = SINGLE_MARKS.has(text[i]!) && SINGLE_MARKS.has(text[i + 1] ?? '');
    const ch = !twoSingles ? text[i]! : text[i] === '‘' && text[i + 1] === '‘' ? '“' : text[i] === '’' && text[i + 1] === '’' ? '”' : '"';
    const width = twoSingles ? 2 : 1;
    if (DOUBLE_OPEN.has(ch) || (ch === '"' && doubleIndex() < 0)) {
      const d = doubleIndex();
      // a second opening mark while one is open: the first was never closed
      if (d >= 0) endUnclosed(d, i, ch === '"');
      stack.push({ kind: 'double', at: i, straight: ch === '"' });
      i += width - 1;
    } else if (DOUBLE_CLOSE.has(ch) || ch === '"') {
      const d = doubleIndex();
      i += width - 1;
      // ”Fear is ...”: with nothing open, a closing mark before a letter at a paragraph's or a word's start was meant to open
      if (d < 0 && width === 1 && opensAt(text, i, p.start) && isLetter(text[i + 1])) stack.push({ kind: 'double', at: i, straight: false });
      if (d < 0) continue;
      const at = i - width + 1;
      if (ch === '"' && opensAt(text, at, p.start) && at > stack[d]!.at + 2 && !/[,.!?;:\u2014-]/.test(text[at - 1]!)) {
        unclosed(stack[d]!);
        stack.length = d;
        stack.push({ kind: 'double', at, straight: true });
        continue;
      }
      const m = stack[d]!;
      stack.length = d;
      if (at > m.at + 1) emit(m, i + 1, true);
    } else if (SINGLE_OPEN.has(ch) || (ch === "'" && opensAt(text, i, p.start) && isLetter(text[i + 1]) && !isLetter(text[i - 1]))) {
      if (!isSpace(text[i + 1])) stack.push({ kind: 'single', at: i, straight: ch === "'" });
    } else if (SINGLE_CLOSE.has(ch) || ch === "'") {
      const top = stack[stack.length - 1];
      if (!top || top.kind !== 'single') continue;
      if (isLetter(text[i - 1]) && isLetter(text[i + 1])) continue; // an apostrophe: don’t, O'Brien
      if (isSpace(text[i - 1])) continue;
      stack.pop();
      if (i > top.at + 1) emit(top, i + 1, true);
    }
  }
  // singles left open were apostrophes; a double left open either runs on or is reported
  const d = doubleIndex();
  if (d < 0) return -1;
  const m = stack[d]!;
  stack.length = 0;
  // wire style opens the running quote at the paragraph start, after a sentence or after its attribution ("he said: “...")
  const leadsIn = m.at === p.start || /[:,.!?]\s+$|:$/.test(text.slice(Math.max(p.start, m.at - 3), m.at));
  if (runsOn && leadsIn && p.end > m.at + 1) {
    emit(m, p.end, false);
    return pairs.length - 1;
  }
  unclosed(m);
  return -1;
}

/** The offset after the full stop (or ! ?) that spaces alone part from `at`, or -1: `indivisible. “You` → after the stop. */
function stopBefore(text: string, at: number): number {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\u00a0')) k--;
  return k < at - 1 && /[.!?]/.test(text[k] ?? '') ? k + 1 : -1;
}

/**
 * The offset after the first full stop (or ! ?) in [from, to] that ends a sentence: after a lower-case word, before a
 * space and a capital or `to` itself ("Dr. Ruiz" and "U.S. forces" end none).
 */
function firstStop(text: string, from: number, to: number): number {
  for (let k = from + 2; k < to; k++) {
    if (!/[.!?]/.test(text[k]!) || !/\p{Ll}/u.test(text[k - 1]!) || !/\p{Ll}/u.test(text[k - 2]!)) continue;
    if (stopBefore(text, to) === k + 1 || (text[k + 1] === ' ' && /\p{Lu}/u.test(text[k + 2] ?? ''))) return k + 1;
  }
  return -1;
}
