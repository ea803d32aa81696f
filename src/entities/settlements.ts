import type { Doc, Region } from '../doc/document.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import { isSpaceAt } from '../doc/clean.js';
import { gazetteer } from '../places/gazetteer.js';
import { mentionOver, retypedMention, type NameMention } from './merge.js';
import { wordClassesOf } from './tagger/index.js';
import { WORD_CLASS } from './tagger/word-classes.js';
import { isSeparator } from './lists.js';

/** Whether the document holds a word that may call a name beside it a settlement or a county: read only then. */
const CUE = /\bCo\.? \p{Lu}|\b(?:[Vv]illages?|[Tt]owns?|[Hh]amlets?|[Tt]ownlands?|[Ss]uburbs?|[Pp]arish(?:es)?) of\b|\b(?:[Rr]esidents|[Vv]illagers|[Tt]ownspeople|[Ii]nhabitants)\b/u;
/** A settlement's noun and "of" right before a name: "the villages of", "in the town of", "residents of". */
const NOUN_OF = /\b((?:villages?|towns?|hamlets?|townlands?|suburbs?|parish(?:es)?|residents|villagers|townspeople|inhabitants) of)\s+$/i;
/** Its people's noun right after a name, or after its possessive: "Drumcarra residents", "Drumcarra's villagers". */
const PEOPLE_AFTER = /^(?:['’]s)?\s+(residents|villagers|townspeople)\b/;
/** "Co"/"Co." and a space opening a name: the county of Irish and British usage ("Co Kerry", "Co. Durham"). */
const COUNTY_WORD = /^Co\.? (?=\p{Lu})/u;
/** The words a cue does not retype: ordinary words ("Labour residents"), peoples' ("Irish residents"), firms'. */
const NOT_A_SETTLEMENT = WORD_CLASS.common | WORD_CLASS.demonym | WORD_CLASS.org;
/** A settlement's name runs over at most this many words ("Ballyferriter West"). */
const MAX_WORDS = 3;

/**
 * Names the words around them make places (GPE), as a reader of local news takes them: "Co"/"Co." before a
 * county's name is "County" (a company's "Co" follows its name), whatever the tagger typed ("Co Kerry", "Co.
 * Antrim"); and a name the tagger read as an organisation's or another name (MISC), that a settlement's noun and
 * "of" stand before ("the villages of Drumcarra and Kilbrannagh": each name of the list it opens, "residents of
 * Drumcarra") or its people's noun after ("Kilbrannagh residents", "Kilbrannagh's villagers"), when each of its words is
 * unknown or a place's, or the gazetteer knows the name. `mentions` in text order.
 */
export function withSettlementCues(doc: Doc, mentions: NameMention[]): NameMention[] {
  const text = doc.text;
  // the names' own cues first, then the text's: most texts have none beside any name, and the scan of the whole text
  // for CUE took most of this rule's time (measured)
  if (!anyCueBeside(text, mentions) || !CUE.test(text)) return mentions;
  let cue: Region | null = null;
  let prevEnd = -1;
  const alone = new Map<string, boolean>();
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const listed: boolean = cue !== null && isSeparator(text, prevEnd, m.start);
    if (!listed) cue = null;
    const county = opensWithCo(text, m.start) ? COUNTY_WORD.exec(text.slice(m.start, m.end)) : null;
    if (county && !m.dateline && isCounty(text.slice(m.start + county[0].length, m.end))) {
      mentions[k] = retypedMention(m, 'GPE', 'entities/type-evidence', { start: m.start, end: m.start + county[0].length - 1 });
    } else if (isCountyAfterWord(text, m) && !m.dateline && m.type !== 'GPE') {
      const start = text[m.start - 2] === '.' ? m.start - 4 : m.start - 3;
      mentions[k] = mentionOver(m, start, m.end, 'GPE', 'entities/type-evidence', { start, end: m.start - 1 });
    } else if ((m.type === 'ORG' || m.type === 'MISC') && !m.typedBy && !m.dateline) {
      const cued: Region | null = listed ? cue : settlementCue(text, m);
      if (cued && isSettlementName(doc, m, cued.start > m.start, alone)) {
        mentions[k] = retypedMention(m, 'GPE', 'entities/type-evidence', cued);
        cue = cued;
      } else cue = null;
    } else cue = m.type !== 'GPE' ? null : (settlementCue(text, m) ?? (listed ? cue : null));
    prevEnd = mentions[k]!.end;
  }
  return mentions;
}

/**
 * Whether a name has beside it what the loop above reads: "Co" opening it or right before it, a settlement's cue. A
 * name with none is not retyped, nor does a list carry a cue to it.
 */
function anyCueBeside(text: string, mentions: readonly NameMention[]): boolean {
  for (const m of mentions) if (opensWithCo(text, m.start) || followsCo(text, m) || settlementCue(text, m) !== null) return true;
  return false;
}

/** "Co" or "Co." and a space at `at`, as COUNTY_WORD opens: read before it is (names such as "Congress" open with "Co"). */
const opensWithCo = (text: string, at: number): boolean => opensCo(text, at) && (text.charCodeAt(at + 2) === 32 || text.startsWith('. ', at + 2));

/** "Co" at `at`, read by the characters' codes (as the rule's other tests are, before any string is compared). */
const opensCo = (text: string, at: number): boolean => text.charCodeAt(at) === 67 && text.charCodeAt(at + 1) === 111;

/** The cue of a settlement beside the name: its noun and "of" before it, its people's noun after it; else null. */
function settlementCue(text: string, m: NameMention): Region | null {
  const from = Math.max(0, m.start - 24);
  const before = endsWithOf(text, m.start) ? NOUN_OF.exec(text.slice(from, m.start)) : null;
  if (before) return { start: from + before.index, end: from + before.index + before[1]!.length };
  const after = opensPeopleNoun(text, m.end) ? PEOPLE_AFTER.exec(text.slice(m.end, m.end + 16)) : null;
  return after ? { start: m.end + after[0].length - after[1]!.length, end: m.end + after[0].length } : null;
}

/** "of" in any case and white space end the text before `at`, as NOUN_OF has them: read before NOUN_OF is. */
function endsWithOf(text: string, at: number): boolean {
  let i = at - 1;
  if (!isSpaceAt(text, i)) return false;
  while (isSpaceAt(text, i - 1)) i--;
  // a letter's code with the bit of lower case set: "f" or "F", "o" or "O"
  return (text.charCodeAt(i - 1) | 32) === 102 && (text.charCodeAt(i - 2) | 32) === 111;
}

/** A possessive's "s" or none, white space and a people's noun of PEOPLE_AFTER open the text at `at`: read before PEOPLE_AFTER is. */
function opensPeopleNoun(text: string, at: number): boolean {
  let i = (text[at] === "'" || text[at] === '’') && text[at + 1] === 's' ? at + 2 : at;
  if (!isSpaceAt(text, i)) return false;
  while (isSpaceAt(text, i)) i++;
  const c = text.charCodeAt(i);
  if (c !== 114 && c !== 116 && c !== 118) return false;
  return text.startsWith('residents', i) || text.startsWith('villagers', i) || text.startsWith('townspeople', i);
}

/**
 * A name of at most MAX_WORDS words, each unknown or a place's word (no ordinary, people's or firm's word), or a place's
 * name. Where the cue follows it ("Pinelake residents": a care home's as often as a town's), the document must never
 * write it as a building's, "the" before it and no name after it ("at the Gatehouse,"), and a name the gazetteer lacks
 * must never open a longer name either ("the Pinelake Care Center").
 */
function isSettlementName(doc: Doc, m: NameMention, cueAfter: boolean, alone: Map<string, boolean>): boolean {
  const first = tokenAtOrAfter(doc, m.start);
  let last = first;
  while (last < doc.tokens.length && doc.tokens[last]!.end <= m.end) last++;
  if (last - first > MAX_WORDS) return false;
  const name = doc.text.slice(m.start, m.end);
  let unknownWords = true;
  for (let i = first; i < last; i++) if ((wordClassesOf(doc.tokens[i]!.norm) & NOT_A_SETTLEMENT) !== 0) unknownWords = false;
  const known = gazetteer().lookup(name).length > 0;
  if (!unknownWords && !known) return false;
  return !cueAfter || standsAloneOnce(doc.text, name, !known, alone);
}

/** A document's text is read for at most this many names (each reading is a scan of the whole text). */
const MAX_SCANS = 64;

/** standsAlone asked once per name of a document, and for at most MAX_SCANS names: past them a name is not retyped. */
function standsAloneOnce(text: string, name: string, strict: boolean, asked: Map<string, boolean>): boolean {
  const key = `${strict ? 1 : 0}${name}`;
  let answer = asked.get(key);
  if (answer === undefined) {
    answer = asked.size < MAX_SCANS && standsAlone(text, name, strict);
    asked.set(key, answer);
  }
  return answer;
}

/** Whether no occurrence of `name` in the text has "the" before it and no name after it, nor (`strict`) a name after it. */
function standsAlone(text: string, name: string, strict: boolean): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const nameAfter = /^\s+\p{Lu}/u.test(text.slice(at + name.length, at + name.length + 3));
    if (nameAfter ? strict : /\bthe\s+$/i.test(text.slice(Math.max(0, at - 5), at))) return false;
  }
  return true;
}

/** Where "Co" or "Co." and one space before the name would start. */
const coBefore = (text: string, m: NameMention): number => (text[m.start - 2] === '.' ? m.start - 4 : m.start - 3);

/** "Co"/"Co." and one space right before the name. */
function followsCo(text: string, m: NameMention): boolean {
  const at = coBefore(text, m);
  return at >= 0 && opensCo(text, at) && text.charCodeAt(m.start - 1) === 32;
}

/** Whether the gazetteer knows "County <name>", or <name> as a county's name. */
function isCounty(name: string): boolean {
  const gaz = gazetteer();
  return gaz.lookup(`County ${name}`).length > 0 || gaz.lookup(name).some((x) => gaz.kindOf(x.index) === 'admin2');
}

/** "Co Kerry" where the tagger took in only "Kerry": "Co"/"Co." and one space right before a county's name, no "&" before it. */
function isCountyAfterWord(text: string, m: NameMention): boolean {
  if (!followsCo(text, m)) return false;
  const at = coBefore(text, m);
  if (/[\p{L}\p{N}&]/u.test(text[at - 1] ?? ' ')) return false;
  return !text.slice(Math.max(0, at - 3), at).trimEnd().endsWith('&') && isCounty(text.slice(m.start, m.end));
}
