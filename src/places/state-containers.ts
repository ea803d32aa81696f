import type { Gazetteer, NameMatch, Place } from './gazetteer.js';
import { isMajorEntry } from './gazetteer-names.js';

/**
 * "Millbrook, Kansas" when the gazetteer's Millbrooks lie only in other states: a town under its cut, which the state
 * after the comma holds (resolve.ts puts it at the state, as for a village it lacks). Only when every reading of the
 * name by its own spelling is a town, none of them major: "Nevada, Ore." and "Iran, Miss." name no town the state
 * holds; another spelling of a county or of a city's district ("Greenwood" for Greenwood County) says nothing of it.
 */
export function onlyTowns(readings: ReadonlyArray<{ place: Place; match: NameMatch }>, gaz: Gazetteer): boolean {
  for (let k = 0; k < readings.length; k++) {
    if (!readings[k]!.match.primary) continue;
    const p = readings[k]!.place;
    if (p.featureKind !== 'city' || isMajorEntry(gaz, p.index)) return false;
  }
  return true;
}
