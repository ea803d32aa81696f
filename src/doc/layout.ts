import type { Doc, Region } from './document.js';

/** A place in capitals: "ANKARA", "NEW YORK", "ST. LOUIS", "WINSTON-SALEM". */
const PLACE = String.raw`[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*`;
const DASH = String.raw`(?:—|–|--|-)\s`;

/** "ANKARA (Reuters) —", "WASHINGTON, March 3 (AP) -", "LONDON —": a place in capitals before a dash. */
const DATELINE = new RegExp(String.raw`^(${PLACE})(?:,[^\n(—–]{1,40})?\s*(?:\([^)\n]{1,40}\)\s*)?${DASH}`);

/** "(NEW YORK) —", "(LAGOS, Nigeria) --": the place in brackets. */
const BRACKETED = new RegExp(String.raw`^\((${PLACE})(?:,[^\n()—–]{1,40})?\)\s*${DASH}`);

/** A lone word of four letters or fewer is as likely a credit or an acronym ("(CNN) —", "NATO -") as a place. */
const SHORT_WORD = /^[A-Z.]{1,4}$/;
/** What opens the sentence after a dateline: a capital, a figure or a quotation mark. */
const SENTENCE_OPENING = /^[\p{Lu}\d"“‘']/u;

/** Where a headline or a byline run into the dateline on one line ends: "Mine to close. ATLANTA -". */
const SENTENCE_END = /[.!?]["”’]?\s+/g;
const MAX_LEAD_WORDS = 25;

export interface Layout {
  headline: Region | null;
  dateline: Region | null;
  /** the place named by the dateline */
  datelinePlace: Region | null;
}

interface Dateline {
  /** offset of the dateline within the paragraph */
  at: number;
  dateline: RegExpExecArray;
  place: number;
}

export function findLayout(doc: Doc): Layout {
  const paragraphs = doc.paragraphs;
  const first = paragraphs[0];
  let headline: Region | null = null;
  if (first && paragraphs.length > 1) {
    const line = doc.text.slice(first.start, first.end);
    const words = line.split(/\s+/).length;
    if (words <= MAX_LEAD_WORDS && !/[.!?:"”]$/.test(line) && !datelineAt(line, 0)) headline = first;
  }
  for (const p of paragraphs.slice(0, 6)) {
    const line = doc.text.slice(p.start, p.end);
    const found = datelineAt(line, 0) ?? datelineAfterLead(line);
    if (!found) continue;
    const start = p.start + found.at;
    const place = p.start + found.place;
    if (found.at > 0 && !headline && p === first) headline = { start: p.start, end: p.start + line.slice(0, found.at).trimEnd().length };
    return { headline, dateline: { start, end: start + found.dateline[0].trimEnd().length }, datelinePlace: { start: place, end: place + found.dateline[1]!.length } };
  }
  return { headline, dateline: null, datelinePlace: null };
}

/**
 * The dateline opening the line at `at`. A bracketed one, or one after a first sentence, is taken only with a
 * place longer than an acronym and a sentence opening after the dash.
 */
function datelineAt(line: string, at: number): Dateline | null {
  const rest = line.slice(at);
  const plain = DATELINE.exec(rest);
  if (plain && at === 0) return { at, dateline: plain, place: at };
  const found = plain ?? BRACKETED.exec(rest);
  if (!found || SHORT_WORD.test(found[1]!) || !SENTENCE_OPENING.test(rest.slice(found[0].length))) return null;
  return { at, dateline: found, place: plain ? at : at + 1 };
}

/** A dateline after a short first sentence on its line: a headline or a byline ("By Jane Doe. LAGOS, Nigeria —"). */
function datelineAfterLead(line: string): Dateline | null {
  for (const end of line.matchAll(SENTENCE_END)) {
    const at = end.index + end[0].length;
    if (line.slice(0, at).split(/\s+/).length > MAX_LEAD_WORDS + 1) return null;
    const found = datelineAt(line, at);
    if (found) return found;
  }
  return null;
}
