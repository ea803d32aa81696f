import { FEATURE_CLASSES, type WordClassLookup } from './word-classes.js';
import { hashString } from './hash.js';
import { wordDictionary } from '../doc-words.js';

/**
 * Written forms numbered in order of first sight, with what the features read of each form alone: the hash of
 * lowerOf(form), the hash of shapeOf(form) and its word-class bits. Kept in typed arrays indexed by the
 * number, so that a caller can keep its own per-form data beside them the same way.
 */
export class FormTable {
  /** the numbers of the forms asked of id(), by form (see wordDictionary) */
  private readonly ids = wordDictionary<number>();
  private count = 0;
  /** by a written form's docWords number (in docWords' era `era`), its number here plus one (0: not yet asked) */
  private byWritten = new Int32Array(0);
  private era = -1;
  lower = new Uint32Array(1 << 12);
  shape = new Uint32Array(1 << 12);
  wordClasses = new Uint32Array(1 << 12);

  constructor(private readonly classes: WordClassLookup) {}

  get size(): number {
    return this.count;
  }

  /** Room for `size` forms in the arrays (they grow by doubling). */
  get capacity(): number {
    return this.lower.length;
  }

  id(form: string): number {
    let id = this.ids[form];
    if (id === undefined) this.ids[form] = id = this.add(form);
    return id;
  }

  /**
   * The number of a form docWords numbers `written` in its era `era`, kept by that number alone: an array read where
   * id() looks the form up. A form also asked of id() may get a second number, which only repeats the sums the
   * tagger keeps for it.
   */
  idOfWritten(written: number, era: number, form: string): number {
    if (era !== this.era) {
      this.era = era;
      this.byWritten.fill(0);
    }
    if (written >= this.byWritten.length) this.byWritten = grown(this.byWritten, new Int32Array(Math.max(2 * this.byWritten.length, written + 1)));
    let id = this.byWritten[written]! - 1;
    if (id < 0) this.byWritten[written] = (id = this.add(form)) + 1;
    return id;
  }

  private add(form: string): number {
    const id = this.count++;
    if (id === this.capacity) this.grow();
    const lower = hashString(lowerOf(form));
    this.lower[id] = lower;
    this.shape[id] = hashString(shapeOf(form));
    this.wordClasses[id] = (this.classes.get(lower) ?? 0) & FEATURE_CLASSES;
    return id;
  }

  private grow(): void {
    this.lower = grown(this.lower, new Uint32Array(this.capacity * 2));
    this.shape = grown(this.shape, new Uint32Array(this.capacity * 2));
    this.wordClasses = grown(this.wordClasses, new Uint32Array(this.capacity * 2));
  }
}

/** `to` holding `from` at its start. */
export function grown<T extends Uint32Array | Int32Array | Int16Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** The lower-case word with digits folded to 0 (so "1996" and "1997" share their word features). */
export function lowerOf(form: string): string {
  const lower = form.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 49 && c <= 57) return lower.replace(/[1-9]/g, '0');
  }
  return lower;
}

/** "Xxx", "XX", "dd-dd", "X.X.": characters by class, runs longer than two cut to two. */
export function shapeOf(w: string): string {
  let out = '';
  let last = -1;
  let run = 0;
  for (let i = 0; i < w.length; i++) {
    const c = shapeUnit(w, i);
    if (c === last) {
      if (++run > 2) continue;
    } else {
      last = c;
      run = 1;
    }
    out += String.fromCharCode(c);
  }
  return out;
}

/** The shape's code unit for w's code unit i: d, x, X, or the unit itself. */
function shapeUnit(w: string, i: number): number {
  const c = w.charCodeAt(i);
  if (c >= 48 && c <= 57) return 100;
  if (c >= 97 && c <= 122) return 120;
  if (c >= 65 && c <= 90) return 88;
  if (c < 128) return c;
  const ch = w[i]!;
  if (ch !== ch.toLowerCase()) return 88;
  if (ch !== ch.toUpperCase()) return 120;
  return c;
}
