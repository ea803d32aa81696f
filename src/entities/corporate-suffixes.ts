import type { Doc } from '../doc/document.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import { mentionOver, type NameMention } from './merge.js';
import { corporateSuffix } from './evidence.js';

/**
 * A capitalised corporate suffix written right after a name, one space between, is the end of a company's name the
 * tagger stopped short of ("a stake in Harwell Insurance Co of Iowa", "to buy Brenner Medical AG"): the mention
 * takes it in and is the company's (ORG, typed by the suffix). Not when another name starts at the suffix or the
 * name is a person's typed by a title ("Mr Smith Co" is no such name).
 */
export function withCorporateSuffixes(doc: Doc, mentions: NameMention[]): NameMention[] {
  let out: NameMention[] | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (doc.text[m.end] !== ' ' || !/\p{Lu}/u.test(doc.text[m.end + 1] ?? '') || (m.type === 'PERSON' && m.typedBy)) continue;
    // the word after, read in the text (letters and full stops), before any token is looked up
    if (corporateSuffix(/^[\p{L}.]+/u.exec(doc.text.slice(m.end + 1, m.end + 14))?.[0] ?? '') === null) continue;
    const i = tokenAtOrAfter(doc, m.end + 1);
    const suffix = doc.tokens[i];
    if (!suffix || suffix.start !== m.end + 1 || suffix.sentence !== doc.tokens[i - 1]!.sentence || corporateSuffix(suffix.norm, suffix.lower) === null) continue;
    if (mentions[k + 1] && mentions[k + 1]!.start < suffix.end) continue;
    const typedBy = { start: suffix.start, end: suffix.end };
    (out ??= [...mentions])[k] = mentionOver(m, m.start, suffix.end, 'ORG', 'entities/type-evidence', typedBy);
  }
  return out ?? mentions;
}
