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
  if (!text.includes(') ') && !text.includes('), ')) return mentions;
  const teams: Array<Region & { typedBy: Region }> = [];
  for (const m of text.matchAll(ENTRANT_LINE)) {
    const team = m[1]!;
    const start = m.index + m[0].length - team.length;
    const open = text.lastIndexOf('(', start);
    teams.push({ start, end: start + team.length, typedBy: { start: open, end: text.indexOf(')', open) + 1 } });
  }
  return teams.length < 2 ? mentions : withOrganisationRegions(mentions, teams, false);
}
