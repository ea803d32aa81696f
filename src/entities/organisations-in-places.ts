import type { Doc } from '../doc/document.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import { ORGANISATION_NOUNS } from '../lexicon/organisations.js';
import { mentionOver, type NameMention } from './merge.js';
import { shortFormAfter, spells } from './acronyms.js';

const IN = ' in ';

/**
 * "the U.N. Verification Mission in Colombia (UNVMC)", "the rights group Justice in Kenya said": an organisation's name
 * that ends in "in" and a place is one name, the organisation's, where the text says so, not the organisation and
 * the place apart: a short form in brackets right after it spells the whole but not the part before "in", or a
 * noun for a kind of organisation ("group", "charity", "agency") stands right before it (which makes a name the
 * tagger read as MISC an organisation's too: "the charity Clean Water in Malawi"). Without such a cue the place is
 * where the body is ("the Red Cross in Geneva said").
 */
export function withOrganisationsInPlaces(doc: Doc, mentions: NameMention[]): NameMention[] {
  // measured: the pairs read from the first name " in " the next in a function of their own; in the walk over every
  // mention, the first such pair after the warm-up threw its optimised code away
  const first = firstNameInNext(doc.text, mentions);
  return first < 0 ? mentions : withOrganisationsInPlacesFrom(doc, mentions, first);
}

/** The index of the first organisation's or MISC name followed by " in " and the next mention, or -1. */
function firstNameInNext(text: string, mentions: NameMention[]): number {
  for (let k = 0; k + 1 < mentions.length; k++) if (isNameInNext(text, mentions[k]!, mentions[k + 1]!)) return k;
  return -1;
}

/** An organisation's or MISC name, then " in ", then the next mention. */
const isNameInNext = (text: string, m: NameMention, next: NameMention): boolean =>
  (m.type === 'ORG' || m.type === 'MISC') && text.startsWith(IN, m.end) && next.start === m.end + IN.length;

function withOrganisationsInPlacesFrom(doc: Doc, mentions: NameMention[], from: number): NameMention[] {
  let out: NameMention[] | null = null;
  for (let k = from; k + 1 < mentions.length; k++) {
    const m = mentions[k]!;
    const place = mentions[k + 1]!;
    if (!isNameInNext(doc.text, m, place) || (place.type !== 'GPE' && place.type !== 'LOC') || place.dateline) continue;
    const cue = (m.type === 'ORG' ? shortFormCue(doc.text, m, place.end) : null) ?? kindBefore(doc, m);
    if (!cue) continue;
    out ??= mentions.slice();
    out[k] = mentionOver(m, m.start, place.end, 'ORG', 'entities/connector', cue);
    out[k + 1] = out[k]!;
  }
  return out ? out.filter((m, k) => k === 0 || m !== out![k - 1]) : mentions;
}

/** The bracketed short form after the place that spells the whole name and not its organisation alone. */
function shortFormCue(text: string, m: NameMention, end: number): { start: number; end: number } | null {
  const defined = shortFormAfter(text, end);
  if (!defined || !spells(defined.short, text.slice(m.start, end)) || spells(defined.short, text.slice(m.start, m.end))) return null;
  return { start: defined.start, end: defined.start + defined.short.length };
}

/** The lower-case noun for a kind of organisation right before the name: "group", "charity", "agency". */
function kindBefore(doc: Doc, m: NameMention): { start: number; end: number } | null {
  const t = doc.tokens[tokenAtOrAfter(doc, m.start) - 1];
  if (!t || t.end + 1 !== m.start || t.norm !== t.lower || !ORGANISATION_NOUNS.has(t.lower)) return null;
  return { start: t.start, end: t.end };
}
