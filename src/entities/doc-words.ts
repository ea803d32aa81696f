import type { Doc } from '../doc/document.js';
import { LEXEME_LIMIT } from '../doc/wink-model.js';

/**
 * A document's written words, numbered once: the tagger and the rules ask about the same few hundred words over
 * and over, and a rule that reads a few cue words need not walk every token for them.
 */
export interface DocWords {
  /** per token, the number of its written form (`norm`) */
  of: Int32Array;
  /** per number, the written form, and its lower case (the tokens' `lower`) */
  norms: string[];
  lowers: string[];
  /** per number, the form's number across documents (see `seen`): callers key caches of their own by it */
  ids: number[];
  /** changes when the numbering across documents starts again (and such caches with it) */
  era: number;
  /** the cue bits of the document's forms (writesAnyOf), and how many cue sets there were when they were read (-1: not read) */
  cues: number;
  cueSets: number;
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

/**
 * Every written form met so far, numbered across documents in the order met (started again past SEEN_LIMIT forms):
 * a word of the tokenizer's vocabulary found by its number there (doc.lexemes, in `byLexeme`), any other in `seen`,
 * rather than in a dictionary of the document's own, which grew and rehashed for every document (a seventh of what
 * the entity stage allocated). Numbers in the order met keep the common words' slots together in the arrays kept by
 * them here and by the callers. By that number, `mark` holds the last document (its `serial`) that wrote the form
 * and `local` the form's number in it.
 */
let seen = wordDictionary<number>();
const byLexeme = new Int32Array(LEXEME_LIMIT).fill(-1);
let seenCount = 0;
let serial = 0;
let mark = new Int32Array(1 << 12);
let local = new Int32Array(1 << 12);
let era = 0;
const SEEN_LIMIT = 1 << 16;

export function docWords(doc: Doc): DocWords {
  let words = cache.get(doc);
  if (words) return words;
  if (seenCount >= SEEN_LIMIT || serial === 0x7fffffff) {
    seen = wordDictionary<number>();
    byLexeme.fill(-1);
    seenCount = 0;
    serial = 0;
    mark.fill(0);
    era++;
  }
  serial++;
  const tokens = doc.tokens;
  const lexemes = doc.lexemes;
  const of = new Int32Array(tokens.length);
  const norms: string[] = [];
  const lowers: string[] = [];
  const ids: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const k = lexemes ? lexemes[i]! : -1;
    let g = k < 0 ? seen[t.norm] : byLexeme[k]!;
    if (g === undefined || g < 0) {
      g = seenCount++;
      if (k < 0) seen[t.norm] = g;
      else byLexeme[k] = g;
      if (g === mark.length) growSeen();
    }
    if (mark[g] !== serial) {
      mark[g] = serial;
      local[g] = norms.length;
      norms.push(t.norm);
      lowers.push(t.lower);
      ids.push(g);
    }
    of[i] = local[g]!;
  }
  cache.set(doc, (words = { of, norms, lowers, ids, era, cues: 0, cueSets: -1 }));
  return words;
}

function growSeen(): void {
  const grownMark = new Int32Array(mark.length * 2);
  grownMark.set(mark);
  mark = grownMark;
  const grownLocal = new Int32Array(grownMark.length);
  grownLocal.set(local);
  local = grownLocal;
}

/** The tokens whose lower case is one of `words`, in text order: each written form asked once. */
export function tokensOf(doc: Doc, words: ReadonlySet<string>): number[] {
  if (!writesAnyOf(doc, words)) return [];
  const written = docWords(doc);
  const { of, lowers, ids } = written;
  const asked = answersFor(words, written.era);
  let wanted: Uint8Array | undefined;
  for (let k = 0; k < lowers.length; k++) if (isIn(asked, words, ids[k]!, lowers[k]!)) (wanted ??= new Uint8Array(lowers.length))[k] = 1;
  const found: number[] = [];
  if (wanted) for (let i = 0; i < of.length; i++) if (wanted[of[i]!]) found.push(i);
  return found;
}

/**
 * What a word set or a test answered, by a form's number across documents (IN, OUT, or 0 where not asked yet): a new
 * document writes mostly forms met before, and reading an answer costs less than hashing the form again.
 */
export interface FormAnswers {
  era: number;
  of: Uint8Array;
}
export const formAnswers = (): FormAnswers => ({ era: -1, of: new Uint8Array(0) });
const answers = new WeakMap<ReadonlySet<string>, FormAnswers>();
const IN = 2;
const OUT = 1;

function answersFor(words: ReadonlySet<string>, wordsEra: number): FormAnswers {
  let asked = answers.get(words);
  if (!asked) answers.set(words, (asked = formAnswers()));
  return fitted(asked, wordsEra);
}

/** The answers, cleared if given in another numbering, with room for every form numbered so far. */
function fitted(asked: FormAnswers, wordsEra: number): FormAnswers {
  if (asked.era !== wordsEra) {
    asked.era = wordsEra;
    asked.of.fill(0);
  }
  if (asked.of.length < mark.length) {
    const grown = new Uint8Array(mark.length);
    grown.set(asked.of);
    asked.of = grown;
  }
  return asked;
}

/**
 * Whether `test` holds of token i's written form (its norm and lower case), of the document's words `written`: asked
 * once per form across documents, as news writes the same words again and again.
 */
export function formHolds(written: DocWords, i: number, asked: FormAnswers, test: (norm: string, lower: string) => boolean): boolean {
  const local = written.of[i]!;
  const id = written.ids[local]!;
  fitted(asked, written.era);
  let answer = asked.of[id]!;
  if (answer === 0) asked.of[id] = answer = test(written.norms[local]!, written.lowers[local]!) ? IN : OUT;
  return answer === IN;
}

function isIn(asked: FormAnswers, words: ReadonlySet<string>, id: number, lower: string): boolean {
  let answer = asked.of[id]!;
  if (answer === 0) asked.of[id] = answer = words.has(lower) ? IN : OUT;
  return answer === IN;
}

/**
 * The word sets the rules ask of every document (writesAnyOf, tokensOf), each a bit of a written form's cues, up to
 * MAX_CUE_SETS (a set past them is looked for form by form).
 */
const cueSets: Array<ReadonlySet<string>> = [];
const cueBits = new WeakMap<ReadonlySet<string>, number>();
const MAX_CUE_SETS = 31;
/** per form number (numbering `formCuesEra`), its cue bits plus one; 0 where not read yet */
let formCues = new Int32Array(0);
let formCuesEra = -1;

/**
 * Whether the document writes a word of `words` (in lower case). Most rules that act on a rare word ask this first:
 * the document's written forms are read once for all of them, and each form's cues once across documents.
 */
export function writesAnyOf(doc: Doc, words: ReadonlySet<string>): boolean {
  const bit = cueBitOf(words);
  const written = docWords(doc);
  if (bit === 0) {
    for (let k = 0; k < written.lowers.length; k++) if (words.has(written.lowers[k]!)) return true;
    return false;
  }
  if (written.cueSets !== cueSets.length) {
    written.cues = readCues(written);
    written.cueSets = cueSets.length;
  }
  return (written.cues & bit) !== 0;
}

function cueBitOf(words: ReadonlySet<string>): number {
  let bit = cueBits.get(words);
  if (bit === undefined) {
    bit = cueSets.length < MAX_CUE_SETS ? 1 << cueSets.length : 0;
    if (bit !== 0) {
      cueSets.push(words);
      // the forms read so far were read without it
      formCues = new Int32Array(0);
    }
    cueBits.set(words, bit);
  }
  return bit;
}

function readCues(written: DocWords): number {
  if (formCuesEra !== written.era) {
    formCuesEra = written.era;
    formCues = new Int32Array(0);
  }
  if (formCues.length < mark.length) {
    const grown = new Int32Array(mark.length);
    grown.set(formCues);
    formCues = grown;
  }
  let cues = 0;
  for (let k = 0; k < written.lowers.length; k++) {
    const g = written.ids[k]!;
    let bits = formCues[g]!;
    if (bits === 0) formCues[g] = bits = cuesOf(written.lowers[k]!) + 1;
    cues |= bits - 1;
  }
  return cues;
}

function cuesOf(lower: string): number {
  let bits = 0;
  for (let n = 0; n < cueSets.length; n++) if (cueSets[n]!.has(lower)) bits |= 1 << n;
  return bits;
}
