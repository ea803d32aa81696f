/**
 * Layout of data/gazetteer.bin, shared by scripts/build-gazetteer.mjs (writer) and gazetteer.ts (reader).
 *
 * The file is MAGIC, a little-endian u32 header length, a JSON header, then the sections the header lists,
 * each 8-byte aligned. Entries are columns indexed by entry number; names are looked up through sorted folded
 * keys (see fold.ts), each with a run of postings: an entry number plus flag bits.
 */
export const MAGIC = 'LEDEGAZ1';

export const FEATURE_KINDS = ['continent', 'country', 'admin1', 'admin2', 'city', 'region', 'water', 'landform', 'facility', 'other'] as const;
export type FeatureKind = (typeof FEATURE_KINDS)[number];

/** Feature kinds as bits of their FEATURE_KINDS indices: an entry's kind tested with no string looked up (Gazetteer.kindIn). */
export function kindSet(...kinds: FeatureKind[]): number {
  let bits = 0;
  for (const k of kinds) bits |= 1 << FEATURE_KINDS.indexOf(k);
  return bits;
}

export type ColumnType = 'i32' | 'u32' | 'u16' | 'u8';

/** Column name → element type, in file order. */
export const SECTIONS = {
  /** GeoNames id, 0 when the entry has none */
  geonameId: 'i32',
  /** degrees × 1e5 */
  lat: 'i32',
  lon: 'i32',
  population: 'u32',
  /** index into FEATURE_KINDS */
  kind: 'u8',
  /** index into header.featureCodes */
  featureCode: 'u8',
  /** index into header.countries, NO_COUNTRY when none */
  country: 'u16',
  /** entry number of the containing admin1 / admin2 region, -1 when none */
  admin1: 'i32',
  admin2: 'i32',
  /** entry i's display name is names[nameStart[i], nameStart[i + 1]) (UTF-8) */
  nameStart: 'u32',
  names: 'u8',
  /** key k is keys[keyStart[k], keyStart[k + 1]) (UTF-8, folded, sorted by bytes) */
  keyStart: 'u32',
  keys: 'u8',
  /** keys whose first two bytes are (b0, b1) start at firstKey[b0 * 256 + b1] (a one-byte key counts b1 as 0) */
  firstKey: 'u32',
  /** key k's postings are postings[postStart[k], postStart[k + 1]) */
  postStart: 'u32',
  postings: 'u32',
} as const satisfies Record<string, ColumnType>;

export type SectionName = keyof typeof SECTIONS;

export const NO_COUNTRY = 0xffff;
export const COORD_SCALE = 1e5;

/** Posting = entry number | flags. */
export const ENTRY_MASK = 0x00ffffff;
/** the key is the entry's own name (not an alternate spelling or another language's) */
export const FLAG_PRIMARY = 1 << 24;
/** a short form that names the place only next to a containing place ("Calif.", "TX") */
export const FLAG_ABBREVIATION = 1 << 25;
/** the key is a demonym of the entry ("Turkish" → Turkey) */
export const FLAG_DEMONYM = 1 << 26;
/** the key, one word, is also a common English word ("Reading", "Mobile") */
export const FLAG_COMMON_WORD = 1 << 27;
/** the key, one word, is also a common first name or surname ("Jackson", "Charlotte") */
export const FLAG_PERSON_NAME = 1 << 28;

export interface GazetteerHeader {
  version: 1;
  /** sha256 (hex) of every byte after the header */
  hash: string;
  entries: number;
  keys: number;
  /** ISO 3166-1 alpha-2 codes; an entry's `country` column indexes this */
  countries: string[];
  /** entry number of each country in `countries` (-1 when the country has no entry) */
  countryEntries: number[];
  featureCodes: string[];
  sources: Record<string, string>;
  sections: Record<SectionName, { offset: number; length: number }>;
}
