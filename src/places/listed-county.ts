import type { Place } from './gazetteer.js';

/**
 * "Dover and Kent County", "Athens-Clarke County": a town and a county named side by side are read, when they can
 * be, as the town and the county that holds it (Dover, Delaware, in Kent County, Delaware), whatever bigger
 * namesakes either has apart. Whether a reading of a name listed beside the group's (`beside`) is a county that
 * holds `place`, a town, or a town that `place`, a county, holds.
 */
export function countyListedWith(place: Place, beside: readonly Place[]): boolean {
  if (place.featureKind === 'city') return place.admin2 >= 0 && beside.some((o) => o.featureKind === 'admin2' && o.index === place.admin2);
  return place.featureKind === 'admin2' && beside.some((o) => o.featureKind === 'city' && o.admin2 === place.index);
}
