import { ORGANISATION_KINDS } from '../lexicon/organisations.js';
import { businessNounBefore, sharesOf } from '../entities/shares.js';
import type { PlaceContext } from './context.js';
import { writesAnyOf } from '../entities/doc-words.js';
import type { PlaceMention } from './mention.js';

/** Verbs of a share price's move, whose subject a figure in per cent follows ("Antofagasta fell 3.3%"). */
const PRICE_VERBS = new Set([
  'rose', 'fell', 'gained', 'lost', 'slipped', 'climbed', 'dropped', 'jumped', 'slumped', 'tumbled', 'shed', 'added',
  'rallied', 'surged', 'sank', 'declined', 'advanced', 'eased', 'edged', 'plunged', 'soared',
]);
const BUSINESS_NOUNS = [...ORGANISATION_KINDS].filter(([, kind]) => kind === 'company' || kind === 'finance').map(([noun]) => noun);
/** A word of every cue (a business's noun, one or many, its shares or a stake): a story with none names no company by a price's move either. */
const BUSINESS_CUES: ReadonlySet<string> = new Set(['shares', 'stake', 'stakes', 'holding', 'holdings', ...BUSINESS_NOUNS, ...BUSINESS_NOUNS.map((noun) => `${noun}s`)]);
/** How many words may stand between a price verb and its figure ("fell as much as 3.3%"). */
const FIGURE_REACH = 5;

/**
 * The names of the document that name a company somewhere in it, though the gazetteer knows a place by them
 * (Antofagasta and Fresnillo, miners; a bank named for its town): a business's noun right before the name ("miners
 * Antofagasta and Fresnillo", "lender Barclays"), its shares ("shares of X", "a stake in X", "X's shares"), or, where the tagger
 * calls the name an organisation, its shares or a share price's move after it ("X shares", "X fell 3.3%"). Only a
 * name that may be a town's: a country or a state is a "producer" and its "shares" a verb ("oil producer Saudi Arabia", "Tacoma,
 * Washington shares tips"). One sense per name: the folded names, whose mentions are then no place, but for one a
 * locative says is ("the mine near Fresnillo").
 */
export function companyMentions(cx: PlaceContext, mentions: PlaceMention[], listed: (a: PlaceMention, b: PlaceMention) => boolean): (m: PlaceMention) => boolean {
  // the text's business words first: most stories have none, and their names then need no reading
  if (!writesAnyOf(cx.doc, BUSINESS_CUES)) return () => false;
  const out = new Set<string>();
  const cued = new Set<PlaceMention>();
  // "miners Polmet and Carrow": a plural noun names each name of the list it opens
  let plural: PlaceMention | null = null;
  for (let q = 0; q < mentions.length; q++) {
    const m = mentions[q]!;
    if (m.role !== 'mention') continue;
    plural = plural && listed(plural, m) ? m : null;
    const i = cx.tokenStartingAt(m.start);
    const j = cx.tokenEndingAtOrAfter(m.end);
    if (i < 0 || j >= cx.tokens.length) continue;
    const noun = businessNounBefore(cx.text, cx.tokens, i);
    if (m.matches.some((x) => cx.gaz.kindOf(x.index) === 'city') && (plural || noun || companyCue(cx, m, i, j))) {
      out.add(m.key);
      cued.add(m);
    }
    if (noun === 'plural') plural = m;
  }
  if (out.size === 0) return () => false;
  return (m) => out.has(m.key) && (cued.has(m) || !m.locative || cx.tokens[cx.tokenStartingAt(m.start) - 1]?.lower === 'of');
}

/**
 * "shares of X", "a stake in X", "X's shares" (sharesOf), and for a name the tagger calls an organisation "X shares"
 * or a share price's move after it (tokens i..j).
 */
function companyCue(cx: PlaceContext, m: PlaceMention, i: number, j: number): boolean {
  if (sharesOf(cx.tokens, i, j) >= 0) return true;
  return cx.typeAt(m.start, m.end) === 'ORG' && (cx.tokens[j + 1]?.lower === 'shares' || priceMove(cx, j));
}

/** "X fell 3.3%", "X rose 2 per cent": a price verb right after the name and a figure in per cent soon after it. */
function priceMove(cx: PlaceContext, j: number): boolean {
  const toks = cx.tokens;
  if (j + 1 >= toks.length || !PRICE_VERBS.has(toks[j + 1]!.lower)) return false;
  for (let k = j + 2; k < toks.length && k <= j + 2 + FIGURE_REACH; k++) {
    const w = toks[k]!.lower;
    if (w === '%' || w === 'percent' || w === 'pct' || (w === 'per' && toks[k + 1]?.lower === 'cent')) return true;
    if (w === '.' || w === ';') return false;
  }
  return false;
}
