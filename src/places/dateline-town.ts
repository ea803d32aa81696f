import type { PlaceMention } from './mention.js';

/**
 * "GLENBRACK — ... the Glenbrack fire station": a name the gazetteer lacks that opens the story as its dateline and
 * that the body names again is the town the story was filed from, a place whatever words stand round it. A dateline
 * alone is no such evidence: a headline's slug ("PRESS DIGEST -") reads as one.
 */
export function datelineTown(mentions: PlaceMention[]): boolean {
  let dateline = false;
  let body = false;
  for (let k = 0; k < mentions.length; k++) {
    if (mentions[k]!.role === 'dateline') dateline = true;
    else if (mentions[k]!.role === 'mention') body = true;
  }
  return dateline && body;
}
