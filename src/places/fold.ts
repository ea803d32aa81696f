/**
 * The one key a place name is looked up by, at build time and at run time: accents stripped, lower case,
 * periods dropped ("U.S." → "us", "St. Louis" → "st louis"), hyphens and runs of spaces made one space.
 */
export function foldName(name: string): string {
  const plain = NON_ASCII.test(name) ? name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : name;
  return foldLowerCase(plain.toLowerCase());
}

/** foldName of a token, given its lower case too (which an ASCII token's fold starts from). */
export function foldToken(norm: string, lower: string): string {
  let punctuation = false;
  for (let k = 0; k < norm.length; k++) {
    const c = norm.charCodeAt(k);
    if (c >= 0x80) return foldName(norm);
    if (ASCII_PUNCTUATION[c] === 1) punctuation = true;
  }
  return punctuation ? foldLowerCase(lower) : lower;
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
