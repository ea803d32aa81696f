import type { Doc, Token } from '../doc/document.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import { isApostrophe } from './trim.js';
import { isFirstName } from './words.js';
import { isNationalPlaceName } from './evidence.js';
import { mentionOver, type NameMention } from './merge.js';

/**
 * Parts of speech of a lower-case word that never follows a possessive: "told Halford's to pay", "Marlow's was
 * the target" (a verb's participle may: "Helen Park's leaked memo", "the UK's leading fair").
 */
const NOT_AFTER_POSSESSIVE = new Set(['VERB', 'AUX', 'ADP', 'CCONJ', 'SCONJ', 'PART']);
/** Stops that never follow a possessive: "rated AA - Moody's.", "a bid for Boatmen's, which ...". */
const STOPS = new Set(['.', ',', ';', ':', '!', '?', ')']);

/** The stem is written somewhere with no possessive and no letter after it. */
export function writtenWithout(text: string, stem: string): boolean {
  for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
    const next = text[at + stem.length] ?? ' ';
    if (!/[\p{L}\p{N}'’]/u.test(next)) return true;
  }
  return false;
}

function isVerbAfter(t: Token): boolean {
  return NOT_AFTER_POSSESSIVE.has(t.pos) && /^\p{Ll}/u.test(t.norm) && !(t.pos === 'VERB' && /(?:ing|ed)$/.test(t.lower));
}

/** The mention stands right before "'s" and no letter or figure after it. */
function beforePossessive(text: string, m: NameMention): boolean {
  return isApostrophe(text[m.end]) && text[m.end + 1] === 's' && !/[\p{L}\p{N}]/u.test(text[m.end + 2] ?? ' ');
}

/**
 * A name the document always writes with "'s" ("Lloyd's", "Boatmen's", "Moody's") holds it where the tagger left
 * it out, when somewhere no possessive can stand there: before a verb, a preposition, a conjunction or a stop
 * ("told Halford's to pay", "Marlow's was the target", "rated A2 - Moody's."). Every such mention takes the "'s";
 * a person's name never holds one, so one read as a person's is an organisation's (`entities/type-evidence`, the
 * word after it the cue). A name opening with a first name ("Helen Park's."), one whose last word the document also
 * writes bare ("Tamar Kvaratia's" beside "Kvaratia") and a country ("the UK's") keep theirs out.
 */
export function withPossessiveNames(doc: Doc, mentions: NameMention[]): NameMention[] {
  const text = doc.text;
  // over half the texts write no "'s": the mentions are then not read
  if (!text.includes("'s") && !text.includes('’s')) return mentions;
  let names: Map<string, { start: number; end: number } | null> | null = null;
  let cued = false;
  for (const m of mentions) {
    if (!beforePossessive(text, m)) continue;
    const name = text.slice(m.start, m.end);
    names ??= new Map();
    if (names.get(name)) continue;
    const cue = possessiveCue(doc, m, name);
    names.set(name, cue);
    if (cue) cued = true;
  }
  if (!names || !cued) return mentions;
  const out = mentions.slice();
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    const cue = beforePossessive(text, m) ? names.get(text.slice(m.start, m.end)) : null;
    if (!cue) continue;
    if (m.type !== 'PERSON') out[k] = mentionOver(m, m.start, m.end + 2);
    else out[k] = mentionOver(m, m.start, m.end + 2, 'ORG', 'entities/type-evidence', { start: cue.start, end: cue.end });
  }
  return out;
}

/** The word after the name's "'s" that shows the "'s" is the name's (the end of the "'s" where none follows), else null. */
function possessiveCue(doc: Doc, m: NameMention, name: string): { start: number; end: number } | null {
  const text = doc.text;
  const first = tokenAtOrAfter(doc, m.start);
  const after = doc.tokens[tokenAtOrAfter(doc, m.end + 2)];
  const closes = !after || after.sentence !== doc.tokens[first]!.sentence || STOPS.has(after.norm) || isVerbAfter(after);
  if (!closes || (isFirstName(doc.tokens[first]!) && doc.tokens[first]!.end < m.end)) return null;
  // the text is searched for the name and its last word only after the word beside it and its first word allow a cue
  const last = doc.tokens[tokenAtOrAfter(doc, m.end) - 1]!;
  const bare = writtenWithout(text, name) || (last.start > m.start && writtenWithout(text, last.norm));
  return !bare && !isNationalPlaceName(name) ? (after ?? { start: m.end, end: m.end + 2 }) : null;
}
