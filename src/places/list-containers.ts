import { CONTAINER_KINDS, type PlaceContext } from './context.js';
import type { PlaceMention } from './mention.js';
import { listed } from './list-items.js';

/** A list is read back over at most this many names from its last. */
const MAX_ITEMS = 8;

/**
 * "Caherbeg, Drumcarra and Kilbrannagh in County Kerry", "the towns of Malmsbury and Taradale in Victoria": a county, state or
 * country after "in" right behind the last name of a list of places holds every name of the list, the last one too,
 * as a container after a comma does (containers.ts); the resolver then places a name the gazetteer lacks there.
 * A name that has a container keeps it. `mentions` by start.
 */
export function linkListContainers(cx: PlaceContext, mentions: PlaceMention[]): void {
  for (let q = 1; q + 1 < mentions.length; q++) {
    const last = mentions[q]!;
    const container = mentions[q + 1]!;
    if (last.role === 'demonym' || container.start - last.end !== 4 || !cx.text.startsWith(' in ', last.end) || !container.matches.some((x) => cx.gaz.kindIn(x.index, CONTAINER_KINDS))) continue;
    let first = q;
    while (first > 0 && q - first < MAX_ITEMS && mentions[first - 1]!.role !== 'demonym' && listed(cx.text, mentions[first - 1]!, mentions[first]!)) first--;
    if (first === q) continue;
    for (let k = first; k <= q; k++) mentions[k]!.container ??= container;
  }
}
