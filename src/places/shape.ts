import { caseChanges, CHANGES_UNDER_LOWER, CHANGES_UNDER_UPPER } from '../doc/letter-case.js';

/** Letter case of a token, as bits: what capitals say about names. */
export const CAPITALISED = 1;
export const HAS_UPPER = 2;
export const ALL_CAPS = 4;
export const UNKNOWN = 255;

/** CAPITALISED | HAS_UPPER | ALL_CAPS (two capitals or more, no small letter) of a token's letters. */
export function letterShape(s: string): number {
  let upper = 0;
  let lower = 0;
  let first = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    let kind = 0;
    if (c >= 65 && c <= 90) kind = 1;
    else if (c >= 97 && c <= 122) kind = 2;
    else if (c > 127) kind = caseOf(c);
    if (kind === 1) upper++;
    else if (kind === 2) lower++;
    if (k === 0) first = kind;
  }
  return (first === 1 ? CAPITALISED : 0) | (upper > 0 ? HAS_UPPER : 0) | (upper >= 2 && lower === 0 ? ALL_CAPS : 0);
}

/** 1 for a capital, 2 for a small letter, 0 for anything else (one UTF-16 code unit). */
function caseOf(c: number): number {
  const bits = caseChanges(c);
  return bits & CHANGES_UNDER_LOWER ? 1 : bits & CHANGES_UNDER_UPPER ? 2 : 0;
}
