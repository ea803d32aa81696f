import type { Doc } from '../doc/document.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import type { Attribution } from './attribution.js';
import { isCapitalised, isQuoteMark, type TokenRange } from './tokens.js';

/** the most words a label may have: "Sen. Elizabeth Warren:" */
const MAX_LABEL = 6;

/**
 * Labelled quotes, a paragraph that opens with a speaker's name and a colon: "Akar: We will not back down",
 * "Akar: “We will not back down.”" (headlines, pull quotes). The label must name a person or an organisation the
 * entity stage found (`named`), so "Note:" or "Update:" is no speaker. What follows runs to the paragraph's end.
 */
export function findLabels(doc: Doc, inside: Uint8Array, named: (start: number, end: number) => boolean): Attribution[] {
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
    if (!label || !named(tokens[first]!.start, tokens[colon - 1]!.end)) continue;
    const next = isQuoteMark(tokens[colon + 1]) || tokens[colon + 1]!.start > tokens[colon]!.end ? colon + 1 : -1;
    if (next < 0) continue; // "10:30" is no label
    out.push(labelAttribution(colon, { first, last: colon }, next, { first, last }));
  }
  return out;
}

/**
 * A headline's quote with a name on the other side of a colon: "‘Honour of my life’: Novak sworn in", "Novak sworn
 * in: ‘Honour of my life’". The name opens the other side and is one the entity stage found (`named`).
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
