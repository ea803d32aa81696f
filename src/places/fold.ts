/**
 * The one key a place name is looked up by, at build time and at run time: accents stripped, lower case,
 * periods dropped ("U.S." → "us", "St. Louis" → "st louis"), hyphens and runs of spaces made one space.
 */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\./g, '')
    .replace(/[\s\-‐‑–—_]+/g, ' ')
    .trim();
}
