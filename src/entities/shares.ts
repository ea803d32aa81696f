import type { Doc, Token } from '../doc/document.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import { retypedMention, type NameMention } from './merge.js';
import { ORGANISATION_KINDS } from '../lexicon/organisations.js';
import { isPossessiveS } from '../lexicon/marks.js';
import { gazetteer } from '../places/gazetteer.js';

/**
 * Words for a holding in a company before "in" or "of" it ("a stake in Fresnillo", "shares of Antofagasta"); "shares
 * in" a city are as often its market's ("Shares in Tokyo rose").
 */
const HOLDING_WORDS = new Set(['stake', 'stakes', 'holding', 'holdings']);

/**
 * The word that says the name at tokens i..j is a company's by its shares: "shares of X", "a stake in X", "X's
 * shares" (the holding word's index), else -1.
 */
export function sharesOf(toks: readonly Token[], i: number, j: number): number {
  // "shares of France-registered Cofinec", "shares of Italy's Pirelli": the name qualifies another word or name
  if (toks[j + 1]?.lower === '-' && toks[j + 1]!.start === toks[j]!.end) return -1;
  if (isPossessiveS(toks[j + 1]?.lower ?? '') && /^\p{Lu}/u.test(toks[j + 2]?.norm ?? '')) return -1;
  const holding = toks[i - 2]?.lower ?? '';
  if (i >= 2 && ((toks[i - 1]!.lower === 'of' && holding === 'shares') || ((toks[i - 1]!.lower === 'in' || toks[i - 1]!.lower === 'of') && HOLDING_WORDS.has(holding)))) return i - 2;
  return isPossessiveS(toks[j + 1]?.lower ?? '') && toks[j + 2]?.lower === 'shares' ? j + 2 : -1;
}

/** What separates the names of a list: "Polmet and Carrow", "X, Y or Z". */
const LIST_GAP = /^(?:,|,? and|,? or| ?&) ?$/;

interface Cue {
  start: number;
  end: number;
}

/**
 * "miners Polmet", "lender Carrow": a company's or a bank's noun, in lower case, right before the name at token
 * i ('plural' when the noun is, so it names each name of the list it opens), else null.
 */
export function businessNounBefore(text: string, toks: readonly Token[], i: number): 'one' | 'plural' | null {
  const w = toks[i - 1];
  if (!w || toks[i]!.start - w.end > 1 || (toks[i]!.start > w.end && text[w.end] !== ' ' && text[w.end] !== '\u00a0')) return null;
  // "steel-maker North Ferris": a compound's noun
  if (w.norm !== w.lower || (i >= 2 && toks[i - 2]!.end === w.start)) return null;
  const one = ORGANISATION_KINDS.get(w.lower);
  const kind = one ?? (w.lower.endsWith('s') ? ORGANISATION_KINDS.get(w.lower.slice(0, -1)) : undefined);
  if (kind !== 'company' && kind !== 'finance') return null;
  return one ? 'one' : 'plural';
}

/** A name one of the gazetteer's towns bears: a country or a state is a "producer" ("oil producer Saudi Arabia"). */
function mayBeTown(name: string): boolean {
  const gaz = gazetteer();
  return gaz.lookup(name).some((x) => gaz.kindOf(x.index) === 'city');
}

/**
 * A name the tagger read as a place that the text shows is a company's: by its shares ("Shares of Antofagasta
 * fell"), or, for a name a town may bear, by a business's noun before it or before the list it is in ("miners
 * Antofagasta and Fresnillo", "lender Bendigo"). Every mention of it the tagger typed a place is then an
 * organisation's, the cue fixing the type (one sense per name).
 */
export function typeCompaniesByShares(doc: Doc, mentions: NameMention[]): NameMention[] {
  const toks = doc.tokens;
  const companies = new Map<string, Cue>();
  let plural: { end: number; cue: Cue } | null = null;
  for (const m of mentions) {
    if ((m.type !== 'GPE' && m.type !== 'LOC') || m.dateline) continue;
    const i = tokenAtOrAfter(doc, m.start);
    const j = tokenAtOrAfter(doc, m.end) - 1;
    const k = sharesOf(toks, i, j);
    if (k >= 0) {
      companies.set(doc.text.slice(m.start, m.end), { start: toks[k]!.start, end: toks[k]!.end });
      continue;
    }
    const inList: boolean = plural !== null && LIST_GAP.test(doc.text.slice(plural.end, m.start));
    const noun = businessNounBefore(doc.text, toks, i);
    const cue: Cue | null = noun ? { start: toks[i - 1]!.start, end: toks[i - 1]!.end } : inList ? plural!.cue : null;
    plural = noun === 'plural' || (inList && !noun) ? { end: m.end, cue: cue! } : null;
    if (!cue) continue;
    const name = doc.text.slice(m.start, m.end);
    if (mayBeTown(name)) companies.set(name, cue);
  }
  if (companies.size === 0) return mentions;
  const out = mentions.slice();
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    const cue = (m.type === 'GPE' || m.type === 'LOC') && !m.dateline ? companies.get(doc.text.slice(m.start, m.end)) : undefined;
    if (cue) out[k] = retypedMention(m, 'ORG', 'entities/type-evidence', cue);
  }
  return out;
}
