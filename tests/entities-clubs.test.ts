import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const LEAD = 'LONDON, Dec 6 (Reuters) - ';
const entity = (body: string, name: string) => extract(LEAD + body, { explain: true }).entities.find((e) => e.name === name);

describe('a town named as a side in a match result is its club', () => {
  it.each([
    ['Bristol lost to Cardiff 2-1 on Friday.', 'Bristol', 'lost'],
    ['Reading edged Exeter 1-0 at home.', 'Reading', 'edged'],
    ['Reading edged Exeter 1-0 at home.', 'Exeter', 'edged'],
    ['Coventry celebrated a 4-1 win over Derby on Tuesday night.', 'Derby', '4-1'],
  ])('reads "%s" with %s as an organisation, the result its cue', (body, name, cue) => {
    const club = entity(body, name);
    expect(club?.type).toBe('ORG');
    expect(club?.why?.rule).toBe('entities/type-evidence');
    expect(club?.why?.evidence.map((e) => e.text)).toContain(cue);
  });

  it('keeps the club type for the same name later in the report', () => {
    const club = entity('Bristol lost to Cardiff 2-1 on Friday. The result leaves Bristol in 15th place.', 'Bristol');
    expect(club?.type).toBe('ORG');
    expect(club?.mentions).toHaveLength(2);
  });
});

describe('a town before a player’s position and a name is the club', () => {
  it('reads "Norwich striker Josh Sargent" as the club and the player', () => {
    const x = extract(LEAD + 'Norwich striker Josh Sargent was ruled out for a month.', { explain: true });
    const club = x.entities.find((e) => e.name === 'Norwich');
    expect(club?.type).toBe('ORG');
    expect(club?.why?.evidence.map((e) => e.text)).toContain('striker');
    expect(x.entities.find((e) => e.name === 'Josh Sargent')?.type).toBe('PERSON');
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
