import type { Doc } from '../doc/document.js';
import type { TokenRange } from './tokens.js';

/**
 * Sentences as the quote stage reads them: a sentence that opens in lower case or with a closing bracket or comma
 * continues the one before it in the same paragraph, where a full stop after an abbreviation misled the splitter
 * ("Sen. Ann Roe (D-Mass.) said ...", "he gained 12 lbs. since ..."), or where it split an abbreviation ("R-S.C."). Returns the token range for each sentence index.
 */
export function readingSentences(doc: Doc): TokenRange[] {
  const { sentences, tokens, text } = doc;
  const out: TokenRange[] = new Array(sentences.length);
  let group = 0;
  for (let s = 1; s <= sentences.length; s++) {
    const next = sentences[s];
    const opener = next ? tokens[next.first] : undefined;
    const continues = opener !== undefined && !hasNewline(text, sentences[s - 1]!.end, next!.start) &&
      ((/^\p{Ll}/u.test(opener.norm) && !opensLink(doc, next!.first)) || /^[),;]$/.test(opener.norm) || splitsInitials(doc, next!.first));
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

/**
 * Whether a web address opens the sentence at `first` ("... the mark. pic.twitter.com/x1 — Jo Smith (@jo)", "Read more.
 * bit.ly/x1"): its lower case is the address's, and the break before it is a sentence's. A word, then a full stop and
 * a word joined to both sides.
 */
function opensLink(doc: Doc, first: number): boolean {
  const [word, dot, next] = [doc.tokens[first], doc.tokens[first + 1], doc.tokens[first + 2]];
  return word !== undefined && dot?.norm === '.' && next !== undefined && next.type === 'word' && word.end === dot.start && dot.end === next.start;
}

/**
 * A break at a full stop joined to the tokens on both sides, one of them with no lower-case letter: inside initials or
 * a name, "(D-N.M.)", "KBAY.FM94"; not a space left out after a word, "Marsh said.Residents must ...".
 */
function splitsInitials(doc: Doc, first: number): boolean {
  const before = doc.tokens[first - 2];
  const stop = doc.tokens[first - 1];
  const opener = doc.tokens[first];
  return before !== undefined && stop?.norm === '.' && opener !== undefined && stop.end === opener.start && before.end === stop.start &&
    before.type !== 'punctuation' && (!/\p{Ll}/u.test(before.norm) || !/\p{Ll}/u.test(opener.norm));
}

/**
 * Whether the quote `pair` opening at token `k` opens a sentence the splitter joined to the one before, whose last
 * word took its full stop as an abbreviation's: "moved to Halifax, N.S. “It was the right call,” she said", "was let
 * in. “By then it was late,” he said". The quote opens with a capital and ends its clause inside its closing mark.
 */
export function opensAfterStop(doc: Doc, pair: TokenRange | null, k: number): boolean {
  const tokens = doc.tokens;
  const stop = tokens[k - 1];
  if (!pair || pair.first !== k || pair.last - k < 4 || !stop || stop.sentence !== tokens[k]!.sentence) return false;
  return /\p{L}\.$/u.test(stop.norm) && /^\p{Lu}/u.test(tokens[k + 1]!.norm) && /^[.,!?]$/.test(tokens[pair.last - 2]!.norm);
}
