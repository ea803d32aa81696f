import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const typed = (text: string): Array<[string, string]> => extract(text).entities.map((e) => [e.name, e.type]);
const SOURCE_OR_PLACE = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC']);

describe('a legal instrument or a country-exit blend is no organisation', () => {
  it.each([
    ['Ministers said the move breached the U.N. Charter and would be challenged.', 'U.N. Charter'],
    ['The Geneva Conventions protect medics in war, the Red Cross said on Monday.', 'Geneva Conventions'],
    ['Signatories of the Montreal Protocol met in Nairobi to discuss coolants.', 'Montreal Protocol'],
    ['Leaders signed the Bletchley Declaration on Wednesday after two days of talks.', 'Bletchley Declaration'],
    ['Diplomats said the Treaty of Lisbon left room for a legal challenge.', 'Treaty of Lisbon'],
    ['Talks on Brexit resumed in Brussels on Monday as the pound rose.', 'Brexit'],
    ['Investors fear a Grexit if the bailout talks in Athens collapse.', 'Grexit'],
  ])('"%s" names %s as MISC', (text, name) => {
    expect(typed(text)).toContainEqual([name, 'MISC']);
  });

  it('reads a bare "U.N." as the United Nations, not the Security Council named beside it', () => {
    const x = extract('The United Nations said the U.N. Security Council would meet. The U.N. also said the U.N. Charter applied.');
    const un = x.entities.find((e) => e.name === 'United Nations');
    expect(un?.mentions.map((m) => m.text)).toEqual(['United Nations', 'U.N.']);
  });
});

describe('capitalised words that name no entity', () => {
  it('a grade of crude named before "crude" is no organisation, nor its other mentions', () => {
    const x = extract('Brent crude rose 1.2% to $71.40 a barrel. Brent has gained 9% this year, traders said.');
    expect(x.entities.filter((e) => e.name === 'Brent' && SOURCE_OR_PLACE.has(e.type))).toEqual([]);
  });

  it.each([
    ['The senator said the tariff was unfair to American Tech Companies, and that tech companies would pay.', 'American Tech Companies'],
    ['The minister said the deal betrayed Irish Farmers; farmers in Cork agreed.', 'Irish Farmers'],
    ['He wrote that the cuts would hurt British Families, although families were not mentioned in the bill.', 'British Families'],
  ])('a nationality before common nouns written in capitals for emphasis ("%s") keeps only the nationality', (text, phrase) => {
    const x = extract(text);
    expect(x.entities.filter((e) => e.name === phrase)).toEqual([]);
    expect(x.entities.find((e) => phrase.startsWith(e.name))?.type).toBe('NORP');
  });

  it('keeps a name after "the" whose plural noun the text also writes in lower case', () => {
    expect(typed('The Irish Times reported that the minister had met the group three times.')).toContainEqual(['Irish Times', 'ORG']);
    expect(typed('The Welsh Guards paraded as guards lined the route.')).toContainEqual(['Welsh Guards', 'ORG']);
  });

  it('keeps companies named by a nationality and a noun', () => {
    const names = typed('British Airways, American Express and British Steel said airways, express deliveries and steel orders were up.');
    expect(names).toContainEqual(['British Airways', 'ORG']);
    expect(names).toContainEqual(['American Express', 'ORG']);
    expect(names).toContainEqual(['British Steel', 'ORG']);
  });
});
