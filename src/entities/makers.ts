import type { Doc } from '../doc/document.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import { retypedMention, type NameMention } from './merge.js';
import { isLowerWord } from './word-case.js';
import { isFirstName } from './words.js';

/**
 * "German piston maker Kolbenschmidt", "truck maker Halden": a name read as a person's right after a product's noun
 * and "maker" (two words, in lower case) is the company that makes it, an ORG, "maker" its cue; a name opening with
 * a first name stays a person ("film maker Ken Loach"), and so does one after a maker written as one word
 * ("peacemaker", "lawmaker").
 */
export function withMakers(doc: Doc, mentions: NameMention[]): NameMention[] {
  const toks = doc.tokens;
  let out: NameMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.type !== 'PERSON' || m.typedBy || m.title || !doc.text.endsWith(' maker ', m.start)) continue;
    const first = tokenAtOrAfter(doc, m.start);
    const maker = toks[first - 1];
    const product = toks[first - 2];
    if (!maker || !product || maker.norm !== 'maker' || maker.end !== m.start - 1 || product.end !== maker.start - 1 || !isLowerWord(product.norm) || isFirstName(toks[first]!)) continue;
    out ??= mentions.slice();
    out[i] = retypedMention(m, 'ORG', 'entities/type-evidence', { start: maker.start, end: maker.end });
  }
  return out ?? mentions;
}
