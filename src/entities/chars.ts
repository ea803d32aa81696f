/** White space as `/\s/` has it, by UTF-16 code unit. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether the code unit at `i` of `text` is white space (false outside the text). */
export function isSpaceAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isSpace(text.charCodeAt(i));
}
