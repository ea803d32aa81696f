import type { Doc } from '../doc/document.js';
import { resized, type Named } from './named.js';
import { wordClassesOf } from './tagger/index.js';
import { WORD_CLASS } from './tagger/word-classes.js';

const CAPITALISED = /^\p{Lu}/u;

/**
 * A name never stops inside a word its capitalised parts make with a hyphen: two names joined by a bare hyphen
 * are one ("Mercedes" and "Benz" give "Mercedes-Benz"), and a name takes in the capitalised part a hyphen joins
 * to it before or after ("MG-Technogym", "Mary-Kate Oduya"). The name keeps the type of its first part. Places
 * stay apart: a hyphen between them, or between a name and a place, says how they relate ("U.S.-Mexico border",
 * "the Israel-Gaza war", "Dallas-Fort Worth"). `names` are in text order and do not overlap; the result neither.
 */
export function joinHyphens(doc: Doc, names: readonly Named[]): Named[] {
  const out: Named[] = [];
  for (let k = 0; k < names.length; k++) {
    const n = names[k]!;
    // read within bounds (see isBareHyphen)
    const next = k + 1 < names.length ? names[k + 1] : undefined;
    const last = out[out.length - 1];
    if (last && n.first === last.last + 1 && isBareHyphen(doc, last.last) && last.type !== 'LOC' && n.type !== 'LOC') {
      out[out.length - 1] = withEnd(doc, resized(last, last.first, n.last, last.start, n.end, last.type, 'entities/hyphen'), next);
    } else out.push(withEnd(doc, withStart(doc, n, last?.last ?? 0), next));
  }
  return out;
}

/** Token i is a capitalised word of two letters or more not known as a place's name (not "D" of "D-Plymouth"). */
function isNamePart(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  return t.norm.length > 1 && CAPITALISED.test(t.norm) && (wordClassesOf(t.norm) & WORD_CLASS.place) === 0;
}

/** Token i is a hyphen with no space either side, between two tokens. */
function isBareHyphen(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  // bounds asked first: a read past the tokens (a name at the text's end) would drop joinHyphens' compiled code
  if (i < 1 || i + 1 >= tokens.length) return false;
  const t = tokens[i]!;
  return t.norm === '-' && tokens[i - 1]!.end === t.start && t.end === tokens[i + 1]!.start;
}

/** The name with the capitalised part a hyphen joins before it ("MG-" of "MG-Technogym"), from token `floor` on. */
function withStart(doc: Doc, n: Named, floor: number): Named {
  const first = n.first - 2;
  if (n.type === 'LOC' || first < floor || !isBareHyphen(doc, n.first - 1) || !isNamePart(doc, first) || isBareHyphen(doc, first - 1)) return n;
  return resized(n, first, n.last, doc.tokens[first]!.start, n.end, n.type, 'entities/hyphen');
}

/** The name with the capitalised part a hyphen joins after it, when the next name does not start there. */
function withEnd(doc: Doc, n: Named, next: Named | undefined): Named {
  const last = n.last + 2;
  if (n.type === 'LOC' || (next && next.first < last) || !isBareHyphen(doc, n.last) || !isNamePart(doc, n.last + 1) || isBareHyphen(doc, n.last + 2)) return n;
  return resized(n, n.first, last, n.start, doc.tokens[last - 1]!.end, n.type, 'entities/hyphen');
}
