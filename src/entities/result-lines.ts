import type { Region } from '../doc/document.js';
import { withOrganisationRegions } from './organisation-regions.js';
import { isNationalPlaceName } from './evidence.js';
import type { NameMention } from './merge.js';

/** A side's word: capitalised, with the marks clubs' names hold ("Fenwick's F.P.", "Avon-Vale", "St. Mirren"). */
const WORD = String.raw`\p{Lu}[\p{L}\p{N}'’.&-]*`;
/** A side's name: up to five words, lower-case connectors between them, and a bracketed code ("Zora (NS)"). */
const SIDE = String.raw`${WORD}(?: (?:(?:of|the|de|del|la|and|&) ){0,2}${WORD}){0,4}(?: \(\p{Lu}{1,3}\))?`;
/** A line that is one match's result and nothing else: "Harbury 24 Kestrel Vale 19", "Dunmore 2 Velika (K) 1". */
const RESULT_LINE = new RegExp(String.raw`^(${SIDE}) (\d{1,3}) (${SIDE}) (\d{1,3})$`, 'gmu');
/** A standings row: a side, then six or more whole-number columns (played, won, drawn, lost, for, against, points). */
const STANDINGS_ROW = new RegExp(String.raw`^(${SIDE})((?: \d{1,3}){6,})$`, 'gmu');

/**
 * The sides of a results table (`entities/type-evidence`, the score its cue): in a line that holds one match's
 * result and nothing else ("Harbury 24 Kestrel Vale 19"), in a document with two such lines or more (one alone may be a
 * table of figures: "Price 12 Volume 300"), and, in such a document, a standings row's name
 * before its columns, the whole side is one name, an organisation (its club), whatever the tagger read in it or
 * left out: a surname ("Ashby 45 ..."), a town ("Tarnwick 107 ..."), a code that tells two clubs apart ("Velika
 * (Z)"). A country's, a continent's or a state's side is left as read (a national side is the place, CoNLL's
 * convention).
 */
export function withResultSides(text: string, mentions: NameMention[]): NameMention[] {
  if (!hasScoreAtBreak(text)) return mentions;
  const sides: Array<Region & { typedBy: Region }> = [];
  for (const m of text.matchAll(RESULT_LINE)) {
    const first = m.index;
    const second = first + m[1]!.length + m[2]!.length + 2;
    sides.push(side(first, m[1]!, second - m[2]!.length - 1, m[2]!));
    sides.push(side(second, m[3]!, second + m[3]!.length + 1, m[4]!));
  }
  if (sides.length < 4) return mentions;
  for (const m of text.matchAll(STANDINGS_ROW)) sides.push(side(m.index, m[1]!, m.index + m[1]!.length + 1, m[2]!.trimStart().split(' ')[0]!));
  const clubs = sides.filter((s) => !isNationalPlaceName(text.slice(s.start, s.end)));
  if (clubs.length === 0) return mentions;
  return withOrganisationRegions(mentions, clubs, false);
}

/**
 * What ends every result line but the text's last, read first: a score's digit right before a line's break. Each
 * break found by itself (measured: four times faster than a scan of the text for the two characters).
 */
function hasScoreAtBreak(text: string): boolean {
  for (let at = text.indexOf('\n', 1); at >= 0; at = text.indexOf('\n', at + 1)) {
    const c = text.charCodeAt(at - 1);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function side(start: number, name: string, scoreAt: number, score: string): Region & { typedBy: Region } {
  return { start, end: start + name.length, typedBy: { start: scoreAt, end: scoreAt + score.length } };
}
