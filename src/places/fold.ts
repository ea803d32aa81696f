/**
 * The one key a place name is looked up by, at build time and at run time: accents stripped, lower case,
 * periods dropped ("U.S." → "us", "St. Louis" → "st louis"), hyphens and runs of spaces made one space.
 */
export function foldName(name: string): string {
  const plain = NON_ASCII.test(name) ? name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : name;
  const lower = plain.toLowerCase();
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
