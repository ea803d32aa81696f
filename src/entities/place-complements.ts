import type { Doc, Token } from '../doc/document.js';
import { resized, retyped, type Named } from './named.js';
import { corporateSuffix, isPlaceName } from './evidence.js';
import { wordClassesOf } from './tagger/index.js';
import { WORD_CLASS } from './tagger/word-classes.js';
import { INSTITUTION_HEADS } from '../lexicon/organisations.js';
import { spacedRun } from './words.js';
import { gazetteer } from '../places/gazetteer.js';

/**
 * "Dinamo of Tbilisi", "Sparta of Prague", "Lokomotiv of Plovdiv": an organisation's name the tagger read
 * on over "of" (and "the") into a place's is two names, the organisation and where it is from, when the one
 * word before "of" is a name of its own: capitalised, no ordinary English word, no institution's head or kind of
 * place, and a city's name (a club named after its town) or a name the tagger found alone elsewhere in the
 * document ("Sparta beat them ... Sparta of Prague"), or a company's name ending in its corporate suffix ("Harlow
 * Plastics Inc of Canada"). "Bank of England", "Earl of Wessex", "Treaty of Utrecht", "Town of Millbrook",
 * "United Way of America" keep "of": their first words name nothing alone. The place after it is a LOC the
 * gazetteer knows; the name before keeps the tagger's type. A name whose word before "of" is a kind of state
 * ("Federal Republic of Yugoslavia", "Kingdom of Bhutan") is that state, a place, whole, whether the gazetteer still
 * knows it or not.
 */
export function splitPlaceComplements(doc: Doc, names: Named[]): Named[] {
  let out: Named[] | null = null;
  let alone: Set<string> | undefined;
  const isNamedAlone = (name: string): boolean => (alone ??= new Set(names.map((m) => doc.text.slice(m.start, m.end)))).has(name);
  for (let k = 0; k < names.length; k++) {
    const n = names[k]!;
    const pieces = n.type === 'ORG' || n.type === 'MISC' ? atPlaceComplement(doc, n, isNamedAlone) : null;
    if (pieces) (out ??= names.slice(0, k)).push(...pieces);
    else out?.push(n);
  }
  return out ?? names;
}

function atPlaceComplement(doc: Doc, n: Named, isNamedAlone: (name: string) => boolean): Named[] | null {
  for (let of = n.first + 1; of < n.last - 1; of++) {
    if (doc.tokens[of]!.norm !== 'of') continue;
    const place = doc.tokens[of + 1]!.norm === 'the' ? of + 2 : of + 1;
    if (place >= n.last || !spacedRun(doc, n.first, n.last - 1)) return null;
    for (let i = n.first; i < n.last; i++) if (i !== of && (i !== of + 1 || place === of + 1) && !/^\p{Lu}/u.test(doc.tokens[i]!.norm)) return null;
    const from = doc.tokens[place]!.start;
    const head = doc.tokens[of - 1]!;
    if (STATE_KINDS.has(head.lower)) return [retyped(n, 'LOC', 'entities/connector')];
    if (!isPlaceName(doc.text.slice(from, n.end))) return null;
    const company = corporateSuffix(head.norm, head.lower) !== null;
    if (!company && (n.type !== 'ORG' || of - n.first !== 1 || !isOwnName(head, isNamedAlone))) return null;
    const owner = resized(n, n.first, of, n.start, doc.tokens[of - 1]!.end, n.type, 'entities/connector');
    return [owner, retyped(resized(n, place, n.last, from, n.end), 'LOC', 'entities/connector')];
  }
  return null;
}

/** Kinds of state whose name is "the ... of" a place's: "Federal Republic of Yugoslavia", "Kingdom of Bhutan". */
const STATE_KINDS = new Set(['republic', 'kingdom', 'principality', 'emirate', 'sultanate']);

/** Word classes of a word that names nothing alone before "of": an ordinary word's, a people's ("Uighurs of China"). */
const NO_OWNER_CLASSES = WORD_CLASS.common | WORD_CLASS.demonym;

function isOwnName(t: Token, isNamedAlone: (name: string) => boolean): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(t.norm) || INSTITUTION_HEADS.has(t.lower) || PLACE_KINDS.has(t.lower) || (wordClassesOf(t.norm) & NO_OWNER_CLASSES) !== 0) return false;
  return isCity(t.norm) || isNamedAlone(t.norm);
}

/** Kinds of place that open a local government's name: "Town of Millbrook", "City of Lakewood". */
const PLACE_KINDS = new Set(['town', 'city', 'county', 'borough', 'village', 'township', 'port', 'state', 'province']);

/** A club's town is a city: the gazetteer knows the name as one of CITY_POPULATION people or more ("Karlsruhe"; not "Duke"). */
const CITY_POPULATION = 100_000;

function isCity(name: string): boolean {
  const g = gazetteer();
  return g.lookup(name).some((m) => !m.commonWord && !m.personName && g.populationOf(m.index) >= CITY_POPULATION);
}
