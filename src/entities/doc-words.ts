import type { Doc } from '../doc/document.js';

/**
 * A document's written words, numbered once: the tagger and the rules ask about the same few hundred words over
 * and over, and a rule whose cue words the document lacks need not walk its tokens.
 */
export interface DocWords {
  /** per token, the number of its written form (`norm`) */
  of: Int32Array;
  /** per number, the written form, and its lower case (the tokens' `lower`) */
  norms: string[];
  lowers: string[];
  /** the lower-case words written */
  written: Readonly<Record<string, true>>;
}

/**
 * A dictionary keyed by words: a null-prototype object rather than a Map, as the tokenizer interns the words it
 * reads and a property lookup then compares a pointer where a Map compares the characters (measured: a Map of the
 * tagger's forms took a sixth of the entity stage).
 */
export function wordDictionary<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

const cache = new WeakMap<Doc, DocWords>();

export function docWords(doc: Doc): DocWords {
  let words = cache.get(doc);
  if (words) return words;
  const tokens = doc.tokens;
  const of = new Int32Array(tokens.length);
  const numbers = wordDictionary<number>();
  const written = wordDictionary<true>();
  const norms: string[] = [];
  const lowers: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let k = numbers[t.norm];
    if (k === undefined) {
      numbers[t.norm] = k = norms.length;
      norms.push(t.norm);
      lowers.push(t.lower);
      written[t.lower] = true;
    }
    of[i] = k;
  }
  cache.set(doc, (words = { of, norms, lowers, written }));
  return words;
}

/** The tokens whose lower case is one of `words`, in text order (none, at once, where the document writes none). */
export function tokensOf(doc: Doc, words: ReadonlySet<string>): number[] {
  const { of, lowers, written } = docWords(doc);
  const found: number[] = [];
  if (!someWritten(written, words)) return found;
  const wanted = new Uint8Array(lowers.length);
  for (let k = 0; k < lowers.length; k++) if (words.has(lowers[k]!)) wanted[k] = 1;
  for (let i = 0; i < of.length; i++) if (wanted[of[i]!]) found.push(i);
  return found;
}

function someWritten(written: Readonly<Record<string, true>>, words: ReadonlySet<string>): boolean {
  for (const w of words) if (written[w]) return true;
  return false;
}
