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

export function readWordClasses(flat: readonly number[]): WordClasses {
  const g: WordClasses = new Map();
  // the bits as small integers: read from an array of doubles (the hashes), they were stored as heap numbers, and
  // code that had met only small integers was thrown away at the first such word (traced: withHeadShortForms', in the bench)
  for (let i = 0; i + 1 < flat.length; i += 2) g.set(flat[i]!, flat[i + 1]! | 0);
  return g;
}
