import type { PlaceMention } from './mention.js';

/** The folded era marks a year carries that a province's code shares ("B.C.", "BC", "BCE"). */
const ERA_KEYS: ReadonlySet<string> = new Set(['bc', 'bce']);
const SPACE = /\s/;

/**
 * "built between 320 and 180 B.C.", "from 700 BC": an era after a year is a date's, not British Columbia. Only right
 * after a number, so "Vancouver, B.C." and "B.C. Hydro" stay.
 */
export function eraMark(text: string, m: PlaceMention): boolean {
  if (!ERA_KEYS.has(m.key)) return false;
  let at = m.start - 1;
  while (at >= 0 && SPACE.test(text[at]!)) at--;
  const c = text.charCodeAt(at);
  return at < m.start - 1 && c >= 48 && c <= 57;
}
