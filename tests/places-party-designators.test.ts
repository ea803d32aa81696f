import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { Location } from '../src/schema.js';

const located = (text: string): Location[] => extract(text, { explain: true }).locations;
const mentionsOf = (locations: Location[]): string[] => locations.flatMap((l) => l.mentions.map((m) => `${m.text}=${l.geo?.name ?? null}`));

describe("a state's short form after a party's letter and a hyphen is the lawmaker's state, read whole", () => {
  it('reads the short form with its periods, whatever the tokens split', () => {
    const cases = [
      ['Sen. Cory Booker, D-N.J., said the rail tunnel money was safe.', 'N.J.=New Jersey'],
      ['Sen. John Fetterman, D-Pa., called the ruling a disgrace on Tuesday.', 'Pa.=Pennsylvania'],
      ['The amendment, written by Sen. Gary Peters, D-Mich., failed by two votes.', 'Mich.=Michigan'],
      ['Sen. Kevin Cramer, R-N.D., voted against the package.', 'N.D.=North Dakota'],
      ['Rep. Maxine Waters (D-CA) asked the regulator to testify.', 'CA=California'],
    ] as const;
    for (const [text, expected] of cases) expect(mentionsOf(located(text)), text).toContain(expected);
  });

  it('cites the party letter as a locative and keeps a state named in full as the scan read it', () => {
    const locations = located('Sen. Ted Cruz, R-Texas, and Rep. Ro Khanna, D-Calif., wrote the letter.');
    expect(mentionsOf(locations)).toEqual(expect.arrayContaining(['Texas=Texas', 'Calif.=California']));
    const california = locations.find((l) => l.geo?.name === 'California');
    expect(california?.why?.rule).toBe('places/abbreviation');
  });

  it("lets no lawmaker's state pull the story's other places toward it", () => {
    const text =
      'The White House pressed senators on the bill on Monday. Sen. Marsha Blackburn, R-Tenn., and Sen. Mitch McConnell, R-Ky., met aides at the White House, and Sen. Rand Paul, R-Ky., stayed away.';
    const site = located(text).find((l) => l.name === 'White House');
    expect(site?.geo?.featureKind).toBe('facility');
    expect(site!.geo!.lat).toBeCloseTo(38.9, 0);
  });

  it('reads no state where no party letter stands before the hyphen', () => {
    expect(mentionsOf(located('The X-Pa. adapter and the T-Mobile store opened on Main Street.'))).not.toContain('Pa.=Pennsylvania');
  });
});
