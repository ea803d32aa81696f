import type { Doc, Region } from '../doc/document.js';
import type { Dateline } from '../doc/layout.js';
import { withOrganisationRegions } from './organisation-regions.js';
import type { NameMention } from './merge.js';

/** A credit's brackets right after the dateline's place and its state, country or date, and what they hold. */
const CREDIT = /^\s*\(([^()\n]{1,40})\)/;
/** A date after a dateline's place: a month and a day's figure ("Dec 4", "Nov. 30", "4 December"). */
const DATE = /^(?:\p{L}+\.? \d{1,2}|\d{1,2} \p{L}+)$/u;
/** One organisation's name in a credit: capitalised words or initials, no figure ("AP", "Reuters", "CNN Business"). */
const CREDIT_NAME = /^\p{Lu}[\p{L}.&'’-]*(?: (?:\p{Lu}[\p{L}.&'’-]*|&))*$/u;
/**
 * What a dateline's date and brackets name. A news agency's or an organisation's credit in brackets right after it
 * ("SPRINGFIELD, Ill. (AP) —", "LONDON, March 3 (Reuters) -", "DENVER (CNN Business) —", "(AP/Reuters)") names who
 * filed the story: an ORG, whatever the tagger read, and the type its name has across the article; a mention the
 * tagger found over the credit is replaced by it. A date after the place's comma ("OSAKA, Dec 4 (Reuters) -") holds
 * no name: a month the tagger read as one is dropped.
 */
export function datelineNames(doc: Doc, datelines: readonly Dateline[], mentions: NameMention[]): NameMention[] {
  const credits: Array<Region & { typedBy: Region }> = [];
  const dates: Region[] = [];
  for (const d of datelines) {
    creditsOf(doc.text, d, credits);
    if (d.container && DATE.test(doc.text.slice(d.container.start, d.container.end))) dates.push(d.container);
  }
  if (credits.length === 0 && dates.length === 0) return mentions;
  const undated = dates.length === 0 ? mentions : mentions.filter((m) => !dates.some((d) => d.start <= m.start && m.end <= d.end));
  return withOrganisationRegions(undated, credits, false);
}

/** The organisations a dateline credits, each with the dateline as the evidence of its type, added to `out`. */
function creditsOf(text: string, d: Dateline, out: Array<Region & { typedBy: Region }>): void {
  const from = Math.max(d.place.end, d.container?.end ?? 0);
  const m = CREDIT.exec(text.slice(from, d.dateline.end));
  if (!m) return;
  const open = from + m[0].length - m[1]!.length - 1;
  let at = 0;
  for (const piece of m[1]!.split(/[/,]/)) {
    const name = piece.trim();
    const start = open + at + piece.indexOf(name);
    if (isCreditName(name)) out.push({ start, end: start + name.length, typedBy: d.dateline });
    at += piece.length + 1;
  }
}

/**
 * CREDIT_NAME's answer, read by the characters' codes where the name is plain ASCII, as credits are ("AP", "CNN
 * Business"): few texts reach a credit, and compiling CREDIT_NAME for them cost more than every test after (measured).
 */
function isCreditName(name: string): boolean {
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) > 127) return CREDIT_NAME.test(name);
  return name.split(' ').every((word, k) => (k > 0 && word === '&') || isAsciiCreditWord(word));
}

/** A capital, then letters and the marks CREDIT_NAME's words hold (an ASCII word: the caller asks). */
function isAsciiCreditWord(word: string): boolean {
  if (!isAsciiCapital(word.charCodeAt(0))) return false;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!isAsciiCapital(c) && !(c >= 97 && c <= 122) && c !== 46 && c !== 38 && c !== 39 && c !== 45) return false;
  }
  return true;
}

const isAsciiCapital = (c: number): boolean => c >= 65 && c <= 90;
