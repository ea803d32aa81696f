import nlp from 'compromise';
import { hashString } from '../entities/tagger/hash.js';
import { WORD_CLASS, type WordClasses } from '../entities/tagger/word-classes.js';
import { lowerOf } from '../entities/tagger/forms.js';
import { gazetteer } from '../places/gazetteer.js';

const CLASSES: Record<string, number> = {
  FirstName: WORD_CLASS.firstName,
  MaleName: WORD_CLASS.firstName,
  FemaleName: WORD_CLASS.firstName,
  LastName: WORD_CLASS.lastName,
  City: WORD_CLASS.place,
  Country: WORD_CLASS.place,
  Region: WORD_CLASS.place,
  Place: WORD_CLASS.place,
  Organization: WORD_CLASS.org,
  SportsTeam: WORD_CLASS.org,
  Company: WORD_CLASS.org,
  Demonym: WORD_CLASS.demonym,
  Actor: WORD_CLASS.role,
  Honorific: WORD_CLASS.role,
};
/** Bits for single words only, not read by the tagger. */
const WORD_ONLY: Record<string, number> = {
  MaleName: WORD_CLASS.maleName,
  FemaleName: WORD_CLASS.femaleName,
  Honorific: WORD_CLASS.honorific,
};
const COMMON_TAGS = new Set([
  'PresentTense', 'PastTense', 'Infinitive', 'Gerund', 'PhrasalVerb', 'Participle', 'Adjective', 'Comparative',
  'Superlative', 'Plural', 'Singular', 'Uncountable', 'Adverb', 'Preposition', 'Conjunction', 'Determiner',
  'Pronoun', 'Modal', 'Copula', 'Negative', 'QuestionWord', 'Verb', 'Noun', 'Possessive', 'Reflexive',
  'Expression', 'Cardinal', 'Ordinal', 'TextValue',
]);

/**
 * Word classes from compromise's lexicon (first names and their gender, surnames, places, organisations,
 * demonyms, role nouns, honorifics, ordinary words), keyed by the hash of the lower-case word: words of
 * multi-word entries get the class's "part of" flag. Only these hashes and class bits go into the model.
 */
export function buildWordClasses(places: boolean): WordClasses {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const out: WordClasses = new Map();
  for (const [entry, tags] of Object.entries(lexicon)) {
    let bits = 0;
    let wordOnly = 0;
    let common = false;
    for (const tag of Array.isArray(tags) ? tags : [tags]) {
      bits |= CLASSES[tag] ?? 0;
      wordOnly |= WORD_ONLY[tag] ?? 0;
      common ||= COMMON_TAGS.has(tag);
    }
    const words = entry.split(/\s+/);
    if (common) wordOnly |= WORD_CLASS.common;
    if (!bits && !(words.length === 1 && wordOnly)) continue;
    addEntry(out, words, bits | (words.length === 1 ? wordOnly : 0), WORD_CLASS.partShift);
  }
  if (places) addPlaceClasses(out);
  return out;
}

const PLACE_CLASS: Record<string, number> = { PCLI: WORD_CLASS.country, ADM1: WORD_CLASS.admin1, RGN: WORD_CLASS.worldRegion, CONT: WORD_CLASS.worldRegion };

/**
 * The names (any spelling but demonyms) the places gazetteer gives countries, first-level regions, continents
 * and world regions; the words of a multi-word name get the class's "part of" flag.
 */
function addPlaceClasses(out: WordClasses): void {
  const places = gazetteer();
  for (const [name, matches] of places.names()) {
    let bits = 0;
    for (const m of matches) if (!m.demonym) bits |= PLACE_CLASS[places.featureCodeOf(m.index)] ?? 0;
    if (!bits) continue;
    addEntry(out, name.split(' '), bits, WORD_CLASS.placePartShift);
  }
}

/** Sets `bits` on the word of a one-word entry, or the bits shifted by `partShift` on each word of a longer one. */
function addEntry(out: WordClasses, words: readonly string[], bits: number, partShift: number): void {
  const flag = words.length === 1 ? bits : bits << partShift;
  for (const w of words) {
    const key = hashString(lowerOf(w));
    out.set(key, (out.get(key) ?? 0) | flag);
  }
}
