import { isWhiteSpace as isSpace } from '../doc/clean.js';
import { firstStartingAt } from '../doc/lookup.js';
import { foldName } from './fold.js';
import { CONTAINER_KINDS, type PlaceContext } from './context.js';
import { isStrong, makeStrong, placeMention, type PlaceMention } from './mention.js';
import { EVIDENCE } from './evidence.js';
import { regionAfterIn } from './region-after-in.js';

const COMMA = 44;

/**
 * "Springfield, Illinois", "Gary, Ind.", "Paris, Texas": the place after the comma contains the one before; so
 * does a county or a state after "in" ("Pomfret in Windham County": region-after-in.ts). Short forms ("Ind.", "TX")
 * count only here, so they are looked up here; `mentions` (by start) gains those.
 */
export function linkContainers(cx: PlaceContext, mentions: PlaceMention[]): void {
  const added: PlaceMention[] = [];
  for (let q = 0; q < mentions.length; q++) {
    const a = mentions[q]!;
    if (a.role === 'demonym') continue;
    const county = regionAfterIn(cx, mentions, a);
    if (county) {
      // a county or a state by its words or by every reading: a name the gazetteer has only elsewhere goes in it
      // (resolve.ts' namedRegion)
      county.kindHint = 'region';
      link(a, county);
      continue;
    }
    const at = afterComma(cx.text, a.end);
    if (at < 0) continue;
    let b = lastStartingAt(mentions, at);
    if (!b || !canContain(cx, b)) {
      const abbreviation = abbreviationAt(cx, at, a.evidence);
      if (abbreviation && b) {
        // "Ga." was read as a place of its own; it is Georgia here
        Object.assign(b, { end: abbreviation.end, key: abbreviation.key, matches: abbreviation.matches, role: 'mention', rule: abbreviation.rule });
        b.entityId ??= abbreviation.entityId;
      } else if (abbreviation) {
        b = abbreviation;
        added.push(b);
      }
    }
    // "Hennepin, Ramsey and Dakota counties": one list's counties (county-lists.ts), none inside another
    if (!b || b.role === 'demonym' || !canContain(cx, b) || (a.placeWords !== null && a.placeWords === b.placeWords)) continue;
    link(a, b);
  }
  mentions.push(...added);
  mentions.sort((x, y) => x.start - y.start);
}

function link(a: PlaceMention, b: PlaceMention): void {
  a.container = b;
  // "Springfield, Illinois" read as a list of two: a container is none
  if (a.listedWith === b) unlist(a);
  if (b.listedWith === a) unlist(b);
  if (isStrong(a)) makeStrong(b);
}

function unlist(m: PlaceMention): void {
  m.listedWith = null;
  m.evidence -= EVIDENCE.list;
}

/** The offset after the comma at `end` and the spaces, up to three, that follow it; -1 when no comma is there. */
function afterComma(text: string, end: number): number {
  if (text.charCodeAt(end) !== COMMA) return -1;
  const limit = Math.min(end + 4, text.length);
  let at = end + 1;
  while (at < limit && isSpace(text.charCodeAt(at))) at++;
  return at;
}

function canContain(cx: PlaceContext, m: PlaceMention): boolean {
  return m.matches.some((x) => cx.gaz.kindIn(x.index, CONTAINER_KINDS));
}

/** A state's short form starting at `at` ("Ga.", "TX"), as a mention of the evidence of the place it contains. */
function abbreviationAt(cx: PlaceContext, at: number, evidence: number): PlaceMention | null {
  const first = cx.tokenStartingAt(at);
  if (first < 0 || !cx.upper(first)) return null;
  for (let last = Math.min(first + 1, cx.tokens.length - 1); last >= first; last--) {
    if (last > first && !cx.adjacent(first, last)) continue;
    const end = cx.tokens[last]!.end;
    const surface = cx.text.slice(at, end);
    const matches = cx.gaz.lookup(surface).filter((m) => m.abbreviation && cx.gaz.kindOf(m.index) === 'admin1');
    if (matches.length === 0) continue;
    // a bare postal code must be upper case ("TX"); the AP forms carry a period ("Tex.")
    if (!/\./.test(surface) && surface !== surface.toUpperCase()) continue;
    const m = placeMention(at, end, foldName(surface), matches, 'mention', evidence, 'places/abbreviation');
    m.entityId = cx.placeEntityAt(at, end);
    return m;
  }
  return null;
}

/** The last of `mentions` (sorted by start) that starts at `offset`. */
function lastStartingAt(mentions: PlaceMention[], offset: number): PlaceMention | undefined {
  let k = firstStartingAt(mentions, offset);
  if (mentions[k]?.start !== offset) return undefined;
  while (mentions[k + 1]?.start === offset) k++;
  return mentions[k];
}
