import { splitAtWhiteSpace } from './clean.js';
import type { Doc, Region } from './document.js';

/** A place in capitals: "ANKARA", "NEW YORK", "ST. LOUIS", "WINSTON-SALEM". */
const PLACE = String.raw`[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*`;
/** A dash, spaced or not ("LONDON —", "TULSA—The"); a hyphen only before a space ("WINSTON-SALEM" is a name). */
const DASH = String.raw`(?:[—–]\s*|--\s*|-\s)`;
/** The state, country or date after the place's comma: "Ark." of "EL DORADO, Ark. (AP) —". */
const AFTER_COMMA = String.raw`(?:,\s*(?<container>[^\s(—–][^\n(—–]{0,39}?))?`;
const CREDIT = String.raw`(?<credit>\([^)\n]{1,40}\))`;

/** "ANKARA (Reuters) —", "WASHINGTON, March 3 (AP) -", "LONDON —": a place in capitals before a dash. */
const DATELINE = new RegExp(String.raw`(?<place>${PLACE})${AFTER_COMMA}\s{0,3}(?:${CREDIT}\s*)?${DASH}`, 'yd');

/** "(CHICAGO) —", "(LAGOS, Nigeria) --": the place in brackets. */
const BRACKETED = new RegExp(String.raw`\((?<place>${PLACE})${AFTER_COMMA}\)\s*${DASH}`, 'yd');

/** "LONDON 2026-03-13", "DAYTON, Ohio 2026-03-14": a place and the date, alone on their line. */
const DATED = new RegExp(String.raw`(?<place>${PLACE})${AFTER_COMMA}\s{1,3}(?<date>\d{4}-\d\d-\d\d)\s*$`, 'yd');

/** A lone word of four letters or fewer is as likely a credit or an acronym ("(CNN) —", "NATO -") as a place. */
const SHORT_WORD = /^[A-Z.]{1,4}$/;
/** What opens the sentence after a dateline: a capital, a figure or a quotation mark. */
const SENTENCE_OPENING = /^[\p{Lu}\d"“‘']/u;
/** A line in capitals after the dash is a headline's ("SOCCER - LATE GOAL SINKS ROVERS"), not a sentence. */
const inCapitals = (line: string): boolean => /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);

/** Where a headline or a byline run into the dateline on one line ends: "Mine to close. ATLANTA -". */
const SENTENCE_END = /[.!?]["”’]?\s+/g;
const MAX_LEAD_WORDS = 25;
/** A lead that is a byline, not a headline: "By Jane Doe. LAGOS, Nigeria —". */
const BYLINE = /^by\s/i;
/** The paragraphs an article's own dateline opens one of. */
const LEAD_PARAGRAPHS = 6;

export interface Dateline {
  dateline: Region;
  place: Region;
  /** what follows the place's comma: a state or country ("Ark." of "EL DORADO, Ark. (AP) —") or a date ("March 3") */
  container: Region | null;
}

export interface Layout {
  headline: Region | null;
  dateline: Region | null;
  /** the place named by the dateline */
  datelinePlace: Region | null;
  /** every dateline in the text, in text order, the article's own (when it has one) first: a text may hold several articles */
  datelines: Dateline[];
}

interface Found {
  /** offset of the dateline within the paragraph */
  at: number;
  match: RegExpExecArray;
  place: number;
}

export function findLayout(doc: Doc): Layout {
  const paragraphs = doc.paragraphs;
  const first = paragraphs[0];
  let headline: Region | null = null;
  if (first && paragraphs.length > 1) {
    const line = doc.text.slice(first.start, first.end);
    const words = splitAtWhiteSpace(line).length;
    if (words <= MAX_LEAD_WORDS && !/[.!?:"”]$/.test(line) && !datelineAt(line, 0)) headline = first;
  }
  for (const p of paragraphs.slice(0, LEAD_PARAGRAPHS)) {
    const line = doc.text.slice(p.start, p.end);
    const found = datelineAt(line, 0) ?? datelineAfterLead(line);
    if (!found) continue;
    if (found.at > 0 && !headline && p === first && !BYLINE.test(line)) headline = { start: p.start, end: p.start + line.slice(0, found.at).trimEnd().length };
    const own = regionsOf(p.start, found);
    return { headline, dateline: own.dateline, datelinePlace: own.place, datelines: [own, ...laterDatelines(doc, own.dateline.end)] };
  }
  return { headline, dateline: null, datelinePlace: null, datelines: laterDatelines(doc, 0) };
}

function regionsOf(offset: number, found: Found): Dateline {
  const start = offset + found.at;
  const place = offset + found.place;
  const { match } = found;
  const container = match.indices?.groups?.['container'];
  return {
    dateline: { start, end: start + match[0].trimEnd().length },
    place: { start: place, end: place + match.groups!['place']!.length },
    container: container ? { start: offset + container[0], end: offset + container[1] } : null,
  };
}

/**
 * The dateline opening the line at `at`. A bracketed one, or one after a first sentence, is taken only with a
 * place longer than an acronym and a sentence opening after the dash.
 */
function datelineAt(line: string, at: number): Found | null {
  const dated = execAt(DATED, line, at);
  if (dated) return { at, match: dated, place: at };
  const plain = execAt(DATELINE, line, at);
  const found = plain ?? execAt(BRACKETED, line, at);
  const after = found ? line.slice(at + found[0].length) : '';
  if (!found || inCapitals(after)) return null;
  if (plain && at === 0) return { at, match: plain, place: at };
  if (SHORT_WORD.test(found.groups!['place']!) || !SENTENCE_OPENING.test(after)) return null;
  return { at, match: found, place: plain ? at : at + 1 };
}

/** `pattern` (sticky) matched at `at`. */
function execAt(pattern: RegExp, line: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(line);
}

/** A dateline after a short first sentence on its line: a headline or a byline ("By Jane Doe. LAGOS, Nigeria —"). */
function datelineAfterLead(line: string): Found | null {
  for (const end of line.matchAll(SENTENCE_END)) {
    const at = end.index + end[0].length;
    if (splitAtWhiteSpace(line.slice(0, at)).length > MAX_LEAD_WORDS + 1) return null;
    const found = datelineAt(line, at);
    if (found) return found;
  }
  return null;
}

/**
 * The datelines of the articles after the first, from offset `from` on: at a line's start or after a sentence,
 * naming the place in full (a state, a credit or a date), which a run-in heading ("BRITAIN - Gilts rose") does not.
 */
function laterDatelines(doc: Doc, from: number): Dateline[] {
  const out: Dateline[] = [];
  let after = from;
  for (const p of doc.paragraphs) {
    if (p.end <= from) continue;
    const line = doc.text.slice(p.start, p.end);
    const starts = [0, ...Array.from(line.matchAll(SENTENCE_END), (e) => e.index + e[0].length)];
    for (const at of starts) {
      if (p.start + at < after || !/[A-Z(]/.test(line[at] ?? '')) continue;
      const found = datelineAt(line, at);
      const { container, credit, date } = found?.match.groups ?? {};
      if (!found || !(container || credit || date)) continue;
      const dateline = regionsOf(p.start, found);
      out.push(dateline);
      after = dateline.dateline.end;
    }
  }
  return out;
}
