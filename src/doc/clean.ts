/** Characters that copy-paste leaves inside words: soft hyphen, zero-width space/joiners, word joiner, BOM. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

export interface Cleaned {
  text: string;
  /** toRaw[i] is the index in the raw text of cleaned character i; null when nothing was removed. */
  toRaw: Int32Array | null;
}

/** Removes invisible characters so the tokenizer sees whole words; offsets map back through toRaw. */
export function clean(raw: string): Cleaned {
  INVISIBLE.lastIndex = 0;
  if (!INVISIBLE.test(raw)) return { text: raw, toRaw: null };
  INVISIBLE.lastIndex = 0;
  const toRaw = new Int32Array(raw.length + 1);
  let out = '';
  let n = 0;
  let from = 0;
  for (let m = INVISIBLE.exec(raw); m; m = INVISIBLE.exec(raw)) {
    for (let i = from; i < m.index; i++) toRaw[n++] = i;
    out += raw.slice(from, m.index);
    from = m.index + 1;
  }
  for (let i = from; i < raw.length; i++) toRaw[n++] = i;
  out += raw.slice(from);
  toRaw[n] = raw.length;
  return { text: out, toRaw: toRaw.subarray(0, n + 1) };
}
