import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { TAG_COUNT } from './tags.js';
import { ROW_BYTES, type QuantizedWeights } from './decode.js';
import { WordClassTable } from './word-classes.js';

/**
 * The shipped model file: "LEDENER1", a little-endian uint32 header length, a JSON header, then the int8 weight
 * table stored sparsely: for each row with a non-zero weight, the varint gap from the previous stored row, a
 * 3-byte mask of its non-zero tags, and those weights. Only hashed weights: no words, no text.
 */
const MAGIC = 'LEDENER1';

export interface ModelHeader {
  /** log2 of the number of rows */
  bits: number;
  tags: number;
  /** feature set version: a model only runs with the feature code it was trained with */
  features: number;
  /** weight = int8 value / scale */
  scale: number;
  /** free-form: corpora, epochs, seed */
  trainedOn: string;
  /** word-class hashes and bits (see flattenWordClasses); the file format calls them its gazetteer */
  gazetteer: number[];
}

export const FEATURE_VERSION = 6;

export interface Model {
  header: ModelHeader;
  weights: QuantizedWeights;
  wordClasses: WordClassTable;
  /** first 12 hex digits of the file's sha256 */
  hash: string;
}

export function encodeModel(header: ModelHeader, rows: Int8Array): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const body: number[] = [];
  let previous = -1;
  const count = rows.length / TAG_COUNT;
  for (let r = 0; r < count; r++) {
    const o = r * TAG_COUNT;
    let mask = 0;
    for (let t = 0; t < TAG_COUNT; t++) if (rows[o + t] !== 0) mask |= 1 << t;
    if (mask === 0) continue;
    for (let gap = r - previous; ; gap >>>= 7) {
      if (gap < 0x80) {
        body.push(gap);
        break;
      }
      body.push((gap & 0x7f) | 0x80);
    }
    previous = r;
    body.push(mask & 0xff, (mask >>> 8) & 0xff, (mask >>> 16) & 0xff);
    for (let t = 0; t < TAG_COUNT; t++) if (mask & (1 << t)) body.push(rows[o + t]! & 0xff);
  }
  const head = Buffer.alloc(12);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(json.length, 8);
  return Buffer.concat([head, json, Buffer.from(body)]);
}

export function decodeModel(file: Buffer): Model {
  if (file.length < 12 || file.toString('latin1', 0, 8) !== MAGIC) throw new Error('not a lede tagger model');
  const jsonEnd = 12 + file.readUInt32LE(8);
  const header = JSON.parse(file.toString('utf8', 12, jsonEnd)) as ModelHeader;
  if (header.tags !== TAG_COUNT || header.features !== FEATURE_VERSION) {
    throw new Error(`model was trained for another feature set (features ${header.features}, tags ${header.tags})`);
  }
  const rows = new Int8Array((1 << header.bits) * ROW_BYTES);
  const filled = new Uint8Array(Math.ceil((1 << header.bits) / 8));
  let p = jsonEnd;
  let row = -1;
  while (p < file.length) {
    let gap = 0;
    for (let shift = 0; ; shift += 7) {
      const b = file[p++]!;
      gap |= (b & 0x7f) << shift;
      if (b < 0x80) break;
    }
    row += gap;
    const mask = file[p]! | (file[p + 1]! << 8) | (file[p + 2]! << 16);
    p += 3;
    if (mask !== 0) filled[row >>> 3]! |= 1 << (row & 7);
    const o = row * ROW_BYTES;
    // the mask's set bits, lowest first: a row holds a few of the tags' weights
    for (let m = mask; m !== 0; m &= m - 1) rows[o + 31 - Math.clz32(m & -m)] = (file[p++]! << 24) >> 24;
  }
  const hash = createHash('sha256').update(file).digest('hex').slice(0, 12);
  let emptyRow = 0;
  while (emptyRow < 1 << header.bits && filled[emptyRow >>> 3]! & (1 << (emptyRow & 7))) emptyRow++;
  const weights = { shift: 32 - header.bits, rows, stride: ROW_BYTES, words: new Int32Array(rows.buffer), filled, emptyRow };
  return { header, weights, wordClasses: new WordClassTable(header.gazetteer), hash };
}

/** The model shipped in the package (models/ner.bin beside src/ and dist/), read once. */
const MODEL_URL = new URL('../../../models/ner.bin', import.meta.url);
let shipped: Model | undefined;

export function shippedModel(): Model {
  shipped ??= decodeModel(readFileSync(MODEL_URL));
  return shipped;
}
