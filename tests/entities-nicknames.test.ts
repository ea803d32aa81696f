import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

/** The named mentions of the text's entities, each with its entity's type and rule. */
function namesOf(text: string): Array<[string, string, string | undefined]> {
  return extract(text, { explain: true }).entities.flatMap((e) => e.mentions.filter((m) => m.kind === 'name').map((m): [string, string, string | undefined] => [m.text, e.type, e.why?.rule]));
}

describe('a nickname or given name set off inside a person\'s name', () => {
  it.each([
    ['The club paid tribute on Monday to Theodore (Ted) Marsh, who coached the side for two decades.', 'Theodore (Ted) Marsh'],
    ['Fans still talk about Roberta "Bobbie" Quinn, the striker who scored in three straight finals.', 'Roberta "Bobbie" Quinn'],
    ['The prize went to the novelist Ellen Mary (E.M.) Forde, whose third book sold a million copies.', 'Ellen Mary (E.M.) Forde'],
  ])('"%s": one person over the full name, the nickname and the surname', (text, name) => {
    expect(namesOf(text)).toContainEqual([name, 'PERSON', 'entities/particle']);
  });

  it('reads a given name in brackets before a surname, as a quote fills it in, as one person from the bracket', () => {
    const text = '"I grew up watching (Rick) Alvarez and (Dwayne) Okoro pitch," the manager told reporters on Sunday.';
    const names = namesOf(text);
    expect(names).toContainEqual(['(Rick) Alvarez', 'PERSON', 'entities/particle']);
    expect(names).toContainEqual(['(Dwayne) Okoro', 'PERSON', 'entities/particle']);
  });

  it('gives a later bare surname the person', () => {
    const names = namesOf('The bout pits Adrian (Ade) Mbeki against a younger rival. Mbeki said he felt strong.');
    expect(names).toContainEqual(['Adrian (Ade) Mbeki', 'PERSON', 'entities/particle']);
    expect(names.filter(([name]) => name === 'Mbeki').map(([, type]) => type)).toEqual(['PERSON']);
  });

  it('leaves a country set off between a runner and a team, and a company set off by a region, apart', () => {
    const results = namesOf('Results: 1. Ana Ruiz (Spain) Movistar 3:41:05 2. Karl Brandt (Germany) Bora 3:41:09');
    expect(results).toContainEqual(['Ana Ruiz', 'PERSON', 'entities/tagger']);
    expect(results.map(([name]) => name)).toContain('Movistar');
    expect(namesOf('The deal was led by Harlan (UK) Holdings on Tuesday.').some(([name]) => name.includes('(UK)'))).toBe(false);
  });
});
