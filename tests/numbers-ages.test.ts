import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

function figures(text: string) {
  return extract(text).numbers.map((n) => ({ text: n.text, kind: n.kind, value: n.value, range: n.range, unit: n.unit, qualifier: n.qualifier }));
}

describe('numbers: ages', () => {
  it.each<[string, string, number]>([
    ['Mr Read, 50, told the inquiry he had no regrets.', '50', 50],
    ['The club signed Tom Marsh (34) on a free transfer.', '34', 34],
    ['She joined the navy at age 23.', '23', 23],
    ['A man aged 71 was taken to hospital.', '71', 71],
    ['A 34-year-old woman was arrested.', '34-year-old', 34],
    ['The house is 200 years old.', '200 years old', 200],
    ['Ministers plan to raise the pension age to 68 by 2040.', '68', 68],
    ['The voting age was cut to 16 in the last reform.', '16', 16],
    ['Women in the region have a life expectancy of 83.4, the study found.', '83.4', 83.4],
  ])('%s', (text, surface, value) => {
    expect(figures(text)).toContainEqual({ text: surface, kind: 'age', value, range: null, unit: 'years', qualifier: 'exact' });
  });

  it('reads no age where a noun for an age does not reach the figure', () => {
    expect(figures('The age gap of 10 years is wide.').map((n) => n.kind)).toEqual(['duration']);
    expect(figures('Life in the valley changed when 40 families moved in.').map((n) => n.kind)).toEqual(['count']);
  });

  it('reads the bound written before "the age of"', () => {
    expect(figures('Children under the age of 11 travel free.')).toEqual([
      { text: '11', kind: 'age', value: 11, range: [null, 11], unit: 'years', qualifier: 'less_than' },
    ]);
    expect(figures('Anyone over the age of 65 may apply.')[0]).toMatchObject({ kind: 'age', range: [65, null], qualifier: 'more_than' });
  });

  it('reads a decade of someone’s age as a range', () => {
    expect(figures('The victim, a woman in her 40s, was named.')).toEqual([
      { text: '40s', kind: 'age', value: null, range: [40, 49], unit: 'years', qualifier: 'exact' },
    ]);
    expect(figures('Both men are in their early sixties.')[0]).toMatchObject({ text: 'early sixties', range: [60, 63] });
    expect(figures('He is thought to be in his mid-30s.')[0]).toMatchObject({ text: 'mid-30s', range: [34, 36] });
  });

  it('reads both ends of a range of ages', () => {
    expect(figures('Voters aged 18 to 24 turned out in record numbers.')[0]).toMatchObject({ kind: 'age', range: [18, 24], unit: 'years' });
    expect(figures('Players aged between 30 and 40 were invited.')[0]).toMatchObject({ kind: 'age', range: [30, 40] });
  });

  it('reads a months-old baby in months', () => {
    expect(figures('A six-month-old baby was rescued.')[0]).toMatchObject({ kind: 'age', value: 6, unit: 'months' });
  });

  it('leaves counts and spans of time alone', () => {
    expect(figures('The firm employs 50 people.')[0]).toMatchObject({ kind: 'count' });
    expect(figures('He served 10 years in prison.')[0]).toMatchObject({ kind: 'duration', unit: 'year' });
  });
});

describe('numbers: "one" that is no figure', () => {
  it.each([
    'It was one of the lowest turnouts on record.',
    'She is one of its most famous players.',
    'In one way or another, every household paid.',
    'One day, she simply left.',
    'He could one day lead the party.',
    'At one point the queue stretched round the block.',
  ])('%s', (text) => {
    expect(figures(text)).toEqual([]);
  });

  it.each<[string, string]>([
    ['One of the drivers was hurt.', 'One'],
    ['The strike lasted one day.', 'one day'],
    ['One day later, the port reopened.', 'One day'],
    ['He spent one night in jail.', 'one night'],
  ])('still counts: %s', (text, surface) => {
    expect(figures(text).map((n) => n.text)).toEqual([surface]);
  });
});

describe('numbers: "one" as the first term of a ratio', () => {
  it.each<[string, string[], string]>([
    ['Almost one in four adults now work from home.', ['one', 'four'], 'approximate'],
    ['About one in 10 homes still lack broadband.', ['one', '10'], 'approximate'],
    ['One out of three patients waited more than a year.', ['One', 'three'], 'exact'],
    ['Roughly one in every five jobs is in tourism.', ['one', 'five'], 'approximate'],
  ])('%s', (text, surfaces, qualifier) => {
    const found = figures(text);
    expect(found.map((n) => n.text)).toEqual(surfaces);
    expect(found[0]!.qualifier).toBe(qualifier);
  });

  it('explains the ratio’s first term as a count with its hedge', () => {
    const n = extract('Almost one in four adults now work from home.', { explain: true }).numbers[0]!;
    expect(n.why).toMatchObject({ rule: 'numbers/count', evidence: [{ role: 'hedge', text: 'Almost' }] });
  });

  it('keeps "one" a pronoun before "in" without a number', () => {
    expect(figures('The one in Leeds closed last year.')).toEqual([]);
  });
});

describe('numbers: more figures', () => {
  it('counts the titles of an "eight-time champion", not a "one-time" ally', () => {
    expect(figures('The eight-time champion beat a one-time ally.')).toEqual([
      { text: 'eight', kind: 'count', value: 8, range: null, unit: null, qualifier: 'exact' },
    ]);
  });

  it('reads amounts on both sides of a slash, each with its currency sign', () => {
    expect(figures('The broker put 2027 prices at $71/$67 per barrel.').filter((n) => n.kind === 'money').map((n) => n.value)).toEqual([71, 67]);
    expect(figures('The line runs 24/7.')).toEqual([]);
  });

  it('reads "towards" as an approximation', () => {
    expect(figures('The index edged towards 7,270 by noon.')[0]).toMatchObject({ value: 7270, qualifier: 'approximate' });
  });
});
