import type { PlaceContext } from './context.js';
import type { PlaceMention } from './mention.js';

/** What stands between two names of a list ("Pike and Lowndes", "Elm, Oak and Main"). */
const SEPARATORS = new Set([',', 'and', '&']);

/**
 * The last token of the list's name before the one opening at token `first`, past a separator or two (", and"); -1
 * when no capitalised name stands there.
 */
export function itemBefore(cx: PlaceContext, first: number): number {
  const toks = cx.tokens;
  let before = first - 1;
  while (before >= 0 && SEPARATORS.has(toks[before]!.lower) && before > first - 3) before--;
  return before === first - 1 || before < 0 || !cx.cap(before) ? -1 : before;
}

/** What stands between two place names of a list: a comma, "and", "or", "&" or a slash. */
const LIST_GAP = /^(?:,|,? and|,? or| ?&| ?\/) ?$/;
const MAX_LIST_GAP = 8;

/** Whether `b` follows `a` as the next name of a list ("Ely, Eye and Diss"). */
export function listed(text: string, a: PlaceMention, b: PlaceMention): boolean {
  return a.end <= b.start && b.start - a.end <= MAX_LIST_GAP && LIST_GAP.test(text.slice(a.end, b.start));
}
