import { firstStartingAt } from '../doc/lookup.js';
import { kindSet } from './format.js';
import type { PlaceContext } from './context.js';
import type { PlaceMention } from './mention.js';
import { REGION_WORDS } from './words.js';

const COUNTY_KINDS = kindSet('admin2');
const REGION_KINDS = kindSet('admin1', 'admin2');
/** what a town may be read as and still sit in a region: none of its readings holds one */
const ABOVE_COUNTY = kindSet('country', 'admin1', 'continent');
const AFTER_NAME = /^,?\s+in\s+$/;

/**
 * "Pomfret in Windham County", "Drumkeeran in County Leitrim", "Kallar in Kollam district", "Ashby in
 * Leicestershire": a county or a state right after "in" that follows a place name holds it (linkContainers reads it
 * as it reads "Pomfret, Windham County"). Only a name that is nothing but a county or a state, or that has a county's
 * reading and its words call it one; only after a name none of whose readings is a country or a state, which the
 * tagger did not call a person or an organisation.
 */
export function regionAfterIn(cx: PlaceContext, mentions: PlaceMention[], a: PlaceMention): PlaceMention | null {
  const text = cx.text;
  // a cheap gate first: a space or a comma right after the name
  if (a.personOrOrg || (text.charCodeAt(a.end) !== 32 && text.charCodeAt(a.end) !== 44)) return null;
  const b = mentions[firstStartingAt(mentions, a.end + 1)];
  if (!b || b.start - a.end > 6 || b.role === 'demonym' || !AFTER_NAME.test(text.slice(a.end, b.start))) return null;
  const region = b.matches.every((x) => !x.demonym && cx.gaz.kindIn(x.index, REGION_KINDS));
  if (!region && !(b.matches.some((x) => cx.gaz.kindIn(x.index, COUNTY_KINDS)) && namesItsKind(cx, b))) return null;
  return b.matches.length > 0 && !a.matches.some((x) => cx.gaz.kindIn(x.index, ABOVE_COUNTY)) ? b : null;
}

/** The words say the mention is a region: "County Cork", "Meigs County", "Co. Kerry", "Kollam district". */
function namesItsKind(cx: PlaceContext, m: PlaceMention): boolean {
  if (m.kindHint === 'region') return true;
  const words = cx.text.slice(m.start, m.end).toLowerCase().split(/\s+/);
  return REGION_WORDS.has(words[words.length - 1]!) || REGION_WORDS.has(words[0]!);
}
