import type { Doc, Token } from '../doc/document.js';
import { resized, retyped, type Named } from './named.js';
import { corporateSuffix, isPlaceName } from './evidence.js';
import { INSTITUTION_HEADS } from '../lexicon/organisations.js';
import { isWordChar, spacedRun } from './words.js';
import { isApostrophe } from './trim.js';
import { gazetteer } from '../places/gazetteer.js';

/**
 * "Karlsruhe of Germany", "Espanyol of Barcelona", "Sparta of Prague": an organisation's name the tagger read
 * on over "of" (and "the") into a place's is two names, the organisation and where it is from, when the word
 * before "of" is a name of its own: capitalised, no institution's head, and a place's name (a club named after
 * its town) or written in the document on its own, with no "of" after it ("Espanyol ... Espanyol of Barcelona").
 * "Bank of England", "Duke of Norfolk", "Treaty of Baden", "Queen of the South" keep "of": their first word
 * names nothing alone. So does a company's name ending in its corporate suffix ("Dow Chemical Co of the United
 * States"). The place after it is a LOC the gazetteer knows; the name before keeps the tagger's type. A name
 * whose word before "of" is a kind of state ("Federal Republic of Yugoslavia", "Kingdom of Bhutan") is that state,
 * a place, whole, whether the gazetteer still knows it or not.
 */
export function splitPlaceComplements(doc: Doc, names: Named[]): Named[] {
  let out: Named[] | null = null;
  for (let k = 0; k < names.length; k++) {
    const n = names[k]!;
    const pieces = n.type === 'ORG' || n.type === 'MISC' ? atPlaceComplement(doc, n) : null;
    if (pieces) (out ??= names.slice(0, k)).push(...pieces);
    else out?.push(n);
  }
  return out ?? names;
}

function atPlaceComplement(doc: Doc, n: Named): Named[] | null {
  for (let of = n.first + 1; of < n.last - 1; of++) {
    if (doc.tokens[of]!.norm !== 'of') continue;
    const place = doc.tokens[of + 1]!.norm === 'the' ? of + 2 : of + 1;
    if (place >= n.last || !spacedRun(doc, n.first, n.last - 1)) return null;
    for (let i = n.first; i < n.last; i++) if (i !== of && i !== of + 1 && !/^\p{Lu}/u.test(doc.tokens[i]!.norm)) return null;
    const from = doc.tokens[place]!.start;
    const head = doc.tokens[of - 1]!;
    if (STATE_KINDS.has(head.lower)) return [retyped(n, 'LOC', 'entities/connector')];
    if (!isPlaceName(doc.text.slice(from, n.end))) return null;
    const company = corporateSuffix(head.norm, head.lower) !== null;
    if (!company && (n.type !== 'ORG' || !isOwnName(doc, head))) return null;
    const owner = resized(n, n.first, of, n.start, doc.tokens[of - 1]!.end, n.type, 'entities/connector');
    return [owner, retyped(resized(n, place, n.last, from, n.end), 'LOC', 'entities/connector')];
  }
  return null;
}

/** Kinds of state whose name is "the ... of" a place's: "Federal Republic of Yugoslavia", "Kingdom of Bhutan". */
const STATE_KINDS = new Set(['republic', 'kingdom', 'principality', 'emirate', 'sultanate', 'grand duchy']);

function isOwnName(doc: Doc, t: Token): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(t.norm) || INSTITUTION_HEADS.has(t.lower)) return false;
  return isCity(t.norm) || isWrittenAlone(doc.text, t.norm);
}

/** A club's town is a city: the gazetteer knows the name as one of CITY_POPULATION people or more ("Karlsruhe"; not "Duke"). */
const CITY_POPULATION = 100_000;

function isCity(name: string): boolean {
  const g = gazetteer();
  return g.lookup(name).some((m) => !m.commonWord && !m.personName && g.populationOf(m.index) >= CITY_POPULATION);
}

/** The word stands somewhere in the text as a word of its own with no "of" or possessive after it ("Queen's Park"). */
function isWrittenAlone(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (isWordChar(text, at - 1) || isWordChar(text, end)) continue;
    if (!text.startsWith(' of ', end) && !isApostrophe(text[end])) return true;
  }
  return false;
}
