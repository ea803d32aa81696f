import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { createDoc } from '../src/doc/document.js';
import { typeEvidence } from '../src/entities/evidence.js';

const LEAD = 'LONDON, Dec 6 (Reuters) - ';
const entity = (body: string, name: string) => extract(LEAD + body, { explain: true }).entities.find((e) => e.name === name);

/** The type evidence for `name` read as a place (the tagger reads many such towns as clubs itself), and its cue's text. */
function asPlace(body: string, name: string): { type: string; cue: string } | null {
  const doc = createDoc(LEAD + body);
  const first = doc.tokens.findIndex((t) => t.norm === name);
  const t = doc.tokens[first]!;
  const found = typeEvidence(doc, { start: t.start, end: t.end, type: 'LOC', first, last: first + 1, caps: false });
  return found && { type: found.type, cue: doc.tokens[found.token]!.norm };
}

/** The name is an organisation, and read as a place it is typed so by the word `cue`. */
function expectOrganisation(body: string, name: string, cue: string): void {
  expect(entity(body, name)?.type).toBe('ORG');
  expect(asPlace(body, name)).toEqual({ type: 'ORG', cue });
}

describe('a town named as a side in a match result is its club', () => {
  it.each([
    ['Bristol lost to Cardiff 2-1 on Friday.', 'Bristol', 'lost'],
    ['Reading edged Exeter 1-0 at home.', 'Reading', 'edged'],
    ['Reading edged Exeter 1-0 at home.', 'Exeter', 'edged'],
    ['Coventry celebrated a 4-1 win over Stoke on Tuesday night.', 'Stoke', '4-1'],
  ])('reads "%s" with %s as an organisation, the result its cue', expectOrganisation);

  it('keeps the club type for the same name later in the report', () => {
    const club = entity('Bristol lost to Cardiff 2-1 on Friday. The result leaves Bristol in 15th place.', 'Bristol');
    expect(club?.type).toBe('ORG');
    expect(club?.mentions).toHaveLength(2);
  });
});

describe('a town before a player’s position and a name is the club', () => {
  it('reads "Norwich striker Josh Sargent" as the club and the player', () => {
    const x = extract(LEAD + 'Norwich striker Josh Sargent was ruled out for a month.', { explain: true });
    expect(x.entities.find((e) => e.name === 'Norwich')?.type).toBe('ORG');
    expect(asPlace('Norwich striker Josh Sargent was ruled out for a month.', 'Norwich')).toEqual({ type: 'ORG', cue: 'striker' });
    expect(x.entities.find((e) => e.name === 'Josh Sargent')?.type).toBe('PERSON');
  });
});

describe('positions of other sports, hyphenated ones too, make the town before them a club', () => {
  it.each([
    ['Seattle catcher Luis Ortega was ejected in the sixth inning.', 'Seattle', 'catcher'],
    ['Durham batsman Ollie Reid made 88 before lunch.', 'Durham', 'batsman'],
    ['Tight bowling from Somerset off-spinner Jack Leach kept the chase in check.', 'Somerset', 'off'],
    ['Leicester scrum-half Ben Youngs was named in the squad.', 'Leicester', 'scrum'],
    ['Toronto shortstop Bo Bichette left with a sore knee.', 'Toronto', 'shortstop'],
  ])('"%s": %s read as a place is typed ORG by %s', (body, name, cue) => {
    expect(asPlace(body, name)).toEqual({ type: 'ORG', cue });
  });

  it('leaves a people\'s name before a position as it is ("West Indian all-rounder")', () => {
    const doc = createDoc(LEAD + 'The West Indian all-rounder Carl Hooper made 70.');
    const first = doc.tokens.findIndex((t) => t.norm === 'West');
    const found = typeEvidence(doc, { start: doc.tokens[first]!.start, end: doc.tokens[first + 1]!.end, type: 'LOC', first, last: first + 2, caps: false });
    expect(found).toBeNull();
  });
});

describe('places in sports copy that stay places', () => {
  it('keeps a venue after "at" and a city where talks ended with a tally', () => {
    expect(entity('Arsenal won 2-0 at Wembley on Sunday.', 'Wembley')?.type).not.toBe('ORG');
    expect(entity('Talks in Geneva ended 3-1 in favour of the proposal.', 'Geneva')?.type).not.toBe('ORG');
  });

  it('keeps a country before a position (the national side is written as the place) and a city before a civic title', () => {
    expect(entity('England striker Harry Kane missed the friendly.', 'England')?.type).not.toBe('ORG');
    expect(entity('Chicago mayor Brandon Johnson opened the marathon.', 'Chicago')?.type).not.toBe('ORG');
  });
});

describe('a club\'s or a newspaper\'s noun or a place\'s "-based" before a name makes it an organisation', () => {
  it.each([
    ['The midfielder has joined Serie A club Torino on loan until June.', 'Torino', 'club'],
    ['The winger moved to Portuguese club Braga on Tuesday.', 'Braga', 'club'],
    ['The deal with Bergamo-based Atalanta was signed on Friday.', 'Atalanta', 'based'],
    ['Shares of Ohio-based Marlow rose 4% after the results.', 'Marlow', 'based'],
    ['The business newspaper Vedrana reported the deal on Friday.', 'Vedrana', 'newspaper'],
  ])('reads "%s" with %s as an organisation, %s its cue', expectOrganisation);

  it('keeps a people\'s name after "-based" as it is', () => {
    expect(entity('London-based Iraqi exiles marched on Saturday.', 'Iraqi')?.type).toBe('NORP');
  });
});
