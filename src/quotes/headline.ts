import type { Doc } from '../doc/document.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import { isWord } from './tokens.js';

/** the most tokens a first line may have to be a headline */
const MAX_HEADLINE_WORDS = 20;
/** how many words the body's quote may hold between two of the headline's ("a drop in the ocean" for "Drop In Ocean") */
const MAX_GAP = 2;

/**
 * The first paragraph's [start, end) when it is a headline: one short line, other paragraphs after it, no full stop
 * at its end (a quote mark may close it: "Storm damage ‘worst in decades’").
 */
export function headlineOf(doc: Doc): { start: number; end: number } | null {
  const [first, second] = doc.paragraphs;
  if (!first || !second || tokenAtOrAfter(doc, first.end) - tokenAtOrAfter(doc, first.start) > MAX_HEADLINE_WORDS) return null;
  return /[.!?]["”'’]?$/.test(doc.text.slice(first.start, first.end)) ? null : first;
}

/** The words between offsets, lower case. */
export function wordsIn(doc: Doc, start: number, end: number): string[] {
  const out: string[] = [];
  for (let k = tokenAtOrAfter(doc, start); k < doc.tokens.length && doc.tokens[k]!.end <= end; k++) {
    const t = doc.tokens[k]!;
    if (isWord(t)) out.push(t.lower);
  }
  return out;
}

/**
 * Does a quote in the body say the headline's quoted words (`short`) in their order, with at most MAX_GAP words
 * between two of them ("Drop In Ocean": "only a drop in the ocean")? A headline shortens what the body quotes.
 */
export function echoes(long: readonly string[], short: readonly string[]): boolean {
  if (short.length < 2) return false;
  for (let from = long.indexOf(short[0]!); from >= 0; from = long.indexOf(short[0]!, from + 1)) {
    let at = from;
    let matched = 1;
    for (; matched < short.length; matched++) {
      const next = long.indexOf(short[matched]!, at + 1);
      if (next < 0 || next - at - 1 > MAX_GAP) break;
      at = next;
    }
    if (matched === short.length) return true;
  }
  return false;
}
