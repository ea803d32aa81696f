import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const namesOf = (text: string) => extract(text).entities.flatMap((e) => e.mentions.filter((m) => m.kind === 'name').map((m) => `${e.type}:${m.text}`));

describe('a name joined by a hyphen to a past participle is an adjective, one MISC', () => {
  it.each([
    ['Police questioned members of the San Marino-based charity on Monday.', 'MISC:San Marino-based', null],
    ['Shelling broke a fragile United Nations-brokered truce near the border.', 'MISC:United Nations-brokered', null],
    ['The line is run by a Hong Kong-owned operator, the filing says.', 'MISC:Hong Kong-owned', null],
    ['The rebels seized two towns from Moscow-backed forces overnight.', 'MISC:Moscow-backed', null],
    ['The Sierra Leone-born forward joined Halden last week.', 'MISC:Sierra Leone-born', null],
  ])('"%s": %s', (text, adjective, other) => {
    const names = namesOf(text);
    expect(names).toContain(adjective);
    if (other) expect(names).toContain(other);
  });

  it('splits the name after the participle off the adjective ("Ohio-based Corvane": a company)', () => {
    expect(namesOf('Shares of Ohio-based Corvane Bancorp rose 4 percent.')).toEqual(expect.arrayContaining(['MISC:Ohio-based', 'ORG:Corvane Bancorp']));
  });

  it('keeps the adjective a MISC before a player\'s position (no club: "Wales-based goalkeeper")', () => {
    expect(namesOf('England-based goalkeeper Rhys Mbeki was named in the squad.')).toContain('MISC:England-based');
  });

  it.each([
    ['Prices in the New York-area market rose.', 'GPE:New York'],
    ['Maria Lopez-led talks resumed on Friday.', 'PERSON:Maria Lopez'],
  ])('"%s": a noun after the hyphen or a person\'s name makes no such adjective (%s)', (text, name) => {
    expect(namesOf(text)).toContain(name);
  });
});
