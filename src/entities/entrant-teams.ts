import type { Region } from '../doc/document.js';
import { withOrganisationRegions } from './organisation-regions.js';
import type { NameMention } from './merge.js';

/** A capitalised word of a person's or a team's name: "Zanardi", "Mercedes-Benz", "Jr", "O'Neill". */
const WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
/**
 * A ranked entrant's line: the rank, the entrant (capitalised words, "de" and "van" between), the nationality in
 * brackets, then the team, ended by a comma or a figure: "3. Lena Ortiz (Spain), Alpine Renault, 1:32.118".
 */
const ENTRANT_LINE = new RegExp(
  String.raw`^\d{1,3}\.? +${WORD}(?: (?:(?:de|da|van|von|der|le|la) )?${WORD}){0,4} \(${WORD}(?: ${WORD}){0,2}\),? (${WORD}(?: ${WORD}){0,3})(?=,| \d)`,
  'gmu',
);

/**
 * The teams of a table of ranked entrants (`entities/type-evidence`, the nationality its cue): in a line that
 * ranks a rider, a driver or a runner with the nationality in brackets ("3. Lena Ortiz (Spain), Alpine Renault,
 * 1:32.118"), the capitalised words after the brackets, up to a comma or the figures, are the entrant's team or
 * make, an organisation, whatever the tagger read in them (two capitalised words read as a person's name,
 * "Penske Honda"). A document with two such lines or more: one alone may be a sentence.
 */
export function withEntrantTeams(text: string, mentions: NameMention[]): NameMention[] {
  if ((!text.includes(') ') && !text.includes('), ')) || !hasLineOpeningWithFigure(text)) return mentions;
  const teams: Array<Region & { typedBy: Region }> = [];
  for (const m of text.matchAll(ENTRANT_LINE)) {
    const team = m[1]!;
    const start = m.index + m[0].length - team.length;
    const open = text.lastIndexOf('(', start);
    teams.push({ start, end: start + team.length, typedBy: { start: open, end: text.indexOf(')', open) + 1 } });
  }
  return teams.length < 2 ? mentions : withOrganisationRegions(mentions, teams, false);
}

/** The line breaks ENTRANT_LINE's `^` stands after. */
const LINE_BREAKS = ['\n', '\r', '\u2028', '\u2029'];
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Whether a line of the text opens with a figure, as an entrant's rank does: each break found by itself before the
 * line is read whole (measured: a fifth of the time of ENTRANT_LINE's scan of a text with no such line).
 */
function hasLineOpeningWithFigure(text: string): boolean {
  if (isDigit(text.charCodeAt(0))) return true;
  for (const br of LINE_BREAKS) for (let at = text.indexOf(br); at >= 0; at = text.indexOf(br, at + 1)) if (isDigit(text.charCodeAt(at + 1))) return true;
  return false;
}
