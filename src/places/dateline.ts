import type { Region } from '../doc/document.js';
import { overlaps } from '../doc/span.js';
import { foldName } from './fold.js';
import type { PlaceContext } from './context.js';
import { makeStrong, placeMention, type PlaceMention } from './mention.js';
import { PLACE_THRESHOLD } from './evidence.js';

/** The dateline's place is a strong mention with the dateline role, and a city unless the words say otherwise. */
export function markDateline(cx: PlaceContext, mentions: PlaceMention[], place: Region): void {
  const hit = mentions.find((m) => overlaps(m, place));
  if (hit) {
    hit.role = 'dateline';
    makeStrong(hit);
    hit.kindHint ??= 'city';
    hit.rule = 'places/dateline';
    return;
  }
  const surface = cx.text.slice(place.start, place.end);
  const matches = cx.gaz.lookup(surface).filter((m) => !m.demonym && (!m.abbreviation || m.primary));
  const dateline = placeMention(place.start, place.end, foldName(surface), matches, 'dateline', PLACE_THRESHOLD, 'places/dateline');
  dateline.kindHint = 'city';
  mentions.push(dateline);
}
