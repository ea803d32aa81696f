import type { Doc } from '../doc/document.js';
import { MONTHS } from '../lexicon/calendar.js';
import { resized, type Named } from './named.js';
import { spacedRun } from './words.js';

/** Months whose name is no other word of a name's ("May" is a surname and a modal verb, and stays). */
const MONTH_NAMES = new Set(MONTHS.filter((m) => m !== 'may'));
const DAY = /^\d{1,2}(?:st|nd|rd|th)?,?$/;
const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_LOWER = /^\p{Ll}/u;

/**
 * A month after a name of two words or more says when, and is no part of it: "Associated Press October 12", "Dana
 * Reyes August 4", before a day's number; before a lower-case word too where three words or more of a name that is
 * no person's stand before it ("the Ohio Retail Traders October survey"). A name of two words may end in a month
 * ("Black September"), a person's in a given name ("Maria August said"); one word and a month ("Lagos April 4") are
 * left whole, the tagger's type being of the two (the word alone may be a place's or a person's).
 */
export function withoutMonth(doc: Doc, n: Named): Named {
  const month = doc.tokens[n.last - 1]!;
  if (n.last - n.first < 3 || !MONTH_NAMES.has(month.lower) || !STARTS_UPPER.test(month.norm)) return n;
  if (!STARTS_UPPER.test(doc.tokens[n.last - 2]!.norm) || !spacedRun(doc, n.last - 2, n.last - 1)) return n;
  const next = doc.tokens[n.last];
  if (!next || !spacedRun(doc, n.last - 1, n.last)) return n;
  const dated = DAY.test(next.norm) || (STARTS_LOWER.test(next.norm) && n.type !== 'PERSON' && n.last - n.first >= 4);
  return dated ? resized(n, n.first, n.last - 1, n.start, doc.tokens[n.last - 2]!.end) : n;
}
