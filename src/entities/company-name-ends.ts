import type { Doc } from '../doc/document.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import { corporateSuffix } from './evidence.js';
import { mentionOver, type NameMention } from './merge.js';
import { isLowerAfterSpace, opensLower } from './word-case.js';

/**
 * A name read on past a corporate suffix into lower-case words ends at the suffix, a company's name: "the sale of
 * Harwick Inc interests", "wrote down all Lindale Corp goodwill" give "Harwick Inc", "Lindale Corp" (ORG, the
 * suffix its cue), whatever the tagger read the longer span as.
 */
export function withCompanyNameEnds(doc: Doc, mentions: NameMention[]): NameMention[] {
  const toks = doc.tokens;
  let out: NameMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const space = doc.text.lastIndexOf(' ', m.end - 1);
    if (space <= m.start || !isLowerAfterSpace(doc.text, space)) continue;
    const last = tokenAtOrAfter(doc, m.end) - 1;
    if (last < 0 || !opensLower(toks[last]!.norm)) continue;
    const first = tokenAtOrAfter(doc, m.start);
    let k = last;
    while (k > first && opensLower(toks[k]!.norm)) k--;
    const suffix = toks[k]!;
    if (k === first || suffix.norm[0] === suffix.lower[0] || corporateSuffix(suffix.norm, suffix.lower) === null) continue;
    out ??= mentions.slice();
    out[i] = mentionOver(m, m.start, suffix.end, 'ORG', 'entities/type-evidence', { start: suffix.start, end: suffix.end });
  }
  return out ?? mentions;
}
