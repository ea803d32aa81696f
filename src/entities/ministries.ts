import type { Doc, Token } from '../doc/document.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import { INSTITUTION_HEADS } from '../lexicon/organisations.js';
import { mentionOver, type NameMention } from './merge.js';
import { isTitleCaseWord } from './word-case.js';
import { isOrdinaryWord } from './words.js';

/** A minister's titles, which a department's name stands before: "Interior Minister", "Agriculture Secretary". */
const MINISTERS_TITLES = new Set(['Minister', 'Secretary']);

/** How a minister's title or "ministry" opens after a name's end: what is read before any token is looked up. */
const HEAD_STARTS = new Set([' M', ' S', ' m']);

/** Token i is a minister's title, not an institution's secretary-general ("United Nations Secretary General"). */
function isMinistersTitle(doc: Doc, i: number): boolean {
  const title = doc.tokens[i]!;
  return MINISTERS_TITLES.has(title.norm) && !/^[- ]General\b/.test(doc.text.slice(title.end, title.end + 9));
}

/**
 * A department's name: capitalised words, none a name of its own or an institution's head ("Finance", "National
 * Economy", "Home"; not "Communist Party", "Kenya", "Nokia").
 */
function isDepartment(toks: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i < last; i++) {
    const t = toks[i]!;
    if (!isTitleCaseWord(t.norm) || !isOrdinaryWord(t) || INSTITUTION_HEADS.has(t.lower)) return false;
  }
  return last > first;
}

/**
 * A department's name read as an organisation's (no evidence of its type, no dateline's: the caller asks) before the
 * word that makes it one: before a minister's title it is the title's ("Interior Minister Hugo Varenne", "Agriculture
 * Secretary Dana Whitcombe"): no name (null); before "ministry" it is the ministry's ("the Finance ministry", "Labour
 * ministry officials"): the ministry, an ORG, is the name. Any other mention is given back as it is.
 */
export function withDepartment(doc: Doc, m: NameMention): NameMention | null {
  const head = HEAD_STARTS.has(doc.text.slice(m.end, m.end + 2)) ? departmentHead(doc, m) : null;
  if (!head) return m;
  return head.lower === 'ministry' ? mentionOver(m, m.start, head.end, 'ORG', 'entities/type-evidence', { start: head.start, end: head.end }) : null;
}

/** The minister's title or the "ministry" right after a mention that is a department's name, else null. */
function departmentHead(doc: Doc, m: NameMention): Token | null {
  const last = tokenAtOrAfter(doc, m.end);
  const head = doc.tokens[last];
  if (!head || head.start !== m.end + 1 || (head.lower !== 'ministry' && !isMinistersTitle(doc, last))) return null;
  return isDepartment(doc.tokens, tokenAtOrAfter(doc, m.start), last) ? head : null;
}
