import type { Gazetteer, Place } from './gazetteer.js';
import type { PlaceMention } from './mention.js';
import type { ResolvedPlace } from './article-region.js';
import { distanceKm } from './distance.js';

/** Kind words of a water body or an upland, before its name ("Lake Arden", "River Arden", "Mount Elgin") or after it ("Arden Reservoir"). */
const KIND_BEFORE = new Set(['lake', 'loch', 'lough', 'river', 'mount', 'mt']);
const KIND_AFTER = new Set(['lake', 'lakes', 'reservoir', 'river', 'creek', 'hills', 'mountain', 'mountains']);

/** How near one of the article's places a water body, an upland or a town of the bare name must lie. */
const FEATURE_KM = { natural: 300, town: 100 };
const NATURAL_KINDS = new Set(['water', 'landform']);
const TOWN_KINDS = new Set(['city', 'admin2']);
/** The article's places a namesake is measured against: points, not a state's or a country's centre. */
const POINT_KINDS = new Set(['city', 'admin2', 'water', 'landform', 'facility', 'other']);

/** A feature the gazetteer lacks put at an entry of its bare name: the entry, and the article's place nearest it. */
export interface FeatureNamesake {
  place: Place;
  /** a water body or an upland: preferred to the article's region, which a town of the name is not */
  natural: boolean;
  near: PlaceMention;
  km: number;
}

/** The name without its kind word ("lake arden" → "arden"), from a mention's folded key; null when it has none. */
export function bareFeatureName(key: string): string | null {
  const words = key.split(' ');
  if (words.length < 2) return null;
  if (KIND_BEFORE.has(words[0]!.replace(/\.$/, ''))) return words.slice(1).join(' ');
  if (KIND_AFTER.has(words[words.length - 1]!)) return words.slice(0, -1).join(' ');
  return null;
}

/**
 * "Arden Reservoir" or "Lake Arden", which the gazetteer lacks under its whole name: an entry of the bare name
 * ("Arden") near the article's places, a water body or an upland first (within FEATURE_KM.natural), else the town or
 * county the feature is named after, within FEATURE_KM.town of the article's places or in a state that holds one of
 * them. A reservoir named after a town lies by it; a far namesake says nothing.
 */
export function featureNamesake(mentions: PlaceMention[], resolved: ResolvedPlace[], gaz: Gazetteer): FeatureNamesake | null {
  const bare = bareFeatureName(mentions[0]!.key);
  if (bare === null) return null;
  const matches = gaz.lookup(bare);
  if (matches.length === 0) return null;
  const points = resolved.filter((r) => POINT_KINDS.has(r.place.featureKind));
  const states = new Set(resolved.map((r) => (r.place.featureKind === 'admin1' ? r.place.index : r.place.admin1)));
  let best: FeatureNamesake | null = null;
  for (let q = 0; q < matches.length; q++) {
    const p = gaz.place(matches[q]!.index);
    const natural = NATURAL_KINDS.has(p.featureKind);
    if (!natural && !TOWN_KINDS.has(p.featureKind)) continue;
    let nearest: ResolvedPlace | null = null;
    let km = Infinity;
    for (let n = 0; n < points.length; n++) {
      const r = points[n]!;
      const d = distanceKm(p.lat, p.lon, r.place.lat, r.place.lon);
      if (d < km) [nearest, km] = [r, d];
    }
    const inState = !natural && p.admin1 >= 0 && states.has(p.admin1);
    if (km > (natural ? FEATURE_KM.natural : FEATURE_KM.town) && !inState) continue;
    if (!best || (natural && !best.natural) || (natural === best.natural && km < best.km)) {
      const near = nearest ?? resolved.find((r) => r.place.index === p.admin1)!;
      best = { place: p, natural, near: near.mentions[0]!, km };
    }
  }
  return best;
}
