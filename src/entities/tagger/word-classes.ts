/**
 * Word classes keyed by the hash of the lower-case word (see lowerOf): the tagger reads the FEATURE_CLASSES bits
 * as features; the gender and honorific bits serve other extractors (see wordClassesOf in index.ts).
 */
export type WordClasses = Map<number, number>;

export const WORD_CLASS = {
  firstName: 1,
  lastName: 2,
  place: 4,
  org: 8,
  demonym: 16,
  role: 32,
  /** a word of a multi-word entry has its class bits shifted by this */
  partShift: 6,
  /** an ordinary English word (verb, adjective, common noun, function word) */
  common: 1 << 12,
  /** a man's or a woman's first name, an honorific ("Mr", "Dr", "Gen"): single words only */
  maleName: 1 << 13,
  femaleName: 1 << 14,
  honorific: 1 << 15,
  /** names in the places gazetteer of a country, a first-level region (state, province), a continent or world region */
  country: 1 << 16,
  admin1: 1 << 17,
  worldRegion: 1 << 18,
  /** a word of a multi-word place name has its place bits shifted by this */
  placePartShift: 3,
} as const;

/** The place classes, whole name and part of one. */
const PLACE_CLASSES = 0b111111 << 16;

/** The bits the tagger reads. */
export const FEATURE_CLASSES = ((1 << 13) - 1) | PLACE_CLASSES;

/** Any of the name classes, whole or part. */
export const NAME_CLASSES = 0b111111 | (0b111111 << WORD_CLASS.partShift);

/** Flattened for the model header: hash, bits, hash, bits, ... sorted by hash. */
export function flattenWordClasses(g: WordClasses): number[] {
  return [...g].sort((a, b) => a[0] - b[0]).flat();
}

/** What the tagger and the rules ask of word classes: a word's bits by the hash of its lower case (see lowerOf). */
export interface WordClassLookup {
  get(hash: number): number | undefined;
}

/**
 * The shipped word classes in an open-addressed table of typed arrays: most hashes are past the small-integer range,
 * and a Map boxed each one it was asked (over half the time of numbering a new word: measured). Hash 0 marks an
 * empty slot, so its bits, if any, are kept apart.
 */
export class WordClassTable implements WordClassLookup {
  private readonly hashes: Uint32Array;
  // the bits as small integers: read from an array of doubles (the hashes), they were stored as heap numbers, and
  // code that had met only small integers was thrown away at the first such word (traced: withHeadShortForms', in the bench)
  private readonly bits: Int32Array;
  private readonly shift: number;
  private readonly mask: number;
  private zeroBits: number | undefined;

  /** flat: hash, bits, hash, bits, ... (flattenWordClasses) */
  constructor(flat: readonly number[]) {
    const log = Math.max(4, 32 - Math.clz32(flat.length));
    this.hashes = new Uint32Array(1 << log);
    this.bits = new Int32Array(1 << log);
    this.shift = 32 - log;
    this.mask = (1 << log) - 1;
    for (let i = 0; i + 1 < flat.length; i += 2) this.set(flat[i]! >>> 0, flat[i + 1]! | 0);
  }

  get(hash: number): number | undefined {
    if (hash === 0) return this.zeroBits;
    for (let at = this.slotOf(hash); ; at = (at + 1) & this.mask) {
      const h = this.hashes[at]!;
      if (h === hash) return this.bits[at]!;
      if (h === 0) return undefined;
    }
  }

  private set(hash: number, bits: number): void {
    if (hash === 0) {
      this.zeroBits = bits;
      return;
    }
    let at = this.slotOf(hash);
    while (this.hashes[at] !== 0 && this.hashes[at] !== hash) at = (at + 1) & this.mask;
    this.hashes[at] = hash;
    this.bits[at] = bits;
  }

  private slotOf(hash: number): number {
    return Math.imul(hash, 0x9e3779b1) >>> this.shift;
  }
}
