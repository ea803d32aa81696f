import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
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

/** The keys [lo, hi), which share their first `depth` bytes (UTF-8): the keys that start with a name so far. */
export interface KeyRange {
  lo: number;
  hi: number;
  depth: number;
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

const RANGE_CACHE_LIMIT = 1 << 16;
const RANGE_CACHE_KEY_LENGTH = 64;
const NO_MATCHES: readonly NameMatch[] = [];
const MATCHES_CACHE_LIMIT = 1 << 14;
const PART_CACHE_LIMIT = 1 << 14;
const SPACE = 0x20;

/** The compact gazetteer of data/gazetteer.bin: columns over one buffer, names found by binary search. */
export class Gazetteer {
  readonly hash: string;
  readonly size: number;
  private readonly col: Columns;
  private readonly header: GazetteerHeader;
  /** the Places built so far, and where each entry's is among them (-1: not built): an array, not a map, for speed */
  private readonly built: Place[] = [];
  private readonly builtAt: Int32Array;
  private readonly ranges = new Map<string, KeyRange>();
  private readonly matches = new Map<number, readonly NameMatch[]>();
  private readonly partBytes = new Map<string, Uint8Array>();
  private readonly decoder = new TextDecoder();
  private readonly encoder = new TextEncoder();
  /** folded names longer than this are no place name */
  private readonly scratch = new Uint8Array(1024);
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
    this.builtAt = new Int32Array(this.size).fill(-1);
    // a population may pass the engine's small-integer range (China's): the most populous Place built first, every
    // Place holds its population as a float from the start, and none built earlier is migrated (and the code that
    // read it deoptimised) when the first such is built
    if (this.size > 0) this.place(mostPopulous(this.col.population));
    this.countryEntry = new Map(this.header.countries.map((c, i) => [c, this.header.countryEntries[i] ?? -1]));
  }

  /** Every entry the name (any spelling, case and accents ignored) points to. */
  lookup(name: string): readonly NameMatch[] {
    const folded = foldName(name);
    if (folded.length > 200) return NO_MATCHES;
    const range = this.prefixRange(folded);
    return this.isWholeKey(range) ? this.matchesOf(range.lo) : NO_MATCHES;
  }

  /**
   * The keys that start with the folded `prefix`; a caller grows a name from there word by word (`narrow`) and
   * stops as soon as no key starts that way. Remembered across documents (news repeats its capitalised words),
   * up to RANGE_CACHE_LIMIT prefixes. The range returned is shared: copy it before narrowing.
   */
  prefixRange(prefix: string): Readonly<KeyRange> {
    if (prefix.length > RANGE_CACHE_KEY_LENGTH) return this.searchPrefix(prefix);
    let range = this.ranges.get(prefix);
    if (!range) {
      if (this.ranges.size >= RANGE_CACHE_LIMIT) this.ranges.clear();
      this.ranges.set(prefix, (range = this.searchPrefix(prefix)));
    }
    return range;
  }

  private searchPrefix(prefix: string): KeyRange {
    const n = this.encode(prefix);
    if (n < 0) return { lo: 0, hi: 0, depth: 0 };
    const { firstKey } = this.col;
    if (n === 0) return { lo: 0, hi: this.header.keys, depth: 0 };
    const b0 = this.scratch[0]! << 8;
    const code = n === 1 ? b0 : b0 | this.scratch[1]!;
    const range = { lo: firstKey[code]!, hi: firstKey[n === 1 ? b0 + 256 : code + 1]!, depth: 0 };
    if (range.lo >= range.hi) range.hi = range.lo;
    else this.narrowTo(range, this.scratch, n);
    return range;
  }

  /**
   * Narrows `range` to its keys that go on, after the bytes they share, with a space when `space` and then the
   * folded `part`: the name one word longer.
   */
  narrow(range: KeyRange, space: boolean, part: string): void {
    if (range.lo >= range.hi) return;
    const scratch = this.scratch;
    const at = space ? 1 : 0;
    if (at + part.length > scratch.length) {
      range.hi = range.lo;
      return;
    }
    if (space) scratch[0] = SPACE;
    // an ASCII word is its own bytes: written as read, with no lookup
    let k = 0;
    for (; k < part.length; k++) {
      const c = part.charCodeAt(k);
      if (c >= 0x80) break;
      scratch[at + k] = c;
    }
    if (k === part.length) return this.narrowTo(range, scratch, at + k);
    const bytes = this.bytesOf(part);
    if (at + bytes.length > scratch.length) {
      range.hi = range.lo;
      return;
    }
    for (let b = 0; b < bytes.length; b++) scratch[at + b] = bytes[b]!;
    this.narrowTo(range, scratch, at + bytes.length);
  }

  /**
   * The UTF-8 bytes of a word with other than ASCII characters a name grows by, remembered across documents (news
   * repeats its words) up to PART_CACHE_LIMIT words.
   */
  private bytesOf(part: string): Uint8Array {
    let bytes = this.partBytes.get(part);
    if (!bytes) {
      if (this.partBytes.size >= PART_CACHE_LIMIT) this.partBytes.clear();
      this.partBytes.set(part, (bytes = this.encoder.encode(part)));
    }
    return bytes;
  }

  /** Writes the UTF-8 bytes of `s` into the scratch buffer; their count, or -1 when they do not fit, which makes `s` longer than any key. */
  private encode(s: string): number {
    const bytes = this.scratch;
    if (s.length <= bytes.length) {
      let k = 0;
      for (; k < s.length; k++) {
        const c = s.charCodeAt(k);
        if (c >= 0x80) break;
        bytes[k] = c;
      }
      if (k === s.length) return k;
    }
    const { read, written } = this.encoder.encodeInto(s, bytes);
    return read < s.length ? -1 : written;
  }

  /** Narrows `range` to its keys whose bytes after `range.depth` start with bytes[0, n). */
  private narrowTo(range: KeyRange, bytes: Uint8Array, n: number): void {
    const { keyStart, keys } = this.col;
    const depth = range.depth;
    // binary searches written out: a closure per narrowing cost a tenth of the name scan
    let lo = range.lo;
    let hi = range.hi;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (comparePrefix(keys, keyStart[mid]! + depth, keyStart[mid + 1]!, bytes, n) < 0) lo = mid + 1;
      else hi = mid;
    }
    const first = lo;
    // the keys that start with the bytes are few, and follow the first in memory: steps of 1, 2, 4, ... from it
    hi = range.hi;
    let step = 1;
    let at = lo;
    while (at < hi && comparePrefix(keys, keyStart[at]! + depth, keyStart[at + 1]!, bytes, n) <= 0) {
      lo = at + 1;
      at = lo + step;
      step *= 2;
    }
    if (at < hi) hi = at;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (comparePrefix(keys, keyStart[mid]! + depth, keyStart[mid + 1]!, bytes, n) <= 0) lo = mid + 1;
      else hi = mid;
    }
    range.hi = lo;
    range.lo = first;
    range.depth = depth + n;
  }

  /** Whether the range's first key is exactly the prefix its keys share. */
  isWholeKey(range: Readonly<KeyRange>): boolean {
    const { keyStart } = this.col;
    return range.lo < range.hi && keyStart[range.lo + 1]! - keyStart[range.lo]! === range.depth;
  }

  /** Every name (folded, as looked up) with the entries it points to, in key order. */
  *names(): Generator<[string, readonly NameMatch[]]> {
    const { keyStart, keys } = this.col;
    for (let k = 0; k < this.header.keys; k++) yield [this.decoder.decode(keys.subarray(keyStart[k]!, keyStart[k + 1]!)), this.readMatches(k)];
  }

  /**
   * The entries key k points to, each once, by entry number. Remembered across documents, up to MATCHES_CACHE_LIMIT
   * keys: the array is shared.
   */
  matchesOf(k: number): readonly NameMatch[] {
    let out = this.matches.get(k);
    if (!out) {
      if (this.matches.size >= MATCHES_CACHE_LIMIT) this.matches.clear();
      this.matches.set(k, (out = this.readMatches(k)));
    }
    return out;
  }

  private readMatches(k: number): NameMatch[] {
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

  /** The entry's feature kind, read without building its Place. */
  kindOf(index: number): FeatureKind {
    return FEATURE_KINDS[this.col.kind[index]!]!;
  }

  /** Whether the entry's feature kind is one of `kinds` (a kindSet). */
  kindIn(index: number, kinds: number): boolean {
    return ((kinds >> this.col.kind[index]!) & 1) !== 0;
  }

  /** The entry's population (0 when unknown), read without building its Place. */
  populationOf(index: number): number {
    return this.col.population[index]!;
  }

  /** The entry's GeoNames feature code, read without building its Place. */
  featureCodeOf(index: number): string {
    return this.header.featureCodes[this.col.featureCode[index]!]!;
  }

  place(index: number): Place {
    const at = this.builtAt[index]!;
    if (at >= 0) return this.built[at]!;
    const c = this.col;
    const country = c.country[index]!;
    const geonameId = c.geonameId[index]!;
    const p: Place = {
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
    this.builtAt[index] = this.built.length;
    this.built.push(p);
    return p;
  }

  /** The country's own entry, or null when the gazetteer has none. */
  country(code: string): Place | null {
    const i = this.countryEntry.get(code) ?? -1;
    return i < 0 ? null : this.place(i);
  }
}

/** The entry with the largest population (the first of them). */
function mostPopulous(population: Uint32Array): number {
  let best = 0;
  for (let k = 1; k < population.length; k++) if (population[k]! > population[best]!) best = k;
  return best;
}

/** Compares the key blob[start, end) with prefix[0, n) over the prefix's length: 0 when the key starts with it. */
function comparePrefix(blob: Uint8Array, start: number, end: number, prefix: Uint8Array, n: number): number {
  const m = Math.min(end - start, n);
  for (let i = 0; i < m; i++) {
    const d = blob[start + i]! - prefix[i]!;
    if (d !== 0) return d;
  }
  return end - start >= n ? 0 : -1;
}

const GAZETTEER_FILE = new URL('../../data/gazetteer.bin', import.meta.url);
let loaded: Gazetteer | undefined;

/** The gazetteer shipped with lede, read once per process. */
export function gazetteer(): Gazetteer {
  if (!loaded) {
    try {
      loaded = new Gazetteer(readFileSync(GAZETTEER_FILE));
    } catch (e) {
      throw unreadable(e);
    }
  }
  return loaded;
}

/**
 * Reads the gazetteer's 22 MB off the main thread, for a caller that can wait for it before it extracts: a
 * one-shot `lede extract` does, while it loads its code and the other models. One read of the whole file, so
 * that it goes on while the main thread is busy (a read in chunks would wait for the main thread between them).
 */
export async function readGazetteerAhead(): Promise<void> {
  if (loaded) return;
  try {
    const file = await open(GAZETTEER_FILE);
    try {
      const { size } = await file.stat();
      const bytes = Buffer.allocUnsafeSlow(size);
      for (let at = 0; at < size; ) {
        const { bytesRead } = await file.read(bytes, at, size - at, at);
        if (bytesRead === 0) throw new Error('the file ended early');
        at += bytesRead;
      }
      loaded ??= new Gazetteer(bytes);
    } finally {
      await file.close();
    }
  } catch (e) {
    throw unreadable(e);
  }
}

function unreadable(e: unknown): Error {
  const why = e instanceof Error ? e.message : String(e);
  return new Error(`cannot load the gazetteer ${GAZETTEER_FILE.pathname} (${why}); reinstall lede, or run npm run build:gazetteer in a checkout`);
}

/**
 * The gazetteer's hash (its header says it), read from the header alone when the gazetteer is not loaded: an
 * extraction whose places are not asked for (`--only quotes`) says which gazetteer lede has without reading it.
 */
export function gazetteerHash(): string {
  if (loaded) return loaded.hash;
  try {
    const fd = openSync(GAZETTEER_FILE, 'r');
    try {
      const head = Buffer.alloc(12);
      readSync(fd, head, 0, 12, 0);
      if (head.toString('latin1', 0, 8) !== MAGIC) throw new Error('not a lede gazetteer file');
      const json = Buffer.alloc(head.readUInt32LE(8));
      readSync(fd, json, 0, json.length, 12);
      return (JSON.parse(json.toString('utf8')) as GazetteerHeader).hash;
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    throw unreadable(e);
  }
}
