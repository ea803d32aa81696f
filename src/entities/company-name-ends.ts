import type { Doc } from '../doc/document.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import { corporateSuffix } from './evidence.js';
import { mentionOver, type NameMention } from './merge.js';
import { isLowerAfterSpace, opensLower } from './word-case.js';

/**
 * A name read on past a corporate suffix into lower-case words ends at the suffix, a company's name: "the sale of
 * Harwick Inc interests", "wrote down all Lindale Corp goodwill" give "Harwick Inc", "Lindale Corp" (ORG, the
 * suffix its cue), whatever the tagger read the longer span as. Any other mention is given back as it is.
 */
export function withCompanyNameEnd(doc: Doc, m: NameMention): NameMention {
  const toks = doc.tokens;
  const space = doc.text.lastIndexOf(' ', m.end - 1);
  if (space <= m.start || !isLowerAfterSpace(doc.text, space)) return m;
  const last = tokenAtOrAfter(doc, m.end) - 1;
  if (last < 0 || !opensLower(toks[last]!.norm)) return m;
  const first = tokenAtOrAfter(doc, m.start);
  let k = last;
  while (k > first && opensLower(toks[k]!.norm)) k--;
  const suffix = toks[k]!;
  if (k === first || suffix.norm[0] === suffix.lower[0] || corporateSuffix(suffix.norm, suffix.lower) === null) return m;
  return mentionOver(m, m.start, suffix.end, 'ORG', 'entities/type-evidence', { start: suffix.start, end: suffix.end });
}
