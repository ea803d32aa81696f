import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const entities = (text: string) => extract(text, { explain: true }).entities;

describe('a credit in brackets after a dateline is the organisation that filed the story', () => {
  it.each([
    ['MARQUETTE, Mich. (AP) — Snowplow crews worked through the night after a lake-effect storm.', 'AP'],
    ['HELENA, Montana (AP) — The state’s wildfire season ended a month early, officials said.', 'AP'],
    ['MOMBASA, Kenya (Reuters) - Port workers ended a three-day strike on Thursday.', 'Reuters'],
    ['OSAKA, Dec 4 (Reuters) - Panasonic raised its forecast for battery sales.', 'Reuters'],
    ['TOULOUSE (AFP) - Airbus delivered 40 jets in November, the planemaker said.', 'AFP'],
    ['ATLANTA (CNN Business) — Delta will add flights to Lisbon next spring.', 'CNN Business'],
    ['RALEIGH, N.C., Nov. 30 (UPI) -- A new rail line opened between the two cities.', 'UPI'],
  ])('reads %s with %s as an ORG, the dateline its cue', (text, name) => {
    const credit = entities(text).find((e) => e.name === name);
    expect(credit?.type).toBe('ORG');
    expect(credit?.why?.rule).toBe('entities/type-evidence');
    const span = credit!.mentions[0]!;
    expect(text.slice(span.start, span.end)).toBe(name);
    expect(text[span.start - 1]).toBe('(');
  });

  it('splits two credits in one pair of brackets', () => {
    const text = 'GAZA CITY (AP/Reuters) — Aid trucks crossed at Kerem Shalom on Sunday.';
    const found = entities(text);
    expect(found.find((e) => e.name === 'AP')?.type).toBe('ORG');
    expect(found.find((e) => e.name === 'Reuters')?.type).toBe('ORG');
  });

  it('keeps the place and its state places, and the credit an ORG wherever the story names it', () => {
    const text = 'TULSA, Okla. (AP) — The city council voted 6-3 to rename the park. AP reached the mayor by phone.';
    const found = entities(text);
    expect(found.find((e) => e.name === 'AP')?.mentions).toHaveLength(2);
    expect(found.find((e) => e.name === 'AP')?.type).toBe('ORG');
    expect(found.find((e) => e.name === 'TULSA' || e.name === 'Tulsa')?.type).toBe('GPE');
  });

  it.each([
    ['(LAGOS, Nigeria) -- Fuel queues returned to the capital on Monday.', '(LAGOS, Nigeria)'],
    ['BOGOTA, Colombia (Dec. 2) — Shoppers welcomed the rain.', '(Dec. 2)'],
  ])('reads no credit from a bracketed place or a date: %s', (text, brackets) => {
    const from = text.indexOf(brackets);
    const inside = entities(text).filter((e) => e.type === 'ORG' && e.mentions.some((m) => m.start >= from && m.end <= from + brackets.length));
    expect(inside).toEqual([]);
  });

  it.each([
    'OSAKA, Dec 4 (Reuters) - Panasonic raised its forecast for battery sales.',
    'LIMA, Peru, Nov. 30 (AP) — Miners returned to work after a two-week strike.',
    'LONDON, March 3 (Reuters) - Gilts rallied after the budget.',
  ])('reads no name from the date of "%s"', (text) => {
    const date = /, ([A-Z][a-z]+\.? \d+) \(/.exec(text)!;
    const start = date.index + 2;
    const end = start + date[1]!.length;
    expect(entities(text).filter((e) => e.mentions.some((m) => m.start >= start && m.end <= end))).toEqual([]);
  });
});
