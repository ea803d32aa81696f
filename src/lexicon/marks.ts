/** Quote marks, dashes and invisible characters, as news text writes them. */

/** Marks that open a quote in double marks: curly, guillemet, low-9 („). */
export const DOUBLE_OPEN = new Set(['“', '«', '„']);
export const DOUBLE_CLOSE = new Set(['”', '»']);
/** Marks that open a quote in single marks (curly, single guillemet). */
export const SINGLE_OPEN = new Set(['‘', '‹']);
export const SINGLE_CLOSE = new Set(['’', '›']);
/** Every quote mark: the curly ones, the guillemets, and the straight '"' and "'" that both open and close. */
export const QUOTE_MARKS = new Set([...DOUBLE_OPEN, ...DOUBLE_CLOSE, ...SINGLE_OPEN, ...SINGLE_CLOSE, '"', "'"]);

/** The possessive "'s" (straight or curly) as a token of its own. */
export const isPossessiveS = (norm: string): boolean => norm === "'s" || norm === '’s';

/** Dashes: em, en, the horizontal bar, and two hyphens. One hyphen is a dash only with space on both sides (see isDash). */
const DASHES = new Set(['—', '–', '―', '--']);
const SPACE = /\s/;

/**
 * Whether a token is a dash: "Kall -- co-editor of a book -- said", "Croatia - Luka Brnjac" (a hyphen with space on
 * both sides), but not the hyphen that joins "well-known".
 */
export function isDash(t: { norm: string; start: number; end: number }, text: string): boolean {
  if (DASHES.has(t.norm)) return true;
  return t.norm === '-' && SPACE.test(text[t.start - 1] ?? '') && SPACE.test(text[t.end] ?? '');
}

/** Characters that copy-paste leaves inside words: soft hyphen, zero-width space and joiners, word joiner, BOM. */
const INVISIBLE_CODES = [0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];
const INVISIBLE_CLASS = INVISIBLE_CODES.map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('');
const INVISIBLE_SET = new Set(INVISIBLE_CODES);

export const isInvisible = (code: number): boolean => INVISIBLE_SET.has(code);
/** Any invisible character. */
export const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`);
/** Every invisible character (global: for replace). */
export const EVERY_INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`, 'g');
/** A character a reader sees: neither white space nor invisible. */
export const VISIBLE = new RegExp(`[^\\s${INVISIBLE_CLASS}]`);
