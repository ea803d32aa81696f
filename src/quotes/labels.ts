import type { Doc } from '../doc/document.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import type { Attribution } from './attribution.js';
import { isCapitalised, isQuoteMark, type TokenRange } from './tokens.js';
import { wordsAt } from '../entities/words.js';

/** the most words a label may have: "Sen. Elizabeth Warren:" */
const MAX_LABEL = 6;

/** records that speak as a headline's label: "Poll: Voters back the levy", "Report: Fares to rise" */
const LABEL_RECORDS = new Set(['poll', 'survey', 'study', 'report']);

/**
 * Labelled quotes, a paragraph that opens with a speaker's name and a colon: "Akar: We will not back down",
 * "Akar: “We will not back down.”" (headlines, pull quotes). The label must name a person or an organisation the
 * entity stage found (`named`), be one word that is the surname of a person named elsewhere in the text (`surname`:
 * "Akar:" for "Ana Akar"), or a record of findings ("Poll:"), so "Note:" or "Update:" is no speaker. What follows
 * runs to the paragraph's end.
 */
export function findLabels(doc: Doc, inside: Uint8Array, named: (start: number, end: number) => boolean, surname: (lower: string) => boolean): Attribution[] {
  const tokens = doc.tokens;
  const out: Attribution[] = [];
  for (const p of doc.paragraphs) {
    const first = tokenAtOrAfter(doc, p.start);
    const last = tokenAtOrAfter(doc, p.end);
    let colon = first;
    while (colon < last && colon - first <= MAX_LABEL && tokens[colon]!.norm !== ':') colon++;
    if (colon === first || colon >= last - 1 || tokens[colon]!.norm !== ':' || inside[first]) continue;
    let label = true;
    for (let i = first; i < colon && label; i++) {
      const t = tokens[i]!;
      label = isCapitalised(t) || t.norm === '.' || t.norm === '-' || /^(?:de|van|von|der|al|bin|da|di|le|la|du)$/.test(t.lower);
    }
    const one = colon === first + 1 ? tokens[first]!.lower : null;
    if (!label || !(named(tokens[first]!.start, tokens[colon - 1]!.end) || (one !== null && (LABEL_RECORDS.has(one) || surname(one))))) continue;
    const next = isQuoteMark(tokens[colon + 1]) || tokens[colon + 1]!.start > tokens[colon]!.end ? colon + 1 : -1;
    if (next < 0) continue; // "10:30" is no label
    out.push(labelAttribution(colon, { first, last: colon }, next, { first, last }));
  }
  return out;
}

/** the most words of a transcript's speaker label: "SEN. WARREN:" */
const MAX_TRANSCRIPT_LABEL = 3;

/**
 * Transcript lines quoted whole, each speaker's label inside the opening mark: "“RUIZ: Well, the council has never
 * balanced a budget.”". A label is a name the entity stage found (`named`) or one in the transcript's capitals, followed
 * by a colon and a space. Labels in capitals are speakers when the surname is written elsewhere in the text ("Ana Ruiz"
 * for "RUIZ") or when several quotes open with one (the moderator's "WALLACE:" among the candidates' lines); a lone
 * "“NOTE: ...”" names no one. Returns each labelled quote's attribution by the index of its range.
 */
export function transcriptLabels(doc: Doc, quotes: readonly TokenRange[], named: (start: number, end: number) => boolean): Map<number, Attribution> {
  const tokens = doc.tokens;
  // each labelled quote's index, its label, and the label's last word when the label is in capitals
  const labelled: Array<[number, TokenRange, string | null]> = [];
  quotes.forEach((quote, k) => {
    const first = quote.first + 1;
    let colon = first;
    while (colon < quote.last && colon - first < MAX_TRANSCRIPT_LABEL && tokens[colon]!.type === 'word' && isCapitalised(tokens[colon])) colon++;
    const t = tokens[colon];
    if (colon === first || t?.norm !== ':' || colon + 1 >= quote.last - 1 || tokens[colon + 1]!.start === t.end) return;
    const words = tokens.slice(first, colon);
    const capitals = words.every((w) => w.norm.length > 1 && w.norm === w.norm.toUpperCase());
    if (capitals || named(tokens[first]!.start, tokens[colon - 1]!.end)) labelled.push([k, { first, last: colon }, capitals ? words[words.length - 1]!.norm : null]);
  });
  const out = new Map<number, Attribution>();
  // a lone label in capitals needs its name written elsewhere; asked once at most, as the text is read whole for it
  const [lone] = labelled;
  if (labelled.length === 1 && lone![2] !== null && !writtenElsewhere(doc, lone![2])) return out;
  for (const [k, label] of labelled) out.set(k, labelAttribution(label.last, label, label.last + 1, quotes[k]!));
  return out;
}

/** Whether a word in capitals ("RUIZ") is written elsewhere in the text as a capitalised word ("Ruiz"). */
function writtenElsewhere(doc: Doc, capitals: string): boolean {
  return !wordsAt(doc.text, capitals[0] + capitals.slice(1).toLowerCase()).next().done;
}

/**
 * A headline's quote with a name on the other side of a colon: "‘Proudest day of my career’: Novak sworn in", "Novak sworn
 * in: ‘Proudest day of my career’". The name opens the other side and is one the entity stage found (`named`).
 */
export function headlineLabel(doc: Doc, quote: TokenRange, line: TokenRange, named: (start: number, end: number) => boolean): Attribution | null {
  const tokens = doc.tokens;
  const after = tokens[quote.last]?.norm === ':' && quote.last + 1 < line.last;
  const colon = after ? quote.last : quote.first - 1;
  if (!after && (tokens[colon]?.norm !== ':' || colon <= line.first)) return null;
  const first = after ? colon + 1 : line.first;
  for (let end = Math.min(first + MAX_LABEL, after ? line.last : colon); end > first; end--) {
    if (named(tokens[first]!.start, tokens[end - 1]!.end)) return labelAttribution(colon, { first, last: end }, after ? first : quote.first, line);
  }
  return null;
}

function labelAttribution(colon: number, subject: TokenRange, next: number, sentence: TokenRange): Attribution {
  return { cue: { first: colon, last: colon + 1 }, lemma: ':', cls: 'speech', subject, shared: false, infinitive: false, recipient: false, object: false, listener: false, first: subject.first, next, sentence };
}
