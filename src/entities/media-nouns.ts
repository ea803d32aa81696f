import type { Doc } from '../doc/document.js';
import type { Named } from './named.js';
import { refineType } from './types.js';
import { gazetteer } from '../places/gazetteer.js';

/** Nouns for a newspaper or a broadcaster, in lower case, that its name premodifies: "the Sun newspaper", "Vedomosti daily". */
const MEDIA_NOUNS = new Set(['newspaper', 'daily', 'tabloid', 'weekly', 'magazine', 'broadsheet', 'broadcaster', 'radio', 'television']);

/**
 * The token of a noun for a newspaper or a broadcaster right after a name the tagger read as an organisation's or
 * a thing's ("Britain's Mirror newspaper", "the Kestrel Courier daily", "Nova Gazeta (New Gazette) newspaper",
 * the bracketed translation between): what a name premodifies so is a title, an organisation. Null for a people's
 * or a language's name and a hyphenated adjective ("the Russian newspaper", "a Maltese newspaper", "South African
 * radio", "an English-language daily", "a state-funded radio station"), and a place's or a person's ("a Tehran
 * newspaper", "the Murdoch tabloids" are no titles).
 */
export function mediaNounAfter(doc: Doc, n: Named): number | null {
  if (n.type !== 'ORG' && n.type !== 'MISC') return null;
  const k = n.end < doc.text.length && doc.text[n.end] === ')' ? n.last + 1 : n.last;
  // read only within the tokens: a name that ends the text would make the read out of bounds, which drops typeEvidence's compiled code
  const noun = k < doc.tokens.length ? doc.tokens[k] : undefined;
  if (!noun || !MEDIA_NOUNS.has(noun.norm) || noun.sentence !== doc.tokens[n.first]!.sentence || noun.start > doc.tokens[k - 1]!.end + 1) return null;
  return isPeoplesName(doc.text.slice(n.start, n.end)) ? null : k;
}

/** A hyphenated adjective: "English-language", "Paris-based", "state-run". */
const HYPHENATED_ADJECTIVE = /-\p{Ll}+$/u;

/**
 * A people's or a language's name, or an adjective: "Cypriot", "South Korean" (the gazetteer's demonyms),
 * "Swedish", "Arabic-language", "U.S.-funded".
 */
function isPeoplesName(name: string): boolean {
  if (HYPHENATED_ADJECTIVE.test(name) || refineType(name, 'MISC') === 'NORP') return true;
  const g = gazetteer();
  return g.lookup(name).some((m) => m.demonym);
}
