import type { Doc } from '../doc/document.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import { INSTITUTION_HEADS } from '../lexicon/organisations.js';
import { mentionOver, type NameMention } from './merge.js';
import { spacedRun } from './words.js';

const STARTS_UPPER_LOWER = /^\p{Lu}\p{Ll}/u;

/**
 * "Westmeath County Council", "Kerry County Board", "University of Galway Hospital": a place's or an organisation's
 * name the tagger ended right before a capitalised institution's head ("Council", "Board", "Hospital", "Authority")
 * runs on over it (and any such heads after it), one ORG: a place never stands alone before its own council.
 * Not a dateline's place, nor a name on a line in capitals or title case, nor before a word that opens another name,
 * nor where a capitalised word follows the heads ("Paris School District No 7": where that name ends is not seen),
 * nor in the text's first line, a headline, whose names the story's own writing settles (headline-runs.ts).
 */
export function withLeftOutHeads(doc: Doc, mentions: NameMention[]): NameMention[] {
  let out: NameMention[] | null = null;
  const headline = doc.text.indexOf('\n');
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (doc.text.charCodeAt(m.end) !== 32 || !isUpperAt(doc.text, m.end + 1) || m.start < headline || m.caps || m.dateline || (m.type !== 'GPE' && m.type !== 'LOC' && m.type !== 'ORG')) continue;
    const next = mentions[k + 1];
    if (next && next.start <= m.end + 1) continue;
    const first = tokenAtOrAfter(doc, m.end);
    let last = first;
    while (last < doc.tokens.length && isHead(doc, last) && spacedRun(doc, last - 1, last) && (!next || doc.tokens[last]!.start < next.start)) last++;
    if (last === first || opensWord(doc, last)) continue;
    const head = { start: doc.tokens[first]!.start, end: doc.tokens[last - 1]!.end };
    (out ??= mentions.slice())[k] = mentionOver(m, m.start, head.end, 'ORG', m.type === 'ORG' ? m.rule : 'entities/type-evidence', m.type === 'ORG' ? m.typedBy : head);
  }
  return out ?? mentions;
}

const isUpperAt = (text: string, i: number): boolean => STARTS_UPPER.test(text[i] ?? '');
const STARTS_UPPER = /^\p{Lu}/u;

/** Token i is a capitalised word right after the one before: the name runs on past the heads, to where is not seen. */
function opensWord(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  return t !== undefined && STARTS_UPPER.test(t.norm) && spacedRun(doc, i - 1, i);
}

function isHead(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  return INSTITUTION_HEADS.has(t.lower) && STARTS_UPPER_LOWER.test(t.norm);
}
