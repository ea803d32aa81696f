import { gazetteer } from '../places/gazetteer.js';

/** A club's town is a city: the gazetteer knows it as one of CITY_POPULATION people or more ("Swansea"; not "Bay"). */
const CITY_POPULATION = 100_000;
const CLUB_ENDS = [' City', ' Town'];

/**
 * "Swansea City", "Ipswich Town": a city's name and "City" or "Town" that the gazetteer does not know as a place
 * of its own is a club's name (named after its city), an organisation; "Kansas City", "Cape Town", "Bay City" are
 * places it knows.
 */
export function isTownClub(name: string): boolean {
  const end = CLUB_ENDS.find((e) => name.endsWith(e));
  if (!end) return false;
  const town = name.slice(0, -end.length);
  if (!/^\p{Lu}\p{Ll}/u.test(town)) return false;
  const g = gazetteer();
  if (g.lookup(name).length > 0) return false;
  return g.lookup(town).some((m) => !m.commonWord && g.kindOf(m.index) === 'city' && g.populationOf(m.index) >= CITY_POPULATION);
}
