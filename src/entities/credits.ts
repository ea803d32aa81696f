import type { Doc, Region } from '../doc/document.js';
import type { Dateline } from '../doc/layout.js';
import { overlaps } from '../doc/span.js';
import type { NameMention } from './merge.js';

/** A credit's brackets right after the dateline's place and its state, country or date, and what they hold. */
const CREDIT = /^\s*\(([^()\n]{1,40})\)/;
/** One organisation's name in a credit: capitalised words or initials, no figure ("AP", "Reuters", "CNN Business"). */
const CREDIT_NAME = /^\p{Lu}[\p{L}.&'’-]*(?: (?:\p{Lu}[\p{L}.&'’-]*|&))*$/u;
/** What joins two credits in one pair of brackets: "(AP/Reuters)", "(AFP, dpa)". */
const JOINER = /\s*[/,]\s*/g;

/**
 * A news agency's or an organisation's credit in brackets right after a dateline ("SPRINGFIELD, Ill. (AP) —",
 * "LONDON, March 3 (Reuters) -", "DENVER (CNN Business) —", "(AP/Reuters)") names who filed the story: an ORG,
 * whatever the tagger read, and the type its name has across the article. A mention the tagger found over the
 * credit is replaced by it.
 */
export function creditMentions(doc: Doc, datelines: readonly Dateline[], mentions: NameMention[]): NameMention[] {
  const credits = datelines.flatMap((d) => creditsOf(doc.text, d));
  if (credits.length === 0) return mentions;
  const out = mentions.filter((m) => !credits.some((c) => overlaps(m, c)));
  for (const c of credits) out.push({ ...c, type: 'ORG', caps: false, dateline: false, rule: 'entities/type-evidence', title: null });
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The organisations a dateline credits, each with the dateline as the evidence of its type. */
function creditsOf(text: string, d: Dateline): Array<Region & { typedBy: Region }> {
  const from = Math.max(d.place.end, d.container?.end ?? 0);
  const m = CREDIT.exec(text.slice(from, d.dateline.end));
  if (!m) return [];
  const open = from + m[0].length - m[1]!.length - 1;
  const out: Array<Region & { typedBy: Region }> = [];
  let at = 0;
  for (const joiner of [...m[1]!.matchAll(JOINER), null]) {
    const end = joiner ? joiner.index : m[1]!.length;
    const name = m[1]!.slice(at, end);
    if (CREDIT_NAME.test(name)) out.push({ start: open + at, end: open + end, typedBy: d.dateline });
    at = joiner ? joiner.index + joiner[0].length : at;
  }
  return out;
}
