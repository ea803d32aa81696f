/**
 * The one key a place name is looked up by, at build time and at run time: accents stripped, lower case,
 * periods dropped ("U.S." → "us", "St. Louis" → "st louis"), hyphens and runs of spaces made one space.
 */
export function foldName(name: string): string {
  // ASCII words one space apart fold to their lower case: no regex for them
  let upper = false;
  for (let k = 0; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if (c === 32 ? k === 0 || k === name.length - 1 || name.charCodeAt(k - 1) === 32 : c >= 0x80 || ASCII_PUNCTUATION[c] === 1) return foldAccentsAndMarks(name);
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper ? name.toLowerCase() : name;
}

function foldAccentsAndMarks(name: string): string {
  const plain = NON_ASCII.test(name) ? name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : name;
  return foldLowerCase(plain.toLowerCase());
}

/**
 * foldName of a token, given its lower case, which is a plain ASCII word's fold. Any other's (accents, periods,
 * curly apostrophes) is remembered across documents, up to FOLDS_LIMIT tokens: news repeats them ("U.S.", "’s").
 */
export function foldToken(norm: string, lower: string): string {
  for (let k = 0; k < norm.length; k++) {
    const c = norm.charCodeAt(k);
    if (c >= 0x80 || ASCII_PUNCTUATION[c] === 1) return rememberedFold(norm);
  }
  return lower;
}

const folds = new Map<string, string>();
const FOLDS_LIMIT = 1 << 14;

function rememberedFold(norm: string): string {
  let f = folds.get(norm);
  if (f === undefined) {
    if (folds.size >= FOLDS_LIMIT) folds.clear();
    folds.set(norm, (f = foldName(norm)));
  }
  return f;
}

/** The punctuation part of foldName, on a name already without accents and in lower case. */
function foldLowerCase(lower: string): string {
  return PUNCTUATION.test(lower)
    ? lower
        .replace(/[’‘`´]/g, "'")
        .replace(/\./g, '')
        .replace(/[\s\-‐‑–—_]+/g, ' ')
        .trim()
    : lower;
}

const NON_ASCII = /[^\x00-\x7f]/;
const PUNCTUATION = /[’‘`´.\s\-‐‑–—_]/;
/** 1 for the ASCII characters PUNCTUATION matches */
const ASCII_PUNCTUATION = Uint8Array.from({ length: 0x80 }, (_, c) => (PUNCTUATION.test(String.fromCharCode(c)) ? 1 : 0));
