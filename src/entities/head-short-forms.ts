import type { Doc } from '../doc/document.js';
import { corporateSuffix } from './evidence.js';
import { docWords } from './doc-words.js';
import { wordClassesOf } from './tagger/index.js';
import { WORD_CLASS } from './tagger/word-classes.js';
import { nameMention, type NameMention } from './merge.js';
import { isTitleCaseWord } from './word-case.js';

/** A place's or a people's word: "Chechnya", "Catholic". */
const PLACE_OR_PEOPLE = WORD_CLASS.place | WORD_CLASS.demonym;

/** What a word that opens a noun phrase stands before: "the Catholic church", "the Black Sea". */
const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * "the Post" after "The Washington Post", "the Commission" after "the European Commission": the last word of an
 * organisation's name of two words or more, written later after "the" and alone (no noun or adjective after it), a
 * word no place's or people's name, is that organisation's short form, an ORG, the longer name its cue; a mention the tagger gave it another type (and
 * no evidence of its own) is retyped, a word it left out becomes one.
 */
export function withHeadShortForms(doc: Doc, mentions: NameMention[]): NameMention[] {
  const heads = new Map<string, NameMention>();
  for (const m of mentions) {
    if (m.type !== 'ORG' || m.caps) continue;
    const space = doc.text.lastIndexOf(' ', m.end - 1);
    if (space <= m.start) continue;
    const head = doc.text.slice(space + 1, m.end);
    if (isTitleCaseWord(head) && corporateSuffix(head) === null && !heads.has(head)) heads.set(head, m);
  }
  if (heads.size === 0) return mentions;
  const toks = doc.tokens;
  // the tokens after "the", found by its number among the document's words (docWords), not by reading every token
  const { of, norms } = docWords(doc);
  const the = norms.indexOf('the');
  let found: number[] | null = null;
  for (let i = 1; i < toks.length && the >= 0; i++) {
    if (of[i - 1] !== the) continue;
    const t = toks[i]!;
    const longer = heads.get(t.norm);
    if (!longer || longer.end > t.start || (wordClassesOf(t.norm) & PLACE_OR_PEOPLE) !== 0 || NOMINAL.has(toks[i + 1]?.pos ?? '')) continue;
    (found ??= []).push(i);
  }
  return found ? withShortForms(doc, mentions, heads, found) : mentions;
}

/** The mentions with the short forms at tokens `found` (each after "the", a head of `heads`) made or retyped. */
function withShortForms(doc: Doc, mentions: NameMention[], heads: ReadonlyMap<string, NameMention>, found: readonly number[]): NameMention[] {
  let out: NameMention[] | null = null;
  for (const i of found) {
    const t = doc.tokens[i]!;
    const longer = heads.get(t.norm)!;
    const list: NameMention[] = out ?? mentions;
    const k = list.findIndex((m) => m.start < t.end && t.start < m.end);
    const m = list[k];
    if (m && (m.start !== t.start || m.end !== t.end || m.type === 'ORG' || m.typedBy || m.dateline)) continue;
    const short = nameMention({ start: t.start, end: t.end, type: 'ORG', caps: false, dateline: false, rule: 'entities/type-evidence', title: null, typedBy: { start: longer.start, end: longer.end } });
    out ??= mentions.slice();
    if (m) out[k] = short;
    else out.push(short);
  }
  return out ? out.sort((a, b) => a.start - b.start) : mentions;
}
