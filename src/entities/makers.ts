import type { Doc } from '../doc/document.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import { retypedMention, type NameMention } from './merge.js';
import { isLowerWord } from './word-case.js';
import { isFirstName } from './words.js';

/**
 * "Dutch pump maker Veldkamp", "truck maker Halden": a name read as a person's (no title, no evidence of its
 * type: the caller asks) right after a product's noun and "maker" (two words, in lower case) is the company that
 * makes it, an ORG, "maker" its cue; else null. A name opening with a first name stays a person ("film maker Nora
 * Tilley"), and so does one after a maker written as one word ("peacemaker", "lawmaker").
 */
export function makerCompany(doc: Doc, m: NameMention): NameMention | null {
  if (!doc.text.endsWith(' maker ', m.start)) return null;
  const toks = doc.tokens;
  const first = tokenAtOrAfter(doc, m.start);
  const maker = toks[first - 1];
  const product = toks[first - 2];
  if (!maker || !product || maker.norm !== 'maker' || maker.end !== m.start - 1 || product.end !== maker.start - 1 || !isLowerWord(product.norm) || isFirstName(toks[first]!)) return null;
  return retypedMention(m, 'ORG', 'entities/type-evidence', { start: maker.start, end: maker.end });
}
