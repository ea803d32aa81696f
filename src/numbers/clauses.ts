import type { Doc, Sentence } from '../doc/document.js';
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

/** Per document, per sentence, the break each token starts (read once, in one pass over the sentence). */
const BREAKS = new WeakMap<Doc, Map<number, Array<Break | null>>>();

/** The break at token `i`, if one starts there (the dash, the semicolon or the comma itself). */
export function breakAt(doc: Doc, i: number): Break | null {
  const sentence = doc.tokens[i]!.sentence;
  let bySentence = BREAKS.get(doc);
  if (!bySentence) BREAKS.set(doc, (bySentence = new Map()));
  let breaks = bySentence.get(sentence);
  if (!breaks) bySentence.set(sentence, (breaks = sentenceBreaks(doc, doc.sentences[sentence]!)));
  return breaks[i - doc.sentences[sentence]!.first] ?? null;
}

function sentenceBreaks(doc: Doc, s: Sentence): Array<Break | null> {
  const tokens = doc.tokens;
  const breaks: Array<Break | null> = [];
  const dashes: number[] = [];
  for (let i = s.first; i < s.last; i++) if (isDash(tokens[i]!, doc.text)) dashes.push(i);
  // a dash is paired when it closes a pair (odd place) or another follows it; one alone (the last at an even place) is not
  const unpaired = dashes.length % 2 === 1 ? dashes[dashes.length - 1] : -1;
  // "…; the fund put it at $498bn" parts clauses; "Garner, 88; Dunn, 89" parts the items of a list: a verb must follow
  let verbAhead = false;
  for (let i = s.last - 1; i >= s.first; i--) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // ", but that ...": a second "that" clause of the same verb, not a clause of its own
    const contrast = i + 1 < s.last && CONTRASTS.has(next!.lower) && tokens[i + 2]?.lower !== 'that';
    let b: Break | null = null;
    if (t.norm === ';') b = verbAhead ? 'strong' : null;
    else if (isDash(t, doc.text)) b = contrast || i === unpaired ? 'strong' : null;
    else if (t.norm === ',' && i + 1 < s.last) b = contrast ? 'strong' : ASIDES.has(next!.lower) ? 'aside' : SUBORDINATORS.has(next!.lower) ? 'subordinate' : null;
    breaks[i - s.first] = b;
    if (t.norm === ';') verbAhead = false;
    else if (t.pos === 'VERB' || t.pos === 'AUX') verbAhead = true;
  }
  return breaks;
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
