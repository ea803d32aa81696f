import type { Doc } from '../doc/document.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import { COMPANY_HEADS, ORGANISATION_HEADS } from '../lexicon/organisations.js';
import type { NameMention } from './merge.js';
import { wordClassesOf } from './tagger/index.js';
import { WORD_CLASS } from './tagger/word-classes.js';
import { isFirstName } from './words.js';
import { gazetteer } from '../places/gazetteer.js';
import { kindSet } from '../places/format.js';

const OPEN_BRACKET = 40;
const CLOSE_BRACKET = 41;
const QUOTE = 34;
const CLOSE_QUOTE = 0x201d;
const SPACE = 32;
/** How far back from its closing mark a bracketed or quoted nickname may open. */
const MAX_INNER = 24;
/** A nickname or a given name: one or two capitalised words, or initials ("Ned", "Big Ed", "J.D."). */
const INNER = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?$/u;
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
const REGION_KINDS = kindSet('continent', 'country', 'admin1', 'region');
/** Classes of a word that names a place, a body or a people rather than a person ("Canada", "Telecom", "Kenyan"). */
const NOT_PERSONAL = WORD_CLASS.place | WORD_CLASS.org | WORD_CLASS.demonym;

/**
 * A person's name with a nickname or a given name set off inside it, which the tagger reads as two or three names
 * (the surname after the mark often an organisation's): a full name, a nickname in brackets or quotes and a
 * surname ("Theodore (Ted) Marsh", "Roberta \"Bobbie\" Quinn", "Ellen Mary (E.M.) Forde") becomes one PERSON from the
 * given name on, and a given name in brackets before a surname, as a quoted speaker's words are filled in ("he
 * saw (Rick) Alvarez pitch"), one PERSON from the bracket. The name before the mark opens with a known first name,
 * the bracket alone holds one; what is set off names no place, body or people ("Ana Ruiz (Spain) Movistar" is a
 * list's runner and team), and the surname is one word of no company's or body's head. Rule `entities/particle`,
 * the first name its cue. Gated on the mark and a space right before a mention.
 */
export function withNicknames(doc: Doc, mentions: NameMention[]): NameMention[] {
  const text = doc.text;
  let joins: NameMention[] | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.start < 4 || text.charCodeAt(m.start - 1) !== SPACE) continue;
    const mark = text.charCodeAt(m.start - 2);
    if (mark !== CLOSE_BRACKET && mark !== QUOTE && mark !== CLOSE_QUOTE) continue;
    const joined = nicknamed(doc, mentions, k, mark);
    if (joined) (joins ??= []).push(joined);
  }
  if (!joins) return mentions;
  const kept = mentions.filter((m) => !joins.some((j) => m.start >= j.start && m.end <= j.end));
  return kept.concat(joins).sort((a, b) => a.start - b.start);
}

/** The person's name the surname mention k closes, over the nickname or given name set off before it, or null. */
function nicknamed(doc: Doc, mentions: readonly NameMention[], k: number, mark: number): NameMention | null {
  const text = doc.text;
  const m = mentions[k]!;
  if (m.type === 'GPE' || m.type === 'LOC') return null;
  const close = m.start - 2;
  // the opening mark first, a few characters read back: most quotations run longer ('"..." Marsh said')
  const open = openerOf(text, close, mark);
  if (open < 0 || !isSurname(doc, m)) return null;
  const inner = text.slice(open + 1, close);
  if (!INNER.test(inner)) return null;
  const innerFirst = tokenAtOrAfter(doc, open + 1);
  const innerLast = tokenAtOrAfter(doc, close);
  for (let i = innerFirst; i < innerLast; i++) if (namesOther(doc.tokens[i]!.norm)) return null;
  if (isRegion(inner)) return null;
  const left = open > 0 && text.charCodeAt(open - 1) === SPACE ? mentionEndingAt(mentions, k, open - 1) : null;
  if (left) {
    const first = tokenAtOrAfter(doc, left.start);
    const last = tokenAtOrAfter(doc, left.end);
    if (last - first > 3 || !isFirstName(doc.tokens[first]!) || placeWithin(mentions, k, open, close)) return null;
    for (let i = first; i < last; i++) if (!TITLE_CASE.test(doc.tokens[i]!.norm)) return null;
    return personOver(m, left.start, doc.tokens[first]!);
  }
  if (mark !== CLOSE_BRACKET || innerLast - innerFirst !== 1 || !isFirstName(doc.tokens[innerFirst]!)) return null;
  if (open > 0 && /[\p{Lu}\p{N}]/u.test(text[open - 2] ?? '')) return null;
  return personOver(m, open, doc.tokens[innerFirst]!);
}

/** Where the bracket or quote closing at `close` opens, within MAX_INNER characters on its line; -1 where it does not. */
function openerOf(text: string, close: number, mark: number): number {
  const from = Math.max(0, close - MAX_INNER);
  for (let i = close - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === CLOSE_BRACKET || c === OPEN_BRACKET) return mark === CLOSE_BRACKET && c === OPEN_BRACKET ? i : -1;
    if (c === QUOTE || c === 0x201c) return mark !== CLOSE_BRACKET ? i : -1;
  }
  return -1;
}

/** One capitalised word that may be a surname: no common word but as a surname, and no company's or body's head. */
function isSurname(doc: Doc, m: NameMention): boolean {
  const i = tokenAtOrAfter(doc, m.start);
  const t = doc.tokens[i];
  if (!t || t.end !== m.end || !TITLE_CASE.test(t.norm)) return false;
  if (ORGANISATION_HEADS.has(t.lower) || COMPANY_HEADS.has(t.lower)) return false;
  const classes = wordClassesOf(t.norm);
  return (classes & WORD_CLASS.common) === 0 || (classes & WORD_CLASS.lastName) !== 0;
}

/** A word known as a place's, a body's or a people's name and not as a first name. */
function namesOther(word: string): boolean {
  const classes = wordClassesOf(word);
  return (classes & NOT_PERSONAL) !== 0 && (classes & WORD_CLASS.firstName) === 0;
}

/** A country's or a first-level region's name ("U.S.", "Bavaria"), as a list sets off a runner's. */
function isRegion(name: string): boolean {
  const g = gazetteer();
  return g.lookup(name).some((p) => !p.commonWord && g.kindIn(p.index, REGION_KINDS));
}

/** Whether a mention before mentions[k] within (open, close) is a place's or a people's. */
function placeWithin(mentions: readonly NameMention[], k: number, open: number, close: number): boolean {
  for (let j = k - 1; j >= 0 && mentions[j]!.end > open; j--) {
    const t = mentions[j]!.type;
    if (mentions[j]!.start > open && mentions[j]!.end <= close && (t === 'GPE' || t === 'LOC' || t === 'NORP')) return true;
  }
  return false;
}

/** The mention before mentions[k] that ends at `end`, or null. */
function mentionEndingAt(mentions: readonly NameMention[], k: number, end: number): NameMention | null {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) if (mentions[j]!.end === end) return mentions[j]!;
  return null;
}

function personOver(m: NameMention, start: number, cue: { start: number; end: number }): NameMention {
  return { start, end: m.end, type: 'PERSON', caps: m.caps, dateline: false, rule: 'entities/particle', title: null, typedBy: { start: cue.start, end: cue.end }, expands: undefined };
}
