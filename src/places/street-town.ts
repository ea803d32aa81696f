import type { PlaceMention } from './mention.js';
import type { ArticleRegion, MentionWords, ResolvedPlace } from './article-region.js';
import { SITE_WORDS } from './words.js';

/** Words that end the name of a building or a site: a point in a town, as a street is ("St. Agnes Hospital"). */
const BUILDING_WORDS = new Set([
  ...SITE_WORDS, 'center', 'centre', 'hall', 'court', 'church', 'school', 'university', 'college', 'library', 'hotel',
  'theatre', 'theater', 'museum', 'house', 'cottage', 'tower', 'arena',
]);

/**
 * "a gallery on Wabash Avenue in Chicago": a street the article puts in no county or state (articleRegion) is in the
 * town named nearest it in its sentence, else in its paragraph; null when there is none. So is a building or a site the
 * tagger found ("Glenbrack Community Hospital"): a point, as a street is, not a river, a range or an island a town's
 * point would misplace, nor a village, which a story spread over a country puts nowhere. A town whose name opens the
 * building's ("the Glenbrack Civic Center") is the one it lies in, however far it is named. A person's name the tagger
 * also took for a town ("Brooks said") is no town of the story.
 */
export function streetTown(mentions: PlaceMention[], resolved: ResolvedPlace[], text: MentionWords): ArticleRegion | null {
  if (!mentions.every((m) => pointLike(m, text))) return null;
  for (let q = 0; q < mentions.length; q++) {
    const m = mentions[q]!;
    const town = namedFor(m, resolved) ?? nearestTown(m, text.sentence(m.start), resolved) ?? nearestTown(m, text.paragraph(m.start), resolved);
    if (town) return town;
  }
  return null;
}

/** The town of the article named nearest the mention between `start` and `end` (its sentence, its paragraph), or null. */
function nearestTown(m: PlaceMention, { start, end }: { start: number; end: number }, resolved: ResolvedPlace[]): ArticleRegion | null {
  let town: ResolvedPlace | null = null;
  let near: PlaceMention | null = null;
  let gap = Infinity;
  for (let q = 0; q < resolved.length; q++) {
    const r = resolved[q]!;
    if (r.place.featureKind !== 'city') continue;
    for (let n = 0; n < r.mentions.length; n++) {
      const x = r.mentions[n]!;
      if (x.role === 'demonym' || x.personOrOrg || x.start < start || x.start >= end) continue;
      const d = x.start < m.start ? m.start - x.end : x.start - m.end;
      if (d < gap) {
        gap = d;
        town = r;
        near = x;
      }
    }
  }
  return town && near && { place: town.place, score: 0, focus: near, near, places: 1 };
}

function pointLike(m: PlaceMention, text: MentionWords): boolean {
  if (m.rule === 'places/street') return true;
  if (m.rule !== 'places/tagger') return false;
  const words = text.words(m);
  return words.length > 1 && BUILDING_WORDS.has(words[words.length - 1]!);
}

/** The town of the article whose name opens the building's name, with the mention of it named first. */
function namedFor(m: PlaceMention, resolved: ResolvedPlace[]): ArticleRegion | null {
  for (let q = 0; q < resolved.length; q++) {
    const r = resolved[q]!;
    if (r.place.featureKind !== 'city') continue;
    const x = r.mentions.find((x) => x.role !== 'demonym' && !x.personOrOrg && m.key.startsWith(`${x.key} `));
    if (x) return { place: r.place, score: 0, focus: x, near: x, places: 1 };
  }
  return null;
}
