import type { Doc, Token } from '../doc/document.js';
import { DAY_AND_MONTH_NAMES } from '../lexicon/calendar.js';
import { ROLE_NOUNS } from '../lexicon/roles.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import type { Named } from './named.js';
import { PARTICLES } from './particles.js';
import { corporateSuffix } from './evidence.js';

/** Words before "by" that credit a person with the story: "Reporting by", "Additional reporting by", "Editing by". */
const CREDITS = new Set(['reporting', 'writing', 'editing', 'edited', 'written', 'compiled', 'reported', 'produced']);
const AND = new Set(['and', '&']);
/** Where the text writes "by" as a word. */
const BY = /\b[Bb][Yy]\b/g;
/** Words after the names that close a byline: "By Jane Doe, Reuters", "By Jane Doe | AP", "By Jane Doe for The Times". */
const TAIL_MARKS = new Set([',', '|', '/', '-', '–', '—', 'for', 'in', ';', ')']);
/** A byline's line holds at most this many tokens after its names (an agency, a role, a place). */
const MAX_TAIL = 8;
const MAX_NAME_TOKENS = 5;
const NOT_NAMES = new Set(['the', 'a', 'an', 'and', 'staff', 'by', ...ROLE_NOUNS, ...DAY_AND_MONTH_NAMES]);

/** The names with the bylines' authors in place of what the tagger read over them, in text order. */
export function withBylines(doc: Doc, names: readonly Named[]): Named[] {
  const authors = bylineNames(doc, names);
  if (!authors.length) return [...names];
  const overlapping = (n: Named): boolean => authors.some((a) => a.first < n.last && n.first < a.last);
  return [...names.filter((n) => !overlapping(n)), ...authors].sort((a, b) => a.first - b.first);
}

/**
 * The authors a byline names: a line that opens with "By" followed by names ("By JANE DOE", "By Jane Doe and
 * John Roe, Reuters"), and the credits of wire copy ("Reporting by Jane Doe in Ankara; Editing by John Roe").
 * Each name is a PERSON, whatever the tagger read there, and in whatever case it is written; an agency after a
 * comma (a name the tagger read as an organisation, or a single word) is no author. A line that goes on as a
 * sentence ("By Friday, the talks had ...") is no byline.
 */
function bylineNames(doc: Doc, tagged: readonly Named[]): Named[] {
  const out: Named[] = [];
  let orgAt: Set<number> | undefined;
  const tokens = doc.tokens;
  for (const by of doc.text.matchAll(BY)) {
    const i = tokenAtOrAfter(doc, by.index);
    if (i + 1 >= tokens.length || tokens[i]!.start !== by.index || tokens[i]!.lower !== 'by') continue;
    const credit = i > 0 && CREDITS.has(tokens[i - 1]!.lower) && tokens[i - 1]!.sentence === tokens[i]!.sentence;
    if (!credit && !opensLine(doc, i)) continue;
    orgAt ??= new Set(tagged.flatMap((n) => (n.type === 'ORG' ? Array.from({ length: n.last - n.first }, (_, k) => n.first + k) : [])));
    const names = namesAfter(doc, i + 1, orgAt);
    if (!names.length || (!credit && !endsByline(doc, names[names.length - 1]!.last))) continue;
    for (const { first, last } of names) {
      out.push({ start: tokens[first]!.start, end: tokens[last - 1]!.end, type: 'PERSON', first, last, caps: false, title: undefined, rule: 'entities/byline', typedBy: i });
    }
  }
  return out;
}

/** The names of a byline from token `at`: name runs joined by "and", "&" or a comma. */
function namesAfter(doc: Doc, at: number, orgAt: ReadonlySet<number>): Array<{ first: number; last: number }> {
  const names: Array<{ first: number; last: number }> = [];
  let i = at;
  for (;;) {
    const last = nameRun(doc, i);
    if (last < 0 || (names.length > 0 && doc.tokens[i - 1]!.norm === ',' && orgAt.has(i))) break;
    names.push({ first: i, last });
    const next = doc.tokens[last];
    if (!next || next.sentence !== doc.tokens[i]!.sentence || !(AND.has(next.lower) || next.norm === ',')) break;
    i = last + 1;
  }
  return names;
}

/** The end of a person's name starting at token i (two or more name words), or -1. */
function nameRun(doc: Doc, i: number): number {
  const tokens = doc.tokens;
  let words = 0;
  let j = i;
  while (j < tokens.length && j - i < MAX_NAME_TOKENS && tokens[j]!.sentence === tokens[i]?.sentence) {
    const t = tokens[j]!;
    if (isNameWord(t)) words++;
    else if (!(PARTICLES.has(t.norm) && words > 0 && j + 1 < tokens.length && isNameWord(tokens[j + 1]!))) break;
    j++;
  }
  // a run that ends in a corporate suffix is a company's name ("compiled by Harlan Whitcomb Inc"), no author's
  return words >= 2 && corporateSuffix(tokens[j - 1]!.norm, tokens[j - 1]!.lower) === null ? j : -1;
}

function isNameWord(t: Token): boolean {
  return /^\p{Lu}[\p{L}'’.-]*$/u.test(t.norm) && !NOT_NAMES.has(t.lower.replace(/\.$/, ''));
}

/** Token i opens its line. */
function opensLine(doc: Doc, i: number): boolean {
  const start = doc.tokens[i]!.start;
  const lineStart = doc.text.lastIndexOf('\n', start - 1) + 1;
  return doc.text.slice(lineStart, start).trim() === '';
}

/** After the names (ending before token `last`) the line ends, or holds a short tail after a mark: an agency, a role. */
function endsByline(doc: Doc, last: number): boolean {
  const tokens = doc.tokens;
  const lineEnd = doc.text.indexOf('\n', tokens[last - 1]!.end);
  const end = lineEnd < 0 ? doc.text.length : lineEnd;
  let k = last;
  while (k < tokens.length && tokens[k]!.start < end) k++;
  if (k === last) return true;
  if (!TAIL_MARKS.has(tokens[last]!.lower) || k - last > MAX_TAIL) return false;
  return !/[.?!]["”’]?\s*$/.test(doc.text.slice(tokens[last]!.start, end)) || k - last <= 3;
}
