import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const placed = (text: string, surface: string) => extract(text).locations.find((l) => l.mentions.some((m) => m.text === surface));

describe('places: a holiday names a time, not the town of that name', () => {
  it.each([
    ['Christmas', 'Shops in Harrogate hired extra staff in the run-up to Christmas, the chamber said.'],
    ['Christmas', 'Volunteers in Leeds delivered 300 hampers this Christmas to families across the city.'],
    ['Easter', 'The ferry from Oban to Mull will run extra sailings over Easter, the operator said.'],
    ['Thanksgiving', 'Airports in Ohio braced for a record rush before Thanksgiving on Wednesday.'],
  ])('keeps "%s" off the map', (holiday, text) => {
    expect(placed(text, holiday)).toBeUndefined();
  });

  it('still maps the town when a state follows it', () => {
    expect(placed('A brush fire closed two roads near Christmas, Fla., on Tuesday.', 'Christmas')?.geo).toMatchObject({ countryCode: 'US' });
  });
});
