import type { Region } from '../doc/document.js';
import { isCommonNoun, type PlaceContext } from './context.js';
import { EVIDENCE, PLACE_THRESHOLD } from './evidence.js';
import { foldName } from './fold.js';
import { placeMention, type PlaceMention } from './mention.js';

/** Nouns for a settlement that an apposition gives a name ("Foxholme, a hamlet north of Beverley"). */
const SETTLEMENT_NOUNS = new Set(['village', 'hamlet', 'town', 'townland', 'suburb', 'settlement', 'parish']);
/** Words between the article and the noun ("a small farming village", "a Flemish town"). */
const MAX_MODIFIERS = 2;
/** Capitalised words of the name before the comma. */
const MAX_NAME_WORDS = 3;
const WORD = /^\p{L}[\p{L}'’-]*$/u;

/**
 * "Foxholme, a hamlet three miles north of Beverley", "Ardmore, a small fishing village": a name an apposition calls
 * a settlement is a place. A place already found gains the apposition's weight; a name the tagger skipped or typed
 * as no person or organisation, which the gazetteer lacks, is proposed for the article's region (resolve.ts), as a
 * name after "the village of" is. Not when a noun follows ("Moss, a village postmistress": the noun is the person's).
 */
export function appositionPlaces(cx: PlaceContext, found: PlaceMention[]): PlaceMention[] {
  const toks = cx.tokens;
  const out: PlaceMention[] = [];
  // the comma after a capitalised word
  const caps = cx.capitals();
  for (let q = 0; q < caps.length; q++) {
    const last = caps[q]!;
    const c = last + 1;
    if (c + 2 >= toks.length) break;
    if (toks[c]!.norm !== ',') continue;
    const said = apposition(cx, c);
    if (!said) continue;
    let first = c - 1;
    while (first > 0 && c - first < MAX_NAME_WORDS && cx.cap(first - 1) && cx.adjacent(first - 1, first) && toks[first - 1]!.sentence === toks[c]!.sentence) first--;
    const start = toks[first]!.start;
    const end = toks[c - 1]!.end;
    const own = found.find((m) => m.role === 'mention' && m.end === end && m.start >= start);
    if (own) {
      own.placeWords ??= said;
      own.evidence += EVIDENCE.apposition;
      continue;
    }
    const name = cx.text.slice(start, end);
    if (!WORD.test(toks[first]!.norm) || cx.someNameAround(start, end, (b) => b.type === 'PERSON' || b.type === 'ORG') || cx.gaz.lookup(name).length > 0) continue;
    const m = placeMention(start, end, foldName(name), [], 'mention', PLACE_THRESHOLD, 'places/article-region');
    m.placeWords = said;
    out.push(m);
  }
  return out;
}

/** ", a hamlet" after a name, comma at token c: the comma to the settlement's noun; null when none follows. */
function apposition(cx: PlaceContext, c: number): Region | null {
  const toks = cx.tokens;
  const article = toks[c + 1]!.lower;
  if (article !== 'a' && article !== 'an') return null;
  for (let k = c + 2; k < toks.length && k <= c + 2 + MAX_MODIFIERS; k++) {
    const t = toks[k]!;
    if (SETTLEMENT_NOUNS.has(t.lower) && t.norm === t.lower) {
      const next = toks[k + 1];
      return next && cx.adjacent(k, k + 1) && isCommonNoun(next) ? null : { start: toks[c]!.start, end: t.end };
    }
    if (!WORD.test(t.norm)) return null;
  }
  return null;
}
