import { isWhiteSpace } from '../doc/clean.js';

/**
 * The last `count` pieces of text[from, to) split at white space, as `split(/\s+/)` gives them ('' before white space
 * that opens it or after white space that ends it), in text order: read back from `to`, for callers that read only
 * the words nearest `to` (measured: splitting the whole window took most of their time).
 */
export function lastWords(text: string, from: number, to: number, count: number): string[] {
  const words: string[] = [];
  let end = to;
  for (let i = to - 1; words.length < count; i--) {
    if (i < from) {
      words.unshift(text.slice(from, end));
      break;
    }
    if (!isWhiteSpace(text.charCodeAt(i))) continue;
    words.unshift(text.slice(i + 1, end));
    while (i > from && isWhiteSpace(text.charCodeAt(i - 1))) i--;
    end = i;
  }
  return words;
}
