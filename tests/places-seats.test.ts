import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const placedMentions = (text: string, surface: string): number =>
  extract(text).locations.reduce((n, l) => n + l.mentions.filter((m) => m.text === surface && m.role === 'mention').length, 0);

describe("places: a building that seats an institution, read as the institution", () => {
  it.each([
    ['its aides', 'Two White House aides left on Friday, weeks after the budget fight in Congress.', 'White House'],
    ['its spokesman', 'A Kremlin spokesman dismissed the report as a fabrication on Thursday.', 'Kremlin'],
    ['its officials', 'On Monday, Pentagon officials briefed reporters on the drills in the Pacific.', 'Pentagon'],
    ['its chief of staff', 'The new White House chief of staff met senators on Tuesday.', 'White House'],
    ['what it said', 'The White House declined to comment on the talks with Ottawa.', 'White House'],
  ])('keeps it off the map before %s', (_, text, surface) => {
    expect(placedMentions(text, surface)).toBe(0);
  });

  it.each([
    ['barred from it', 'The former aide was banned from the White House for a year.', 'White House'],
    ['a crowd outside it', 'A crowd gathered outside the Kremlin on Sunday evening.', 'Kremlin'],
  ])('still maps the building itself (%s)', (_, text, surface) => {
    expect(placedMentions(text, surface)).toBe(1);
  });
});

describe('places: a continent names no organisation\'s seat', () => {
  it.each([
    ['a council', 'The Council of Europe urged Ankara on Tuesday to free the two reporters.', 'Europe', 'Ankara'],
    ['a mall', 'Crowds filled the Mall of Asia in Pasay City for the New Year sale.', 'Asia', 'Pasay City'],
    ['a university', 'The University of Europe opened a campus in Hamburg on Monday.', 'Europe', 'Hamburg'],
  ])('keeps the continent inside %s off the map', (_, text, continent, town) => {
    expect(placedMentions(text, continent)).toBe(0);
    expect(placedMentions(text, town)).toBe(1);
  });

  it('still maps a country that names one', () => {
    expect(placedMentions('Students at the University of Ghana in Accra went on strike on Monday.', 'Ghana')).toBe(1);
  });
});
