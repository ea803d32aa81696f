import type { Doc } from '../doc/document.js';
import type { Named } from './named.js';
import type { TaggedName } from './tagger/index.js';
import { wordClassesOf } from './tagger/index.js';
import { WORD_CLASS } from './tagger/word-classes.js';

/** A rank's figure: a whole number of one to three digits ("No. 8", "No 112"). */
const RANK_NUMBER = /^\d{1,3}$/;

/**
 * A rank or seeding the tagger read as a name or into the name after it ("No. 24", "No. 8 Lena Marsh", "No 3
 * Alabama") is no part of one: null for the rank alone, else the name without it, a person's when it opens with a
 * first name and has two words or more (the rank its cue: a ranked player), else of the tagger's type (a ranked team).
 */
export function withoutRank(doc: Doc, n: TaggedName): Named | null {
  const tokens = doc.tokens;
  const no = tokens[n.first]!;
  const at = n.first + 2;
  if (at > n.last || (no.lower !== 'no.' && no.lower !== 'no') || !RANK_NUMBER.test(tokens[n.first + 1]!.norm)) return n;
  if (at === n.last) return null;
  const rest = { ...n, first: at, start: tokens[at]!.start };
  const player = n.type !== 'PERSON' && at + 1 < n.last && (wordClassesOf(tokens[at]!.norm) & WORD_CLASS.firstName) !== 0;
  return player ? { ...rest, type: 'PERSON', rule: 'entities/type-evidence', typedBy: n.first } : rest;
}
