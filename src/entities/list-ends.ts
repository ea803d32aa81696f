import type { Doc } from '../doc/document.js';
import { mentionOver, type NameMention } from './merge.js';

const AND = ' and ';
const STARTS_UPPER = /^\p{Lu}/u;

/**
 * "First Harbor, Norvik, Banc Ouest and Second Lakeland said": a name read over "and" that closes a list of names
 * (a name and a comma right before it) is the list's last two names, where each side has two words or more ("Procter
 * and Gamble", "Marks and Spencer", one word a side, stay one name wherever they stand).
 */
export function withListEndsSplit(doc: Doc, mentions: NameMention[]): NameMention[] {
  let out: NameMention[] | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const at = k > 0 && m.type !== 'PERSON' ? andInside(doc.text, m, mentions[k - 1]!) : -1;
    if (at < 0) {
      out?.push(m);
      continue;
    }
    (out ??= mentions.slice(0, k)).push(mentionOver(m, m.start, at), mentionOver(m, at + AND.length, m.end));
  }
  return out ?? mentions;
}

/** Where the list's "and" stands inside m (see withListEndsSplit), else -1. */
function andInside(text: string, m: NameMention, before: NameMention): number {
  if (before.end + 2 !== m.start || text[before.end] !== ',' || text[before.end + 1] !== ' ') return -1;
  const name = text.slice(m.start, m.end);
  const and = name.indexOf(AND);
  if (and < 0) return -1;
  const left = name.slice(0, and);
  const right = name.slice(and + AND.length);
  const at = m.start + and;
  return !right.includes(AND) && STARTS_UPPER.test(right) && left.includes(' ') && right.includes(' ') ? at : -1;
}
