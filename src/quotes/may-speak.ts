import type { Doc, Token } from '../doc/document.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import { TIME_NOUNS } from '../lexicon/calendar.js';
import type { Entity, EntityType } from '../schema.js';
import { wordClassesOf } from '../entities/tagger/index.js';
import { WORD_CLASS } from '../entities/tagger/word-classes.js';
import { NP_PREPOSITIONS, PARTITIVE_PRONOUNS, PARTITIVES } from './phrases.js';
import { namesSpeaker, RECORD_NOUNS } from './speaker-nouns.js';
import { inTitleCase, isAcronym, isCapitalised, type TokenRange } from './tokens.js';

/** entity types that may speak: people, bodies, the states and groups named for them, and buildings standing for them */
const SPEAKING_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'GPE', 'NORP', 'FAC']);
/** prepositions after a head beside NP_PREPOSITIONS: "experts on North Korea", "officials close to the talks" */
const HEAD_ENDS = new Set(['on', 'about', 'over', 'to', 'inside', 'within', 'during']);
const TIME_LEADS = new Set(['late', 'early', 'last', 'this', 'next']);
const COMPOUND_POS = new Set(['NOUN', 'PROPN', 'ADJ']);
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who']);
const NAME_BITS = WORD_CLASS.firstName | WORD_CLASS.lastName | WORD_CLASS.place | WORD_CLASS.org | WORD_CLASS.demonym | WORD_CLASS.role;

/** Whether the phrase naming who speaks for a cue can name a speaker at all. */
export type MaySpeak = (np: TokenRange) => boolean;

/**
 * A speaker is a person, an organisation or a group of people: the head of the phrase before or after a cue must be a
 * pronoun, a name (an entity's mention, an acronym, a capitalised word the text writes as a name), a noun for a person,
 * a group or a body ("the minister", "residents", "the ministry"), or a record, which speaks for who made it ("the
 * report said"). So "16 confirmed cases", "the screen said" and "Murder accused ..." attribute nothing.
 */
export function speakerTest(doc: Doc, entities: Entity[]): MaySpeak {
  const typeAt = entityTypes(doc, entities, SPEAKING_TYPES);
  let namesMidSentence: Set<string> | null = null;
  /** a capitalised word the lexicon knows only as an ordinary word is a name where the text also writes it so mid-sentence */
  const writtenAsName = (t: Token): boolean => {
    const bits = wordClassesOf(t.lower);
    if ((bits & WORD_CLASS.common) === 0 || (bits & NAME_BITS) !== 0) return true;
    namesMidSentence ??= capitalisedMidSentence(doc);
    return namesMidSentence.has(t.lower);
  };
  return (np) => {
    const tokens = doc.tokens;
    const h = headOf(doc, np);
    const head = tokens[h]!;
    if (PRONOUNS.has(head.lower) && (head.pos === 'PRON' || head.lower === 'i')) return true;
    // "many of them", "some of whom", "one of us": a share of a group named by a pronoun
    if (PARTITIVE_PRONOUNS.has(head.lower) && h >= np.first + 2 && tokens[h - 1]!.lower === 'of' && PARTITIVES.has(tokens[h - 2]!.lower)) return true;
    // "those close to the mayor": people, by what qualifies them
    if (head.lower === 'those' && h < np.last - 1) return true;
    if (typeAt[h] !== undefined) return true;
    // a record speaks for who made it: "the report said", "according to the memo"
    if (RECORD_NOUNS.has(head.lower)) return true;
    // "the 26-year-old right wing"
    if (/\d-year-old\b/i.test(doc.text.slice(tokens[np.first]!.start, head.start))) return true;
    if (head.type === 'number' || /^\d/.test(head.norm)) return /year-old$/i.test(head.norm);
    // "the two said", "one said": a number of people
    if (head.pos === 'NUM') return (h > np.first && /^(?:the|all|both)$/.test(tokens[h - 1]!.lower)) || (head.lower === 'one' && np.last - np.first === 1);
    if (TIME_NOUNS.has(head.lower)) return false;
    if (isAcronym(doc, h)) return true;
    if (isCapitalised(head) && head.type === 'word') {
      return namesSpeaker(head.lower) || (!openerAt(doc, h) && !inTitleCase(doc, h)) || writtenAsName(head);
    }
    // "the union's lawyer", "a county database tracking such evictions": a name or a noun for a speaker or a record
    // among the words before the head, which the phrase is of
    for (let k = h - 1; k >= np.first && COMPOUND_POS.has(tokens[k]!.pos); k--) {
      const t = tokens[k]!;
      if (typeAt[k] !== undefined || (t.pos === 'NOUN' && (namesSpeaker(t.lower) || RECORD_NOUNS.has(t.lower)))) return true;
    }
    return namesSpeaker(head.lower);
  };
}

/** The head token of a speaker phrase: before a relative "who" and before a preposition ("the director of the agency"). */
export function headOf(doc: Doc, np: TokenRange): number {
  const tokens = doc.tokens;
  let last = np.last - 1;
  // "a surveyor who", "Smith, who": the phrase the relative pronoun stands for
  if (tokens[last]!.lower === 'who' && last > np.first && !isAcronym(doc, last)) last--;
  if (tokens[last]!.norm === ',' && last > np.first) last--;
  for (let k = np.first + 1; k < last; k++) {
    if (!NP_PREPOSITIONS.has(tokens[k]!.lower) && !HEAD_ENDS.has(tokens[k]!.lower)) continue;
    // "some of the residents", "one of the officials", "eight of 10 voters": the head follows "of"
    if (tokens[k]!.lower === 'of' && (PARTITIVES.has(tokens[k - 1]!.lower) || tokens[k - 1]!.pos === 'NUM')) return last;
    last = k - 1;
    break;
  }
  // "sources familiar with the talks": an adjective after the noun qualifies it
  while (last > np.first && tokens[last]!.pos === 'ADJ' && !isCapitalised(tokens[last]) && !namesSpeaker(tokens[last]!.lower)) last--;
  // "Park Geun-hye": the parts of a hyphenated name
  while (last - 2 >= np.first && tokens[last - 1]!.norm === '-' && tokens[last - 1]!.start === tokens[last - 2]!.end && tokens[last - 1]!.end === tokens[last]!.start && isCapitalised(tokens[last - 2])) last -= 2;
  // "the filing Friday", "the coroner's staff late Sunday night": a time after the head
  while (last > np.first && (TIME_NOUNS.has(tokens[last]!.lower) || (TIME_LEADS.has(tokens[last]!.lower) && last < np.last - 1))) last--;
  return last;
}

/** Whether token k opens its sentence, or a quote or bracket in it: a capital there says nothing of a name. */
function openerAt(doc: Doc, k: number): boolean {
  const t = doc.tokens[k]!;
  const prev = doc.tokens[k - 1];
  return !prev || prev.sentence !== t.sentence || /^[“"‘«(—–:-]$/.test(prev.norm);
}

/** Lower-cased words the text writes capitalised inside a sentence in lower case: names. */
function capitalisedMidSentence(doc: Doc): Set<string> {
  const out = new Set<string>();
  const tokens = doc.tokens;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'word' && isCapitalised(t) && !openerAt(doc, i) && !inTitleCase(doc, i)) out.add(t.lower);
  }
  return out;
}

/** The type of the named entity mention of one of `types` covering each token, where one does. */
export function entityTypes(doc: Doc, entities: Entity[], types: ReadonlySet<EntityType>): Array<EntityType | undefined> {
  const out: Array<EntityType | undefined> = new Array(doc.tokens.length);
  for (const e of entities) {
    if (!types.has(e.type)) continue;
    for (const m of e.mentions) {
      if (m.kind !== 'name') continue;
      for (let i = tokenAtOrAfter(doc, m.start); i < doc.tokens.length && doc.tokens[i]!.start < m.end; i++) out[i] = e.type;
    }
  }
  return out;
}
