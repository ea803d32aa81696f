import type { Doc } from '../doc/document.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import type { NameMention } from './merge.js';
import { corporateSuffix } from './evidence.js';
import { isTitleWord } from './roles.js';

/**
 * A capitalised word right before a name, one space between, that the document writes elsewhere as the first word
 * of the same name, belongs to it: "First Harbor net income slips" beside "First Harbor Corp said", where the
 * tagger read the headline's "First" as an ordinary word. The longer name must be a company's mention, the word and this
 * name with a corporate suffix after ("First Harbor Corp"; not "The New York Times" for "New York"); the word stands in no other mention, after no other capitalised word, and is no title ("Princess").
 */
export function withLongerForms(doc: Doc, mentions: NameMention[]): NameMention[] {
  let out: NameMention[] | undefined;
  let texts: string[] | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (doc.text[m.start - 1] !== ' ') continue;
    const i = tokenAtOrAfter(doc, m.start) - 1;
    const word = doc.tokens[i];
    if (!word || word.end !== m.start - 1 || !/^\p{Lu}\p{L}*$/u.test(word.norm) || isTitleWord(word.norm) || (k > 0 && mentions[k - 1]!.end > word.start)) continue;
    if (i > 0 && doc.tokens[i - 1]!.end === word.start - 1 && /^\p{Lu}/u.test(doc.tokens[i - 1]!.norm) && doc.tokens[i - 1]!.sentence === word.sentence) continue;
    const longer = doc.text.slice(word.start, m.end);
    texts ??= mentions.map((x) => doc.text.slice(x.start, x.end));
    if (!texts.some((t) => (t.startsWith(longer) && t[longer.length] === ' ' && corporateSuffix(t.slice(longer.length + 1)) !== null))) continue;
    (out ??= [...mentions])[k] = { ...m, start: word.start };
  }
  return out ?? mentions;
}
