import type { Region } from '../doc/document.js';
import type { PlaceContext } from './context.js';

/**
 * Participles a place's name is joined to by a hyphen to say where someone or something is from, based or going
 * ("a Tulsa-based charity", "the Bristol-born singer", "a Kyiv-bound convoy", "Dallas-area schools").
 */
const PLACE_PARTICIPLES = new Set(['based', 'born', 'bred', 'raised', 'headquartered', 'bound', 'area']);

/**
 * The hyphen and participle joined to the name ending at token j ("-based" of "Tulsa-based"), which make the name a
 * place whatever longer name the tagger read there; null when none follows.
 */
export function placeCompound(cx: PlaceContext, j: number): Region | null {
  const toks = cx.tokens;
  const hyphen = toks[j + 1];
  const word = toks[j + 2];
  if (hyphen?.norm !== '-' || !word || !cx.joined(j, j + 1) || !cx.joined(j + 1, j + 2) || !PLACE_PARTICIPLES.has(word.lower)) return null;
  return { start: hyphen.start, end: word.end };
}
