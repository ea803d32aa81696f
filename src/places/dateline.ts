import type { Region } from '../doc/document.js';
import { overlaps } from '../doc/span.js';
import { foldName } from './fold.js';
import type { PlaceContext } from './context.js';
import { placeMention, type PlaceMention } from './mention.js';

/** The dateline's place is a strong mention with the dateline role, and a city unless the words say otherwise. */
export function markDateline(cx: PlaceContext, mentions: PlaceMention[], place: Region): void {
  const hit = mentions.find((m) => overlaps(m, place));
  if (hit) {
    hit.role = 'dateline';
    hit.strength = 'strong';
    hit.kindHint ??= 'city';
    hit.rule = 'places/dateline';
    return;
  }
  const surface = cx.text.slice(place.start, place.end);
  const matches = cx.gaz.lookup(surface).filter((m) => !m.demonym && (!m.abbreviation || m.primary));
  const dateline = placeMention(place.start, place.end, foldName(surface), matches, 'dateline', 'strong', 'places/dateline');
  dateline.kindHint = 'city';
  mentions.push(dateline);
}
