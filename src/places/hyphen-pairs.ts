import type { PlaceContext } from './context.js';

/**
 * "Chile-Peru relations", "the Greenville-Spartanburg airport", "the University of Wisconsin-Madison": the name at token
 * i follows a hyphen joined to a word the gazetteer knows as a place's or a people's (a space may follow the hyphen,
 * "Greek- Turkish"). Two places joined so are each a place, though the tagger reads the pair as one longer name, whose
 * first word only the scan would otherwise take. A cheap test first: most names follow no hyphen.
 */
export function pairedAfterHyphen(cx: PlaceContext, i: number): boolean {
  if (i < 2 || cx.tokens[i - 1]!.norm !== '-' || !cx.joined(i - 2, i - 1) || !cx.adjacent(i - 1, i) || !cx.cap(i - 2)) return false;
  return cx.gaz.lookup(cx.tokens[i - 2]!.norm).some((m) => m.primary || m.demonym);
}
