import type { Region } from '../doc/document.js';
import { withOrganisationRegions } from './organisation-regions.js';
import type { NameMention } from './merge.js';

/** A line of capitals alone (a title: "LA VOZ", "DIARIO 9", "THE HERALD") right before a digest's item ("- ..."). */
const TITLE_BEFORE_ITEM = /^(\p{Lu}[\p{Lu}\p{N}&'’.]*(?: [\p{Lu}\p{N}&'’.]+){0,5})\n-{1,2} /gmu;
/** What a press review says it is: "PRESS DIGEST", "stories in the Malian press", "Monday's Kenyan newspapers". */
const PRESS = /\b(?:press|PRESS|newspapers?|NEWSPAPERS?|dailies)\b/;

/**
 * The titles of a press digest (`entities/type-evidence`, the item after the title its cue): in a text that says
 * it reviews the press, with two or more of them, a line of capitals alone before the first item taken from it
 * ("CRONICA" above "- Port strike enters third week") is the newspaper's name, an ORG, whole ("GACETA
 * DEL NORTE"), whatever the tagger read there.
 */
export function withDigestTitles(text: string, mentions: NameMention[]): NameMention[] {
  if (!text.includes('\n-')) return mentions;
  const titles: Array<Region & { typedBy: Region }> = [];
  for (const m of text.matchAll(TITLE_BEFORE_ITEM)) {
    const item = m.index + m[0].length - 1;
    const dash = text[item - 2] === '-' ? item - 2 : item - 1;
    titles.push({ start: m.index, end: m.index + m[1]!.length, typedBy: { start: dash, end: item } });
  }
  if (titles.length < 2 || !PRESS.test(text)) return mentions;
  return withOrganisationRegions(mentions, titles, true);
}
