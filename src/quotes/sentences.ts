import type { Doc } from '../doc/document.js';
import type { TokenRange } from './tokens.js';

/**
 * Sentences as the quote stage reads them: a sentence that opens in lower case or with a closing bracket or comma
 * continues the one before it in the same paragraph, where a full stop after an abbreviation misled the splitter
 * ("Sen. Ann Roe (D-Mass.) said ...", "he lost 16 lbs. since ..."), or where it split an abbreviation ("R-S.C."). Returns the token range for each sentence index.
 */
export function readingSentences(doc: Doc): TokenRange[] {
  const { sentences, tokens, text } = doc;
  const out: TokenRange[] = new Array(sentences.length);
  let group = 0;
  for (let s = 1; s <= sentences.length; s++) {
    const next = sentences[s];
    const opener = next ? tokens[next.first] : undefined;
    const continues = opener !== undefined && !hasNewline(text, sentences[s - 1]!.end, next!.start) &&
      (/^\p{Ll}/u.test(opener.norm) || /^[),;]$/.test(opener.norm) || splitsInitials(doc, next!.first));
    if (continues) continue;
    const range = { first: sentences[group]!.first, last: sentences[s - 1]!.last };
    for (let k = group; k < s; k++) out[k] = range;
    group = s;
  }
  return out;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** A break right after a single capital and its full stop, with no space before the next token: "(R-S.C.)". */
function splitsInitials(doc: Doc, first: number): boolean {
  const letter = doc.tokens[first - 2];
  const stop = doc.tokens[first - 1];
  const opener = doc.tokens[first];
  return letter !== undefined && stop?.norm === '.' && opener !== undefined && stop.end === opener.start && letter.end === stop.start && /^\p{Lu}$/u.test(letter.norm);
}
