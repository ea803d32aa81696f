/** Bits of caseChanges(): what changes a UTF-16 code unit. */
export const CHANGES_UNDER_UPPER = 1;
export const CHANGES_UNDER_LOWER = 2;
const KNOWN = 4;

/** Per code unit, filled on first sight (a pure cache): the hot paths ask this of every non-ASCII letter. */
const bitsByUnit = new Uint8Array(0x10000);

/** Whether toUpperCase and toLowerCase change the code unit c, as CHANGES_UNDER_* bits. */
export function caseChanges(c: number): number {
  let bits = bitsByUnit[c]!;
  if (bits === 0) {
    const ch = String.fromCharCode(c);
    bits = KNOWN | (ch !== ch.toUpperCase() ? CHANGES_UNDER_UPPER : 0) | (ch !== ch.toLowerCase() ? CHANGES_UNDER_LOWER : 0);
    bitsByUnit[c] = bits;
  }
  return bits;
}
