import type { Doc, Token } from '../doc/document.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import type { NameMention } from './merge.js';

/**
 * Words for a holding in a company before "in" or "of" it ("a stake in Fresnillo", "shares of Antofagasta"); "shares
 * in" a city are as often its market's ("Shares in Tokyo rose").
 */
const HOLDING_WORDS = new Set(['stake', 'stakes', 'holding', 'holdings']);
const POSSESSIVE = new Set(["'s", '’s']);

/**
 * The word that says the name at tokens i..j is a company's by its shares: "shares of X", "a stake in X", "X's
 * shares" (the holding word's index), else -1.
 */
export function sharesOf(toks: readonly Token[], i: number, j: number): number {
  // "shares of France-registered Cofinec": the name qualifies another word
  if (toks[j + 1]?.lower === '-' && toks[j + 1]!.start === toks[j]!.end) return -1;
  const holding = toks[i - 2]?.lower ?? '';
  if (i >= 2 && ((toks[i - 1]!.lower === 'of' && holding === 'shares') || ((toks[i - 1]!.lower === 'in' || toks[i - 1]!.lower === 'of') && HOLDING_WORDS.has(holding)))) return i - 2;
  return POSSESSIVE.has(toks[j + 1]?.lower ?? '') && toks[j + 2]?.lower === 'shares' ? j + 2 : -1;
}

/**
 * A name the tagger read as a place that the text shows is a company's by its shares ("Shares of Antofagasta fell"):
 * every mention of it it typed a place is an organisation's, the shares fixing the type (one sense per name).
 */
export function typeCompaniesByShares(doc: Doc, mentions: NameMention[]): NameMention[] {
  const toks = doc.tokens;
  const companies = new Map<string, { start: number; end: number }>();
  for (const m of mentions) {
    if ((m.type !== 'GPE' && m.type !== 'LOC') || m.dateline) continue;
    const i = tokenAtOrAfter(doc, m.start);
    let j = i;
    while (j + 1 < toks.length && toks[j + 1]!.end <= m.end) j++;
    const k = sharesOf(toks, i, j);
    if (k >= 0) companies.set(doc.text.slice(m.start, m.end), { start: toks[k]!.start, end: toks[k]!.end });
  }
  if (companies.size === 0) return mentions;
  return mentions.map((m) => {
    const shares = (m.type === 'GPE' || m.type === 'LOC') && !m.dateline && companies.get(doc.text.slice(m.start, m.end));
    return shares ? { ...m, type: 'ORG', rule: 'entities/type-evidence', typedBy: shares } : m;
  });
}
