import type { Doc } from '../../doc/document.js';
import { hashString, mix } from './hash.js';
import { readViews } from './views.js';

/** Feature templates computed once per token, before decoding (each token gets exactly STATIC_FEATURES). */
const T = {
  bias: 0,
  lower: 1,
  form: 2,
  shape: 3,
  prefix: 4, // 4..7: prefixes of 1..4 letters
  suffix: 8, // 8..11: suffixes of 1..4 letters
  lowerPrev: 12,
  lowerNext: 13,
  lowerPrev2: 14,
  lowerNext2: 15,
  shapePrev: 16,
  shapeNext: 17,
  shapePrev2: 18,
  shapeNext2: 19,
  shapePrevCur: 20,
  shapeCurNext: 21,
  pos: 22,
  posPrev: 23,
  posNext: 24,
  bigramPrev: 25,
  bigramNext: 26,
  line: 27,
  seen: 28,
  shapeLine: 29,
  possessive: 30,
  posShape: 31,
} as const;
export const STATIC_FEATURES = 32;

/** Templates that read the tags already chosen to the left (greedy decoding). */
export const HISTORY_FEATURES = 4;
const H_PREV = 40;
const H_PREV2 = 41;
const H_PREV_LOWER = 42;
const H_PREV_SHAPE = 43;

const START = hashString('<s>');
const END = hashString('</s>');

/** "Xxx", "XX", "dd-dd", "X.X.": characters by class, runs longer than two cut to two. */
export function shapeOf(w: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < w.length; i++) {
    const ch = w[i]!;
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch >= 'a' && ch <= 'z') c = 'x';
    else if (ch >= 'A' && ch <= 'Z') c = 'X';
    else if (ch !== ch.toLowerCase()) c = 'X';
    else if (ch !== ch.toUpperCase()) c = 'x';
    else c = ch;
    if (c === last) {
      if (++run > 2) continue;
    } else {
      last = c;
      run = 1;
    }
    out += c;
  }
  return out;
}

/** The hashed static features of every token of a document, STATIC_FEATURES per token, plus what history needs. */
export interface DocFeatures {
  count: number;
  features: Uint32Array;
  /** per token: hash of the lower-case word and of the shape (for history features) */
  lower: Uint32Array;
  shape: Uint32Array;
}

export function docFeatures(doc: Doc): DocFeatures {
  const tokens = doc.tokens;
  const n = tokens.length;
  const v = readViews(doc);
  const lower = new Uint32Array(n);
  const shape = new Uint32Array(n);
  const pos = new Uint32Array(n);
  const lowers: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const l = v.word[i]!.toLowerCase().replace(/[0-9]/g, '0');
    lowers[i] = l;
    lower[i] = hashString(l);
    shape[i] = hashString(shapeOf(v.form[i]!));
    pos[i] = hashString(tokens[i]!.pos);
  }
  const f = new Uint32Array(n * STATIC_FEATURES);
  for (let i = 0; i < n; i++) {
    const s = tokens[i]!.sentence;
    const hasPrev = i > 0 && tokens[i - 1]!.sentence === s;
    const hasPrev2 = hasPrev && i > 1 && tokens[i - 2]!.sentence === s;
    const hasNext = i + 1 < n && tokens[i + 1]!.sentence === s;
    const hasNext2 = hasNext && i + 2 < n && tokens[i + 2]!.sentence === s;
    const lp = hasPrev ? lower[i - 1]! : START;
    const ln = hasNext ? lower[i + 1]! : END;
    const sp = hasPrev ? shape[i - 1]! : START;
    const sn = hasNext ? shape[i + 1]! : END;
    const l = lowers[i]!;
    const o = i * STATIC_FEATURES;
    f[o + T.bias] = mix(T.bias, 0);
    f[o + T.lower] = mix(T.lower, lower[i]!);
    f[o + T.form] = mix(T.form, hashString(v.form[i]!));
    f[o + T.shape] = mix(T.shape, shape[i]!);
    for (let k = 1; k <= 4; k++) {
      f[o + T.prefix + k - 1] = mix(T.prefix + k - 1, hashString(l.slice(0, k)));
      f[o + T.suffix + k - 1] = mix(T.suffix + k - 1, hashString(l.slice(-k)));
    }
    f[o + T.lowerPrev] = mix(T.lowerPrev, lp);
    f[o + T.lowerNext] = mix(T.lowerNext, ln);
    f[o + T.lowerPrev2] = mix(T.lowerPrev2, hasPrev2 ? lower[i - 2]! : START);
    f[o + T.lowerNext2] = mix(T.lowerNext2, hasNext2 ? lower[i + 2]! : END);
    f[o + T.shapePrev] = mix(T.shapePrev, sp);
    f[o + T.shapeNext] = mix(T.shapeNext, sn);
    f[o + T.shapePrev2] = mix(T.shapePrev2, hasPrev2 ? shape[i - 2]! : START);
    f[o + T.shapeNext2] = mix(T.shapeNext2, hasNext2 ? shape[i + 2]! : END);
    f[o + T.shapePrevCur] = mix(T.shapePrevCur, sp, shape[i]!);
    f[o + T.shapeCurNext] = mix(T.shapeCurNext, shape[i]!, sn);
    f[o + T.pos] = mix(T.pos, pos[i]!);
    f[o + T.posPrev] = mix(T.posPrev, hasPrev ? pos[i - 1]! : START);
    f[o + T.posNext] = mix(T.posNext, hasNext ? pos[i + 1]! : END);
    f[o + T.bigramPrev] = mix(T.bigramPrev, lp, lower[i]!);
    f[o + T.bigramNext] = mix(T.bigramNext, lower[i]!, ln);
    f[o + T.line] = mix(T.line, v.lineKind[i]! * 4 + v.linePos[i]!);
    f[o + T.seen] = mix(T.seen, v.seen[i]! * 2 + v.caseUnknown[i]!, shape[i]!);
    f[o + T.shapeLine] = mix(T.shapeLine, shape[i]!, v.lineKind[i]! * 4 + v.linePos[i]!);
    f[o + T.possessive] = mix(T.possessive, v.possessive[i]!, shape[i]!);
    f[o + T.posShape] = mix(T.posShape, pos[i]!, shape[i]!);
  }
  return { count: n, features: f, lower, shape };
}

/** The history features of token i given the two tags before it. */
export function historyFeatures(d: DocFeatures, i: number, prev: number, prev2: number, out: Uint32Array): void {
  out[0] = mix(H_PREV, prev);
  out[1] = mix(H_PREV2, prev2 * 32 + prev);
  out[2] = mix(H_PREV_LOWER, prev, d.lower[i]!);
  out[3] = mix(H_PREV_SHAPE, prev, d.shape[i]!);
}
