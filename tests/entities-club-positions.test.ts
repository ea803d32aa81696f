import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const typesOf = (text: string, name: string) => extract(text).entities.filter((e) => e.mentions.some((m) => m.text === name)).map((e) => e.type);

describe('a club before a player\'s position, after "the", "a" or "former", is the club', () => {
  it.each([
    ['Officials booked the Burnley defender for a late tackle on Saturday.', ['Burnley']],
    ['He is a Sevilla midfielder, and a good one, his coach said.', ['Sevilla']],
    ['The former Everton and Leeds striker will join the coaching staff in January.', ['Everton', 'Leeds']],
    ['The visitors scored when the Wolves goalkeeper fumbled a cross.', ['Wolves']],
  ])('"%s"', (text, clubs) => {
    for (const club of clubs) expect(typesOf(text, club), club).toEqual(['ORG']);
  });

  it.each([
    ['The former England captain said the team had lost its way.', 'England', 'GPE'],
    ['A Brazilian defender was sent off in the second half.', 'Brazilian', 'NORP'],
    ['Ricci, who quarrelled with ex-Lazio coach Marco Ferri last year, has signed for Genoa.', 'ex-Lazio', 'MISC'],
  ])('"%s": %s stays %s', (text, name, type) => {
    expect(typesOf(text, name)).toEqual([type]);
  });
});
