import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const placed = (text: string, surface: string): boolean => extract(text).locations.some((l) => l.mentions.some((m) => m.text === surface));
const typeOf = (text: string, surface: string): string | undefined =>
  extract(text).entities.find((e) => e.mentions.some((m) => m.text === surface))?.type;

describe('places: a name the tagger reads as an organisation or a person', () => {

  it.each([
    ['regulators', 'WASHINGTON (Reuters) - Federal regulators said on Tuesday they would review the merger of the two carriers.'],
    ['prosecutors', 'DENVER (AP) - Federal prosecutors charged three men with wire fraud on Monday, according to court papers.'],
    ['agents', 'MIAMI (Reuters) - Federal agents searched the offices of the charity on Wednesday, a spokesman said.'],
  ])('keeps "Federal" before %s off the map, though a far region is known by that word in another spelling', (_, text) => {
    expect(typeOf(text, 'Federal') ?? 'ORG').toBe('ORG');
    expect(placed(text, 'Federal')).toBe(false);
  });

  it.each([
    ['a firm named for a town', 'Shares of Wakefield Holdings fell 4% on Tuesday after the firm cut its forecast. Wakefield said demand had slowed.', 'Wakefield'],
    ['a lender named for a city', 'Shares in Halifax Mortgage Partners slid after the results. Halifax said arrears had risen in the quarter.', 'Halifax'],
    ["a person's surname that is a town", 'LONDON (Reuters) - "We are not done yet," Martin Selby, the chief executive, told reporters. Selby said margins would recover.', 'Selby'],
  ])('keeps the short form of %s off the map', (_, text, surface) => {
    expect(['ORG', 'PERSON']).toContain(typeOf(text, surface));
    expect(placed(text, surface)).toBe(false);
  });

  it('still maps the town when the article names it as a place too', () => {
    const text = 'Shares of Wakefield Holdings fell 4% on Tuesday. The firm, based in Wakefield, West Yorkshire, said Wakefield staff would keep their jobs.';
    expect(placed(text, 'Wakefield')).toBe(true);
  });
});
