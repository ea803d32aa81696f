import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { refineType } from '../src/entities/types.js';

const entity = (text: string, name: string) => extract(text).entities.find((e) => e.name === name);
const allMentions = (text: string) => extract(text).entities.flatMap((e) => e.mentions.map((m) => m.text));

describe('entities', () => {
  it('merges a full name and a later surname into one person with the fullest name', () => {
    const x = extract('Barack Obama spoke in Chicago on Monday. Later, Obama flew to Washington.');
    const obama = x.entities.find((e) => e.type === 'PERSON' && e.name === 'Barack Obama');
    expect(obama?.mentions.map((m) => m.text)).toEqual(['Barack Obama', 'Obama']);
  });

  it('merges a surname in the headline with the full name in the body', () => {
    const text = 'Akar vows to hold Idlib posts\n\nDefence Minister Hulusi Akar said on Tuesday the army would stay. Akar spoke in Ankara.';
    const akar = entity(text, 'Hulusi Akar');
    expect(akar?.type).toBe('PERSON');
    expect(akar?.mentions.map((m) => m.text)).toEqual(['Akar', 'Hulusi Akar', 'Akar']);
    expect(akar?.roles).toEqual(['defence minister']);
  });

  it('merges names on an all-caps headline with the people and places of the body', () => {
    const x = extract('MERKEL MEETS MACRON IN PARIS\n\nAngela Merkel met Emmanuel Macron in Paris on Tuesday.');
    const summary = x.entities.map((e) => `${e.type} ${e.name}: ${e.mentions.map((m) => m.text).join('|')}`);
    expect(summary).toEqual([
      'PERSON Angela Merkel: MERKEL|Angela Merkel',
      'PERSON Emmanuel Macron: MACRON|Emmanuel Macron',
      'GPE Paris: PARIS|Paris',
    ]);
  });

  it('gives "Turkey\'s" the mention "Turkey"', () => {
    for (const text of ["Turkey's government met in Ankara.", 'Turkey’s government met in Ankara.']) {
      const mentions = allMentions(text);
      expect(mentions).toContain('Turkey');
      expect(mentions.some((m) => /['’]s$/.test(m))).toBe(false);
    }
  });

  it('links an acronym to the organisation it abbreviates', () => {
    const x = extract('The North Atlantic Treaty Organization met on Monday. NATO said it would respond.');
    const nato = x.entities.find((e) => e.name === 'North Atlantic Treaty Organization');
    expect(nato?.type).toBe('ORG');
    expect(nato?.mentions.map((m) => m.text)).toEqual(['North Atlantic Treaty Organization', 'NATO']);
  });

  it('derives entity ids from type and name', () => {
    const x = extract('Barack Obama spoke in Chicago.');
    expect(x.entities.map((e) => e.id)).toContain('person:barack-obama');
  });

  it('reads roles written before the name and in an apposition after it', () => {
    const text =
      'Foreign Minister Mevlut Cavusoglu met Jane Porter, a spokeswoman for the agency, in Geneva. ' +
      'Cavusoglu later spoke to spokesman Tom Reyes.';
    expect(entity(text, 'Mevlut Cavusoglu')?.roles).toEqual(['foreign minister']);
    expect(entity(text, 'Jane Porter')?.roles).toEqual(['spokeswoman']);
    expect(entity(text, 'Tom Reyes')?.roles).toEqual(['spokesman']);
  });

  it('reads the same role nouns as the quote extractor does', () => {
    const text = 'Rita Moreau, the county sheriff, met Paul Okafor, a Liberal MLA, in Halifax on Monday.';
    expect(entity(text, 'Rita Moreau')?.roles).toEqual(['county sheriff']);
    expect(entity(text, 'Paul Okafor')?.roles).toEqual(['liberal mla']);
  });

  it('reads a role phrase that stands before the name with a comma', () => {
    const text = "PARIS — France's economy minister, Claire Dubois, said on Monday the plan would pass.";
    expect(entity(text, 'Claire Dubois')?.roles).toEqual(['economy minister']);
  });

  it('separates an organisation from the officer named after it', () => {
    const x = extract('"He was the best," Kenyan Athletics Federation Chairman Isaiah Kiplagat said on Sunday.');
    const summary = x.entities.map((e) => `${e.type} ${e.name} ${e.roles.join(',')}`.trim());
    expect(summary).toContain('ORG Kenyan Athletics Federation');
    expect(summary).toContain('PERSON Isaiah Kiplagat chairman');
  });

  it('reads a short title with its full stop or without', () => {
    expect(entity('Sgt Dana Whitlock led the search near Carlisle.', 'Dana Whitlock')?.roles).toEqual(['sgt']);
    expect(entity('Sgt. Dana Whitlock led the search near Carlisle.', 'Dana Whitlock')?.roles).toEqual(['sgt.']);
  });

  it('drops courtesy titles from roles', () => {
    expect(entity('Mr. David Cameron arrived in Brussels on Monday.', 'David Cameron')?.roles).toEqual([]);
  });

  it('finds no entity in page furniture', () => {
    const text =
      'Floods hit the north of England\n\nHeavy rain flooded homes in York on Sunday, the Environment Agency said.\n\n' +
      'Advertisement\n\nShare on Facebook\n\nDiscussion about this post\n\nFollow us on Twitter';
    const names = extract(text).entities.map((e) => e.name);
    expect(names).toContain('York');
    expect(names).not.toContain('Facebook');
    expect(names).not.toContain('Twitter');
    expect(names.some((n) => /advertisement|discussion/i.test(n))).toBe(false);
  });

  it('finds no entity in a photo credit', () => {
    const text = 'Storms closed roads across Ohio on Friday. (Mark Hill / Columbus Herald File Photo)\n\nCrews worked overnight.';
    const names = extract(text).entities.map((e) => e.name);
    expect(names).toContain('Ohio');
    expect(names).not.toContain('Mark Hill');
    expect(names).not.toContain('Columbus Herald');
  });

  it('never lets a name run across a spaced dash, a colon or a bracket', () => {
    const text = 'Scorers:\nBrazil - Ronaldo Silva (12th), Marco Costa (80th)\nA doctor told the Sun: "Rest is best."';
    for (const m of allMentions(text)) expect(m).not.toMatch(/ - |[:()]/);
  });

  it('leaves a sentence-ending full stop out of a name but keeps the stops of initials', () => {
    const mentions = allMentions('The deal was agreed with Lear Corp.\n\nShares rose in the U.S.');
    expect(mentions).toContain('Lear Corp');
    expect(mentions).toContain('U.S.');
  });

  it('keeps one entity and one type for a person named with and without a first name', () => {
    const text =
      'Fatima Al Rashid and her husband arrived in Halifax in 2016. Al Rashid said the first winter was hard. ' +
      'Fatima Al Rashid now teaches Arabic, and Al Rashid hopes to open a school.';
    const people = extract(text).entities.filter((e) => e.name.includes('Al Rashid'));
    expect(people).toHaveLength(1);
    expect(people[0]?.type).toBe('PERSON');
  });

  it('gives every mention of the same name one type', () => {
    const text = 'Chelsea beat Arsenal 2-0 on Saturday.\n\nChelsea manager Jose Mourinho said Chelsea had deserved it.';
    const types = new Set(extract(text).entities.filter((e) => e.name === 'Chelsea').map((e) => e.type));
    expect(types.size).toBe(1);
  });
});

describe('finer types', () => {
  it.each([
    ['Ankara', 'LOC', 'GPE'],
    ['Euphrates River', 'LOC', 'LOC'],
    ['Middle East', 'LOC', 'LOC'],
    ['Gulf of Aden', 'LOC', 'LOC'],
    ['Incirlik Air Base', 'LOC', 'FAC'],
    ['Heathrow Airport', 'LOC', 'FAC'],
    ['M5', 'LOC', 'FAC'],
    ['Turkish', 'MISC', 'NORP'],
    ['Kurds', 'MISC', 'NORP'],
    ['Shiite', 'MISC', 'NORP'],
    ['World Cup', 'MISC', 'EVENT'],
    ['Gulf War', 'MISC', 'EVENT'],
    ['2012 Olympics', 'MISC', 'EVENT'],
    ['Windows', 'MISC', 'MISC'],
    ['Jordan River', 'PERSON', 'PERSON'],
    ['Red Crescent', 'ORG', 'ORG'],
  ] as const)('%s tagged %s is %s', (name, coarse, fine) => {
    expect(refineType(name, coarse)).toBe(fine);
  });

  it('types the fixture-style article names', () => {
    const x = extract('Turkish troops crossed the Euphrates River near Jarablus on Monday, Ankara said.');
    const byName = new Map(x.entities.map((e) => [e.name, e.type]));
    expect(byName.get('Turkish')).toBe('NORP');
    expect(byName.get('Euphrates River')).toBe('LOC');
    expect(byName.get('Ankara')).toBe('GPE');
  });
});
