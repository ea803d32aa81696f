import { kindSet } from './format.js';
import type { Doc, Sentence, Token } from '../doc/document.js';
import { partitionPoint } from '../binary-search.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import type { Entity, EntityType } from '../schema.js';
import { foldName, foldToken } from './fold.js';
import type { Gazetteer, KeyRange, NameMatch } from './gazetteer.js';
import { docWords, formHolds, type DocWords, type FormAnswers } from '../entities/doc-words.js';
import { grown } from '../entities/tagger/forms.js';
import { ALL_CAPS, CAPITALISED, HAS_UPPER, letterShape, UNKNOWN } from './shape.js';
import { OPENERS } from './words.js';

/** firstRange's answers by gazetteer, by written form's number in docWords' numbering `era` */
interface KeptRanges {
  era: number;
  known: Uint8Array;
  lo: Int32Array;
  hi: Int32Array;
  depth: Int32Array;
}
const rangesByWord = new WeakMap<Gazetteer, KeptRanges>();

function keptRanges(era: number): KeptRanges {
  return { era, known: new Uint8Array(0), lo: new Int32Array(0), hi: new Int32Array(0), depth: new Int32Array(0) };
}

/** Room for form number g, doubling. */
function growRanges(kept: KeptRanges, g: number): void {
  const size = Math.max(1 << 12, 2 * kept.known.length, g + 1);
  kept.known = grown(kept.known, new Uint8Array(size));
  kept.lo = grown(kept.lo, new Int32Array(size));
  kept.hi = grown(kept.hi, new Int32Array(size));
  kept.depth = grown(kept.depth, new Int32Array(size));
}

const BLOCKING_TYPES = new Set(['PERSON', 'ORG', 'EVENT', 'MISC']);
const PLACE_ENTITY_TYPES = new Set<EntityType>(['GPE', 'LOC']);
/** Kinds of place that contain others: "Springfield, Illinois". */
export const CONTAINER_KINDS = kindSet('country', 'admin1', 'admin2');
const HYPHEN = 45;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export const isDemonym = (m: NameMatch): boolean => m.demonym;
/** A token's lower case without its periods ("sen." is "sen"). */
export const bare = (t: Token): string => bareWord(t.lower);
/** A lower-case word without its periods. */
export const bareWord = (lower: string): string => (hasPeriod(lower) ? lower.replace(/\./g, '') : lower);

/** includes('.') as a loop the compiler inlines: bare is asked of nearly every capitalised word, and words are short. */
function hasPeriod(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) === 46) return true;
  return false;
}
/** A common noun in lower case ("custody" of "in Garda custody", "organiser" of "organiser Jackson Heath"). */
export const isCommonNoun = (t: Token): boolean => t.pos === 'NOUN' && t.norm === t.lower;

/**
 * What the place detectors share about one document: its tokens and their letter case, the names of people,
 * organisations, events and works that a place cannot lie inside, the people's name words, and the gazetteer.
 */
export class PlaceContext {
  readonly text: string;
  readonly tokens: Token[];
  /** the names of people, organisations, events and works, by start; entity mentions never overlap */
  private readonly blockers: Array<{ start: number; end: number; type: string }>;
  /** blockerReach[k]: the furthest end among blockers[0..k] */
  private readonly blockerReach: number[] = [];
  /** the words (over two letters) of people's names written in full */
  readonly personWords = new Set<string>();
  /** every name mention's end, type and entity, by start (name mentions never overlap) */
  private readonly nameAt = new Map<number, { end: number; type: EntityType; id: string; name: string }>();
  /** each token's letterShape: a capitalised one's from the start, any other's once asked (UNKNOWN till then) */
  private readonly shape: Uint8Array;
  /** the capitalised tokens' indices, in order: the detectors that start from a capital read only these */
  private readonly capitalIndex: number[] = [];
  /** the hyphens' indices, in order */
  private readonly hyphenIndex: number[] = [];
  /** 1 for a token that opens its sentence or sits in a Title Case or ALL CAPS line */
  readonly ambiguousCase: Uint8Array;
  /** per sentence, the index of its first token with a letter or digit (its end when none) */
  private readonly firstWords: Int32Array;
  /** the document's written forms, numbered (null till asked) */
  private words: DocWords | null = null;

  constructor(
    readonly doc: Doc,
    readonly entities: Entity[],
    readonly gaz: Gazetteer,
  ) {
    this.text = doc.text;
    this.tokens = doc.tokens;
    this.blockers = byStart(this.readNames(entities));
    let reach = -1;
    for (let k = 0; k < this.blockers.length; k++) this.blockerReach.push((reach = Math.max(reach, this.blockers[k]!.end)));
    this.shape = new Uint8Array(this.tokens.length).fill(UNKNOWN);
    this.ambiguousCase = new Uint8Array(this.tokens.length);
    this.readTokens();
    this.firstWords = new Int32Array(doc.sentences.length);
    for (let n = 0; n < doc.sentences.length; n++) {
      const s = doc.sentences[n]!;
      const first = this.firstWordOf(s);
      this.firstWords[n] = first;
      // a sentence's first word is capitalised whatever it is
      if (first < s.last) this.ambiguousCase[first] = 1;
    }
  }

  /**
   * One pass over the entities' mentions (by index, as the scans read their tokens): every name's end, type and entity,
   * and the people's name words; returns the names of people, organisations, events and works, in the entities' order.
   */
  private readNames(entities: Entity[]): Array<{ start: number; end: number; type: string }> {
    const blocking = [];
    for (let k = 0; k < entities.length; k++) {
      const e = entities[k]!;
      const blocks = BLOCKING_TYPES.has(e.type);
      for (let n = 0; n < e.mentions.length; n++) {
        const m = e.mentions[n]!;
        if (m.kind === 'name') {
          this.nameAt.set(m.start, { end: m.end, type: e.type, id: e.id, name: e.name });
          if (blocks) blocking.push({ start: m.start, end: m.end, type: e.type });
        }
        // a one-word "person" is as often a place the tagger misread ("Virginia")
        if (e.type !== 'PERSON' || oneAsciiWord(m.text)) continue;
        const words = foldName(m.text).split(' ');
        if (words.length > 1) for (const w of words) if (w.length > 2) this.personWords.add(w);
      }
    }
    return blocking;
  }

  /** The index of the sentence's first token with a letter or digit (its end when none). */
  private firstWordOf(s: Sentence): number {
    let k = s.first;
    while (k < s.last && !hasLetterOrDigit(this.tokens[k]!.norm)) k++;
    return k;
  }

  /**
   * One pass over the tokens for what the scans ask of them: the shape of each token that may be capitalised (a
   * capital or a non-ASCII letter first; any other's is read when asked), the capitalised tokens, and the tokens whose
   * capital says nothing about names: those after an opening mark, and those of a headline in Title Case or a line
   * in capitals (a paragraph of three words of four letters or more, at most a quarter of them in lower case).
   */
  private readTokens(): void {
    const { tokens: toks, shape, ambiguousCase, capitalIndex, hyphenIndex } = this;
    const paragraphs = this.doc.paragraphs;
    let p = 0;
    // the current paragraph (undefined past the last), its first token (-1 before it), its words and those in lower case
    let para = paragraphs[0];
    let from = -1;
    let words = 0;
    let lower = 0;
    for (let i = 0; i <= toks.length; i++) {
      const t = toks[i];
      const at = t ? t.start : Infinity;
      while (para && at >= para.end) {
        if (from >= 0 && words >= 3 && lower * 4 <= words) ambiguousCase.fill(1, from, i);
        from = -1;
        words = lower = 0;
        para = paragraphs[++p];
      }
      if (!t) break;
      const norm = t.norm;
      const c = norm.charCodeAt(0);
      let capital = false;
      if (c >= 65 && (c <= 90 || c >= 128)) {
        const s = letterShape(norm);
        shape[i] = s;
        capital = (s & CAPITALISED) !== 0;
        if (capital) capitalIndex.push(i);
      }
      if (norm.length === 1) {
        if (c === HYPHEN) hyphenIndex.push(i);
        else if (isOpeningMark(c) && i + 1 < toks.length) ambiguousCase[i + 1] = 1;
      }
      if (para && at >= para.start) {
        if (from < 0) from = i;
        if (norm.length >= 4 && t.type === 'word') {
          words++;
          if (!capital) lower++;
        }
      }
    }
  }

  private shapeOf(i: number): number {
    let s = this.shape[i]!;
    if (s === UNKNOWN) {
      s = letterShape(this.tokens[i]!.norm);
      this.shape[i] = s;
    }
    return s;
  }

  cap(i: number): boolean {
    const s = this.shape[i]!;
    return s !== UNKNOWN && (s & CAPITALISED) !== 0;
  }

  /**
   * The indices of the capitalised tokens, in order. The scans read them (and hyphens()) by index: a for-of loop runs
   * the iterator protocol, a call per token, in the code that runs before the scan is compiled.
   */
  capitals(): readonly number[] {
    return this.capitalIndex;
  }

  /** The indices of the hyphen tokens, in order. */
  hyphens(): readonly number[] {
    return this.hyphenIndex;
  }

  upper(i: number): boolean {
    return (this.shapeOf(i) & HAS_UPPER) !== 0;
  }

  allCaps(i: number): boolean {
    return this.cap(i) && (this.shapeOf(i) & ALL_CAPS) !== 0;
  }

  folded(i: number): string {
    const t = this.tokens[i]!;
    return foldToken(t.norm, t.lower);
  }

  /**
   * Sets `out` to gaz.prefixRange(folded(i)), kept by the token's written form's number across documents (docWords):
   * an array read where the gazetteer's own cache hashes the word.
   */
  firstRange(i: number, out: KeyRange): void {
    const words = (this.words ??= docWords(this.doc));
    let kept = rangesByWord.get(this.gaz);
    if (!kept || kept.era !== words.era) rangesByWord.set(this.gaz, (kept = keptRanges(words.era)));
    const g = words.ids[words.of[i]!]!;
    if (g >= kept.known.length) growRanges(kept, g);
    if (!kept.known[g]) {
      const range = this.gaz.prefixRange(this.folded(i));
      kept.lo[g] = range.lo;
      kept.hi[g] = range.hi;
      kept.depth[g] = range.depth;
      kept.known[g] = 1;
    }
    out.lo = kept.lo[g]!;
    out.hi = kept.hi[g]!;
    out.depth = kept.depth[g]!;
  }

  /** formHolds of the document's words: whether `test` holds of token i's written form, asked once per form. */
  formIs(answers: FormAnswers, i: number, test: (norm: string, lower: string) => boolean): boolean {
    return formHolds((this.words ??= docWords(this.doc)), i, answers, test);
  }

  /** foldName of the text from token i to token j: token i's own fold when it is all of it. */
  foldedSpan(i: number, j: number): string {
    const t = this.tokens[i]!;
    const end = this.tokens[j]!.end;
    if (i === j && t.norm.length === end - t.start && this.text.startsWith(t.norm, t.start)) return this.folded(i);
    return foldName(this.text.slice(t.start, end));
  }

  /** A capitalised word that opens the sentence and is no name ("The", "In"). */
  opensAsWord(i: number): boolean {
    return OPENERS.has(this.tokens[i]!.lower) && !!this.ambiguousCase[i];
  }

  opensSentence(i: number): boolean {
    return this.firstWords[this.tokens[i]!.sentence]! >= i;
  }

  /** Tokens a and b with nothing or one space between them. */
  adjacent(a: number, b: number): boolean {
    const from = this.tokens[a]!.end;
    const gap = this.tokens[b]!.start - from;
    if (gap === 0) return true;
    const c = this.text.charCodeAt(from);
    return gap === 1 && (c === 32 || c === 0xa0);
  }

  /** Tokens a and b with nothing between them. */
  joined(a: number, b: number): boolean {
    const ta = this.tokens[a];
    const tb = this.tokens[b];
    return !!ta && !!tb && ta.end === tb.start;
  }

  /**
   * Whether `test` holds for a name of a person, an organisation, an event or a work that starts at or before
   * `start` and reaches `end` (tried from the last such name back).
   */
  someNameAround(start: number, end: number, test: (name: { start: number; end: number; type: string }) => boolean): boolean {
    for (let k = this.lastBlockerAtOrBefore(start); k >= 0 && this.blockerReach[k]! >= end; k--) if (test(this.blockers[k]!)) return true;
    return false;
  }

  /** The type of the name the tagger found exactly on start..end, or null. */
  typeAt(start: number, end: number): EntityType | null {
    const name = this.nameAt.get(start);
    return name?.end === end ? name.type : null;
  }

  /**
   * Whether the tagger's name exactly on start..end is a short form of a person's or an organisation's fuller name
   * ("Wakefield" of "Wakefield Holdings", "Preston" of "Jane Preston").
   */
  shortFormOfNonPlace(start: number, end: number): boolean {
    const name = this.nameAt.get(start);
    return name?.end === end && (name.type === 'ORG' || name.type === 'PERSON') && foldName(name.name) !== foldName(this.text.slice(start, end));
  }

  /** The entity of a place name the tagger found from start to end or a little short of it ("Ga" of "Ga."), or null. */
  placeEntityAt(start: number, end: number): string | null {
    const name = this.nameAt.get(start);
    return name && name.end <= end && PLACE_ENTITY_TYPES.has(name.type) ? name.id : null;
  }

  /** Whether such a name contains start..end and is more than it. */
  insideOtherName(start: number, end: number): boolean {
    return this.someNameAround(start, end, (b) => b.end >= end && !(b.start === start && b.end === end));
  }

  /** The index of the last blocker starting at or before `offset` (-1 when none). */
  private lastBlockerAtOrBefore(offset: number): number {
    return partitionPoint(0, this.blockers.length, (k) => this.blockers[k]!.start <= offset) - 1;
  }

  /** The index of the token starting at `offset`, or -1. */
  tokenStartingAt(offset: number): number {
    const i = tokenAtOrAfter(this.doc, offset);
    return this.tokens[i]?.start === offset ? i : -1;
  }

  /** The index of the first token ending at or after `offset` (tokens.length when none). */
  tokenEndingAtOrAfter(offset: number): number {
    return partitionPoint(0, this.tokens.length, (i) => this.tokens[i]!.end < offset);
  }
}

/** “ " ‘ ( or a colon: a capital after one opens a quotation or a clause. Compared, not looked up: asked of every mark. */
function isOpeningMark(c: number): boolean {
  return c === 0x201c || c === 0x22 || c === 0x2018 || c === 0x28 || c === 0x3a;
}

/** Printable ASCII but a space, a hyphen or an underscore: foldName makes no two words of it. */
function oneAsciiWord(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x21 || c > 0x7e || c === 0x2d || c === 0x5f) return false;
  }
  return true;
}

/** Whether a letter or a digit is in `s`: an ASCII one first needs no regex. */
function hasLetterOrDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || LETTER_OR_DIGIT.test(s);
}

/** The names, by start (in their order in `found` on a tie). */
function byStart(found: Array<{ start: number; end: number; type: string }>): Array<{ start: number; end: number; type: string }> {
  const n = found.length;
  if (n < 2) return found;
  // sorted as numbers (start, then place in `found`), not by a comparison function called per comparison
  const keys = new Float64Array(n);
  for (let k = 0; k < n; k++) keys[k] = found[k]!.start * n + k;
  keys.sort();
  const out = [];
  for (let k = 0; k < n; k++) out.push(found[keys[k]! % n]!);
  return out;
}
