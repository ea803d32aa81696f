import { readFileSync } from 'node:fs';
import { foldName } from './fold.js';
import {
  COORD_SCALE,
  ENTRY_MASK,
  FEATURE_KINDS,
  FLAG_ABBREVIATION,
  FLAG_COMMON_WORD,
  FLAG_DEMONYM,
  FLAG_PERSON_NAME,
  FLAG_PRIMARY,
  MAGIC,
  NO_COUNTRY,
  SECTIONS,
  type FeatureKind,
  type GazetteerHeader,
  type SectionName,
} from './format.js';

export interface Place {
  /** entry number in the gazetteer */
  index: number;
  geonameId: number | null;
  name: string;
  lat: number;
  lon: number;
  countryCode: string | null;
  featureKind: FeatureKind;
  /** GeoNames feature code (PPLC, PPLA, ADM1, PCLI, ...) */
  featureCode: string;
  population: number;
  /** entry numbers of the containing admin regions, -1 when none */
  admin1: number;
  admin2: number;
}

/** A gazetteer entry a name points to, and how it names it. */
export interface NameMatch {
  index: number;
  /** the entry's own name (not an alternate or foreign spelling) */
  primary: boolean;
  /** a short form valid only next to a containing place ("Calif.") */
  abbreviation: boolean;
  demonym: boolean;
  /** the name, one word, is also an ordinary English word ("Reading") */
  commonWord: boolean;
  /** the name, one word, is also a person's first name or surname ("Jackson") */
  personName: boolean;
}

type Columns = {
  [K in SectionName]: (typeof SECTIONS)[K] extends 'i32'
    ? Int32Array
    : (typeof SECTIONS)[K] extends 'u32'
      ? Uint32Array
      : (typeof SECTIONS)[K] extends 'u16'
        ? Uint16Array
        : Uint8Array;
};

const VIEW = { i32: Int32Array, u32: Uint32Array, u16: Uint16Array, u8: Uint8Array } as const;

/** The compact gazetteer of data/gazetteer.bin: columns over one buffer, names found by binary search. */
export class Gazetteer {
  readonly hash: string;
  readonly size: number;
  private readonly col: Columns;
  private readonly header: GazetteerHeader;
  private readonly cache = new Map<number, Place>();
  private readonly decoder = new TextDecoder();
  private readonly countryEntry: Map<string, number>;

  constructor(file: Uint8Array) {
    // typed-array views need their offsets aligned; a pooled buffer may not be
    const bytes = file.byteOffset % 8 === 0 ? file : new Uint8Array(file);
    if (Buffer.from(bytes.buffer, bytes.byteOffset, 8).toString('latin1') !== MAGIC) throw new Error('not a lede gazetteer file');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const headerLength = view.getUint32(8, true);
    this.header = JSON.parse(this.decoder.decode(bytes.subarray(12, 12 + headerLength))) as GazetteerHeader;
    const payload = bytes.byteOffset + 12 + headerLength + ((8 - ((12 + headerLength) % 8)) % 8);
    const col: Partial<Record<SectionName, unknown>> = {};
    for (const name of Object.keys(SECTIONS) as SectionName[]) {
      const { offset, length } = this.header.sections[name];
      col[name] = new VIEW[SECTIONS[name]](bytes.buffer as ArrayBuffer, payload + offset, length);
    }
    this.col = col as Columns;
    this.hash = this.header.hash;
    this.size = this.header.entries;
    this.countryEntry = new Map(this.header.countries.map((c, i) => [c, this.header.countryEntries[i] ?? -1]));
  }

  /** Every entry the name (any spelling, case and accents ignored) points to. */
  lookup(name: string): NameMatch[] {
    const k = this.findKey(Buffer.from(foldName(name), 'utf8'));
    if (k < 0) return [];
    const { postStart, postings } = this.col;
    const out: NameMatch[] = [];
    for (let p = postStart[k]!; p < postStart[k + 1]!; p++) {
      const v = postings[p]!;
      out.push({
        index: v & ENTRY_MASK,
        primary: (v & FLAG_PRIMARY) !== 0,
        abbreviation: (v & FLAG_ABBREVIATION) !== 0,
        demonym: (v & FLAG_DEMONYM) !== 0,
        commonWord: (v & FLAG_COMMON_WORD) !== 0,
        personName: (v & FLAG_PERSON_NAME) !== 0,
      });
    }
    return out;
  }

  place(index: number): Place {
    let p = this.cache.get(index);
    if (p) return p;
    const c = this.col;
    const country = c.country[index]!;
    const geonameId = c.geonameId[index]!;
    p = {
      index,
      geonameId: geonameId === 0 ? null : geonameId,
      name: this.decoder.decode(c.names.subarray(c.nameStart[index]!, c.nameStart[index + 1]!)),
      lat: c.lat[index]! / COORD_SCALE,
      lon: c.lon[index]! / COORD_SCALE,
      countryCode: country === NO_COUNTRY ? null : this.header.countries[country]!,
      featureKind: FEATURE_KINDS[c.kind[index]!]!,
      featureCode: this.header.featureCodes[c.featureCode[index]!]!,
      population: c.population[index]!,
      admin1: c.admin1[index]!,
      admin2: c.admin2[index]!,
    };
    this.cache.set(index, p);
    return p;
  }

  /** The country's own entry, or null when the gazetteer has none. */
  country(code: string): Place | null {
    const i = this.countryEntry.get(code) ?? -1;
    return i < 0 ? null : this.place(i);
  }

  private findKey(key: Uint8Array): number {
    const { keyStart, keys } = this.col;
    let lo = 0;
    let hi = this.header.keys - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const cmp = compareBytes(keys, keyStart[mid]!, keyStart[mid + 1]!, key);
      if (cmp === 0) return mid;
      if (cmp < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}

function compareBytes(blob: Uint8Array, start: number, end: number, key: Uint8Array): number {
  const n = Math.min(end - start, key.length);
  for (let i = 0; i < n; i++) {
    const d = blob[start + i]! - key[i]!;
    if (d !== 0) return d;
  }
  return end - start - key.length;
}

const GAZETTEER_FILE = new URL('../../data/gazetteer.bin', import.meta.url);
let loaded: Gazetteer | undefined;

/** The gazetteer shipped with lede, read once per process. */
export function gazetteer(): Gazetteer {
  loaded ??= new Gazetteer(readFileSync(GAZETTEER_FILE));
  return loaded;
}
