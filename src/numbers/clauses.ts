import type { Doc } from '../doc/document.js';
import { isDash } from '../lexicon/marks.js';

/**
 * Where the clauses of a sentence part, for the reach of an attribution. A strong break starts a clause that
 * stands on its own: a semicolon before a clause (not one that parts the items of a list), a dash (one alone, or
 * one before a contrast; a pair of dashes sets off an aside inside the clause), or a comma before a contrast
 * (", but", ", yet", ", whereas"). After a comma, a concession or circumstance (", although", ", despite",
 * ", amid") is the reporter's aside; a subordinate clause (", after ...", ", while ...", ", as ...") ends only
 * the adverbials of a closing "X said" ("officials said on Sunday, after shelling killed 12").
 */

const CONTRASTS = new Set(['but', 'yet', 'whereas']);
const ASIDES = new Set(['although', 'though', 'despite', 'amid']);
export const SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'when', 'while', 'as', 'since', 'because', 'unless', ...ASIDES]);

type Break = 'strong' | 'aside' | 'subordinate';

/** How far a scope reaches: a whole clause (only strong breaks end it), a reported complement (asides end it too), or a closing tag's adverbials (every break ends them). */
export type Reach = 'clause' | 'complement' | 'tag';

/** The break at token `i`, if one starts there (the dash, the semicolon or the comma itself). */
export function breakAt(doc: Doc, i: number): Break | null {
  const t = doc.tokens[i]!;
  if (t.norm === ';') return clauseFollows(doc, i) ? 'strong' : null;
  const next = doc.tokens[i + 1];
  // ", but that ...": a second "that" clause of the same verb, not a clause of its own
  const contrast = next !== undefined && next.sentence === t.sentence && CONTRASTS.has(next.lower) && doc.tokens[i + 2]?.lower !== 'that';
  if (isDash(t, doc.text)) return contrast || !paired(doc, i) ? 'strong' : null;
  if (t.norm !== ',' || !next || next.sentence !== t.sentence) return null;
  if (contrast) return 'strong';
  if (ASIDES.has(next.lower)) return 'aside';
  return SUBORDINATORS.has(next.lower) ? 'subordinate' : null;
}

/** A verb before the next semicolon: "…; the fund put it at $498bn", not a list ("Garner, 88; Dunn, 89"). */
function clauseFollows(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  const last = doc.sentences[tokens[i]!.sentence]!.last;
  for (let k = i + 1; k < last && tokens[k]!.norm !== ';'; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return true;
  return false;
}

/** A dash of a pair around an aside ("the top 1% -- those earning more than $750,000 -- would pay"): the first and second of its sentence, the third and fourth, .... */
function paired(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  const sentence = doc.sentences[tokens[i]!.sentence]!;
  let before = 0;
  let after = 0;
  for (let k = sentence.first; k < sentence.last; k++) {
    if (k === i || !isDash(tokens[k]!, doc.text)) continue;
    if (k < i) before++;
    else after++;
  }
  return before % 2 === 1 || after > 0;
}

/** Does a break at `i` end a scope of this reach? */
function stops(doc: Doc, i: number, reach: Reach): boolean {
  const b = breakAt(doc, i);
  return b === 'strong' || (b === 'aside' && reach !== 'clause') || (b === 'subordinate' && reach === 'tag');
}

/** The first token of the clause holding token `i`: after the last break before it, within [first, i]. */
export function clauseStart(doc: Doc, first: number, i: number, reach: Reach): number {
  let k = i;
  while (k > first && !stops(doc, k - 1, reach)) k--;
  return k;
}

/** The token after the clause holding token `i`: the next break, or `last`. */
export function clauseEnd(doc: Doc, i: number, last: number, reach: Reach): number {
  let k = i;
  while (k < last && !stops(doc, k, reach)) k++;
  return k;
}
