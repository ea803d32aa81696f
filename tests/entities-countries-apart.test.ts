import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const namesOf = (text: string) => extract(text).entities.flatMap((e) => e.mentions.filter((m) => m.kind === 'name').map((m) => `${e.type}:${m.text}`));

describe('a country or a state before a group\'s or a holiday\'s name is its own name', () => {
  it.each([
    ['Traffic was heavy ahead of the U.S. Memorial Day weekend, police said.', ['GPE:U.S.', 'MISC:Memorial Day']],
    ['The bill was backed by a Texas Republican and two Ohio Democrats.', ['GPE:Texas', 'NORP:Republican', 'GPE:Ohio', 'NORP:Democrats']],
    ['She now runs the largest U.S. Roman Catholic charity\'s food bank.', ['GPE:U.S.', 'NORP:Roman Catholic']],
  ])('"%s"', (text, names) => {
    expect(namesOf(text)).toEqual(expect.arrayContaining(names));
  });

  it.each([
    ['Markets were shut for the Canada Day holiday.', 'MISC:Canada Day'],
    ['British Jewish leaders met on Monday.', 'NORP:British Jewish'],
    ['The U.S. Treasury Department said on Friday it would sell bonds.', 'ORG:U.S. Treasury Department'],
  ])('"%s": %s stays whole (a holiday of one word after the country, a people\'s name first, no group after it)', (text, name) => {
    expect(namesOf(text)).toContain(name);
  });
});
