import type { Place } from './gazetteer.js';

/** Whether `inner` lies inside the country or admin region `outer`. */
export function within(inner: Place, outer: Place): boolean {
  if (inner.index === outer.index) return false;
  switch (outer.featureKind) {
    case 'country':
      return inner.countryCode === outer.countryCode;
    case 'admin1':
      return inner.admin1 === outer.index;
    case 'admin2':
      return inner.admin2 === outer.index;
    default:
      return false;
  }
}
