import type { Doc, Token } from '../doc/document.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import { retypedMention, type NameMention } from './merge.js';
import { isLowerAfterSpace } from './word-case.js';

/** Verbs a company reports its results with: "Harlow posted a 4.3 million euro profit". */
const RESULT_VERBS = new Set(['reported', 'reports', 'posted', 'posts', 'recorded', 'records', 'booked', 'books']);
/** What a company's results are. */
const RESULT_NOUNS = new Set(['profit', 'profits', 'loss', 'losses', 'earnings', 'revenue', 'revenues', 'sales', 'turnover']);
/** Parts of speech of the words a result's noun phrase may open with ("a 2.8 million markka net loss": X the unknown word). */
const RESULT_PHRASE = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'SYM', 'X']);
/** The longest noun phrase read before its result's noun. */
const MAX_PHRASE = 8;
/** Nouns for the part of a company another one is: "its Corvane unit". */
const COMPANY_PARTS = new Set(['unit', 'subsidiary', 'division', 'affiliate']);

/**
 * The token after a name that says it is a company's, else -1: a verb of reporting results with a result as its
 * object ("Harlow posted a 4.3 million euro profit", "Tessin reported net sales of ..."), or a noun for a company's
 * part right after it ("its Corvane unit").
 */
function companyCue(toks: readonly Token[], j: number): number {
  const next = toks[j];
  if (!next) return -1;
  if (COMPANY_PARTS.has(next.norm)) return j;
  if (!RESULT_VERBS.has(next.lower)) return -1;
  for (let k = j + 1; k < toks.length && k <= j + MAX_PHRASE && toks[k]!.sentence === next.sentence; k++) {
    if (RESULT_NOUNS.has(toks[k]!.lower)) return j;
    if (!RESULT_PHRASE.has(toks[k]!.pos)) return -1;
  }
  return -1;
}

/**
 * A name the tagger read as a person's (no title, no evidence of its type: the caller asks) that reports a company's
 * results or that names a company's part is a company's: the mention typed ORG, its cue fixing the type, so the
 * document's other mentions of the name follow it (one sense per name; merge.ts); else null.
 */
export function companyByResults(doc: Doc, m: NameMention): NameMention | null {
  if (!isLowerAfterSpace(doc.text, m.end)) return null;
  const toks = doc.tokens;
  const cue = companyCue(toks, tokenAtOrAfter(doc, m.end));
  if (cue < 0 || toks[cue]!.start !== m.end + 1) return null;
  return retypedMention(m, 'ORG', 'entities/type-evidence', { start: toks[cue]!.start, end: toks[cue]!.end });
}
