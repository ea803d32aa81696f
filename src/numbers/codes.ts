/** Digits that are codes, not figures: phone numbers ("668-4539", "(217) 555-0134", "+1 202 555 0199"). */
const PHONE = /(?<![\d-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{3}\)[ .-]?|\d{3}[ .-])?\d{3}[.-]\d{4}(?![\d-])|(?<![\d-])\+\d{1,3}(?:[ .-]\d{2,4}){2,4}(?![\d-])/g;

export function findCodes(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(text); m; m = PHONE.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
