import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const placeNames = (text: string): string[] => extract(text).locations.map((l) => l.name);

describe('a first name the gazetteer has no place of is a person, whatever type the tagger gave it', () => {
  it('puts no such name on the map on a weak word of place', () => {
    const cases = [
      ['The twins Tariq and Desmond were found asleep in the car.', 'Tariq'],
      ['Relatives of Irene gathered at the church.', 'Irene'],
      ['The money went to Catherine and her brother.', 'Catherine'],
      ['The award went to Jeremiah, a junior at the school.', 'Jeremiah'],
    ] as const;
    for (const [text, name] of cases) expect(placeNames(text), text).not.toContain(name);
  });

  it('still places a name the gazetteer lacks that is no first name: a village, a township', () => {
    expect(placeNames('Herders clashed with farmers in the village of Ugbanyi in Benue state on Sunday.')).toContain('Ugbanyi');
    expect(placeNames('She grew up in Khayelitsha, near Cape Town.')).toContain('Khayelitsha');
  });
});
