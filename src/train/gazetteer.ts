import nlp from 'compromise';
import { hashString } from '../entities/tagger/hash.js';
import { GAZETTEER, type Gazetteer } from '../entities/tagger/gazetteer.js';
import { lowerOf } from '../entities/tagger/forms.js';

const CLASSES: Record<string, number> = {
  FirstName: GAZETTEER.firstName,
  MaleName: GAZETTEER.firstName,
  FemaleName: GAZETTEER.firstName,
  LastName: GAZETTEER.lastName,
  City: GAZETTEER.place,
  Country: GAZETTEER.place,
  Region: GAZETTEER.place,
  Place: GAZETTEER.place,
  Organization: GAZETTEER.org,
  SportsTeam: GAZETTEER.org,
  Company: GAZETTEER.org,
  Demonym: GAZETTEER.demonym,
  Actor: GAZETTEER.role,
  Honorific: GAZETTEER.role,
};
/** Bits for single words only, not read by the tagger. */
const WORD_ONLY: Record<string, number> = {
  MaleName: GAZETTEER.maleName,
  FemaleName: GAZETTEER.femaleName,
  Honorific: GAZETTEER.honorific,
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
export function buildGazetteer(): Gazetteer {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const out: Gazetteer = new Map();
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
    if (common) wordOnly |= GAZETTEER.common;
    if (!bits && !(words.length === 1 && wordOnly)) continue;
    const flag = words.length === 1 ? bits | wordOnly : bits << GAZETTEER.partShift;
    for (const w of words) {
      const key = hashString(lowerOf(w));
      out.set(key, (out.get(key) ?? 0) | flag);
    }
  }
  return out;
}
