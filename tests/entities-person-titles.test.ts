import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const typed = (text: string): string[] => extract(text).entities.map((e) => `${e.type} ${e.name}`);

describe('a person\'s title opening a name the tagger read as an organisation\'s', () => {
  it.each([
    ['Ms. Harrow resigned from the board in March.', 'Harrow'],
    ['Cardinal Pietro Varela met the delegation on Tuesday. Chicago Cardinal Tomas Brennick said the archdiocese would help.', 'Pietro Varela'],
    ['Ms. Okafor-Lindqvist said the clinic would stay open. Ms. Okafor-Lindqvist runs it with her brother.', 'Okafor-Lindqvist'],
  ])('reads "%s" as the person, without the title', (text, name) => {
    const x = extract(text, { explain: true });
    const person = x.entities.find((e) => e.name === name);
    expect(person?.type).toBe('PERSON');
    expect(person?.mentions.every((m) => m.text === name)).toBe(true);
    expect(x.entities.filter((e) => e.type === 'ORG')).toEqual([]);
  });

  it('keeps a company whose name opens with a title word and goes on with ordinary words', () => {
    expect(typed('Cardinal Health shares fell 3% after the forecast.')).toContain('ORG Cardinal Health');
  });

  it('leaves an organisation title with no person after it ("Detective Sgt") alone', () => {
    expect(typed('Detective Sgt. Lena Brandt said the car was found.')).not.toContain('PERSON Sgt');
  });
});

describe('a place before a person\'s title inside one name', () => {
  it.each([
    ['Chicago Cardinal Tomas Brennick said the archdiocese would help.', 'Chicago', 'Tomas Brennick'],
    ['Detroit Archbishop Allen Varga led the Mass.', 'Detroit', 'Allen Varga'],
    ['Boston Mayor Michelle Wu signed the order on Monday.', 'Boston', 'Michelle Wu'],
  ])('splits "%s" into the place and the person', (text, place, person) => {
    const names = typed(text);
    expect(names).toContain(`GPE ${place}`);
    expect(names).toContain(`PERSON ${person}`);
    expect(names.filter((n) => n.startsWith('ORG'))).toEqual([]);
  });

  it.each([
    ['NDP MP Karen Holt said the pipeline deal was rushed.', 'Karen Holt'],
    ['Labour MP Tom Reyes voted against the bill on Tuesday.', 'Tom Reyes'],
    ['Liberal MPP Ana Ruiz asked the minister about class sizes.', 'Ana Ruiz'],
    ['Green MEP Jan Berg tabled the amendment.', 'Jan Berg'],
  ])('reads a legislator after the party’s name as a person: "%s"', (text, person) => {
    const x = extract(text);
    expect(typed(text)).toContain(`PERSON ${person}`);
    expect(x.entities.some((e) => e.name.includes(' M'))).toBe(false);
  });

  it('gives a legislator’s later quote to them through the pronoun', () => {
    const x = extract('During the debate, Green MP Karen Holt said the ministry had paid too much for the ferries.\n\n“Nobody checked the shipyard’s numbers,” she said.');
    expect(x.quotes.map((q) => q.speaker?.name)).toEqual(['Karen Holt', 'Karen Holt']);
  });

  it('keeps an organisation that is no place before the title', () => {
    expect(typed('Lakeport Police Chief Dana Fiore said two men were arrested.')).toContain('ORG Lakeport Police');
  });

  it('credits the split with the place it retyped', () => {
    const place = extract('Chicago Cardinal Tomas Brennick said the archdiocese would help.', { explain: true }).entities.find((e) => e.name === 'Chicago');
    expect(place?.why?.rule).toBe('entities/title-split');
  });

  it.each([
    ['Shell Chairman Andrew Mackenzie said the board backed the sale.', 'Shell'],
    ['Nokia CEO Pekka Lundmark said the company would cut 300 jobs.', 'Nokia'],
  ])('keeps a company the gazetteer also knows as a place before a company officer\'s title: "%s"', (text, company) => {
    expect(typed(text)).toContain(`ORG ${company}`);
  });
});
