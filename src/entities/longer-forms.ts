import type { Doc } from '../doc/document.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import { corporateSuffix } from './evidence.js';
import { mentionOver, type NameMention } from './merge.js';
import { isTitleWord } from './roles.js';

/**
 * A capitalised word right before a name, one space between, that the document writes elsewhere as the first word
 * of the same name, belongs to it: "First Harbor net income slips" beside "First Harbor Corp said", where the
 * tagger read the headline's "First" as an ordinary word. The longer name must be a company's mention, the word
 * and this name with a corporate suffix after ("First Harbor Corp"; not "The New York Times" for "New York"); the
 * word stands in no other mention, after no other capitalised word, and is no title ("Princess").
 */
export function withLongerForms(doc: Doc, mentions: NameMention[]): NameMention[] {
  // the companies' names the text writes with a suffix, without it: "First Harbor" of "First Harbor Corp"
  let stems: Set<string> | undefined;
  for (const m of mentions) {
    const space = doc.text.lastIndexOf(' ', m.end - 1);
    if (space > m.start && corporateSuffix(doc.text.slice(space + 1, m.end)) !== null) (stems ??= new Set()).add(doc.text.slice(m.start, space));
  }
  return stems ? withStemsLonger(doc, mentions, stems) : mentions;
}

/** The mentions of the stems (companies' names written without their suffix) with the capitalised word before each taken in. */
function withStemsLonger(doc: Doc, mentions: NameMention[], stems: ReadonlySet<string>): NameMention[] {
  let out: NameMention[] | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (doc.text[m.start - 1] !== ' ' || !opensCapitalisedWord(doc.text, m.start - 1)) continue;
    const i = tokenAtOrAfter(doc, m.start) - 1;
    const word = doc.tokens[i];
    if (!word || word.end !== m.start - 1 || !/^\p{Lu}\p{L}*$/u.test(word.norm) || isTitleWord(word.norm) || (k > 0 && mentions[k - 1]!.end > word.start)) continue;
    if (i > 0 && doc.tokens[i - 1]!.end === word.start - 1 && /^\p{Lu}/u.test(doc.tokens[i - 1]!.norm) && doc.tokens[i - 1]!.sentence === word.sentence) continue;
    if (stems.has(doc.text.slice(word.start, m.end))) (out ??= [...mentions])[k] = mentionOver(m, word.start, m.end);
  }
  return out ?? mentions;
}

/** The word that ends at `space` (a letter run) opens with a capital: read in the text, before any token is looked up. */
function opensCapitalisedWord(text: string, space: number): boolean {
  let i = space;
  while (i > 0 && isLetter(text.charCodeAt(i - 1))) i--;
  const c = text.charCodeAt(i);
  return i < space && (c < 128 ? c >= 65 && c <= 90 : /\p{Lu}/u.test(text[i]!));
}

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 127 && /\p{L}/u.test(String.fromCharCode(c)));
