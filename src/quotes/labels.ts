import type { Doc } from '../doc/document.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import type { Attribution } from './attribution.js';
import { isCapitalised, isQuoteMark } from './tokens.js';

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
    out.push({
      cue: { first: colon, last: colon + 1 },
      lemma: ':',
      cls: 'speech',
      subject: { first, last: colon },
      shared: false,
      infinitive: false,
      recipient: false,
      object: false,
      listener: false,
      first,
      next,
      sentence: { first, last },
    });
  }
  return out;
}
