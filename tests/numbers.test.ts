import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/doc/document.js';
import { span } from '../src/doc/span.js';
import { stageContext } from '../src/doc/stage-context.js';
import { extract } from '../src/extract.js';
import { extractNumbers } from '../src/numbers/index.js';
import type { Quote } from '../src/schema.js';

function numbers(text: string, dates = false) {
  return extract(text, dates ? { include: ['dates'] } : {}).numbers.map((n) => ({
    text: n.text,
    kind: n.kind,
    value: n.value,
    range: n.range,
    unit: n.unit,
    qualifier: n.qualifier,
  }));
}

function only(text: string) {
  const found = numbers(text);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  return found[0]!;
}

describe('numbers: values', () => {
  it.each([
    ['Some 700,000 people fled.', '700,000', 700000],
    ['Seven hundred people marched.', 'Seven hundred', 700],
    ['Nearly 1.5 million people live there.', '1.5 million', 1.5e6],
    ['The ministry hired a dozen advisers.', 'a dozen', 12],
    ['Two-thirds of voters agreed.', 'Two-thirds', 2 / 3],
    ['Half a million tickets were sold.', 'Half a million', 5e5],
    ['Twenty-five lorries crossed.', 'Twenty-five', 25],
    ['The farm has two and a half thousand sheep.', 'two and a half thousand', 2500],
    ['They counted one hundred and five boats.', 'one hundred and five', 105],
    ['The charity fed four million, three hundred people.', 'four million, three hundred', 4000300],
    ['About 13 lakh pilgrims came.', '13 lakh', 1.3e6],
    ['The order was worth 35m pieces of kit.', '35m', 3.5e7],
    ['Readers sent 25k letters.', '25k', 25000],
  ])('%s', (text, surface, value) => {
    expect(only(text)).toMatchObject({ text: surface, value, kind: 'count' });
  });

  it('reads fractions and scientific notation', () => {
    expect(only('The trail is a 3/4 mile loop.')).toMatchObject({ text: '3/4 mile', value: 0.75, unit: 'mi' });
    expect(only('The shelf holds 2½ kg of flour.')).toMatchObject({ value: 2.5, unit: 'kg' });
    expect(only('The error was 2.5e-3 of the total.')).toMatchObject({ value: 0.0025 });
  });

  it('leaves out a figure too large for a double, alone or as the end of a range', () => {
    expect(numbers('The model gave 11e308 grains and then 4e9 grains.').map((n) => n.text)).toEqual(['4e9']);
    expect(numbers('Estimates ran from 2e308 to 3e308 stars.')).toEqual([]);
  });

  it('reads a sign', () => {
    expect(only('Temperatures fell to -18 °C overnight.')).toMatchObject({ text: '-18 °C', value: -18, unit: '°C' });
    expect(only('The balance stood at minus 5 points.')).toMatchObject({ value: -5, unit: 'point' });
  });
});

describe('numbers: money', () => {
  it.each([
    ['It cost $3.2bn last year.', '$3.2bn', 3.2e9, 'USD'],
    ['Public debt passed £2.7trn in May.', '£2.7trn', 2.7e12, 'GBP'],
    ['The fund manages $1.4 trn of assets.', '$1.4 trn', 1.4e12, 'USD'],
    ['The fund lost £2 billion.', '£2 billion', 2e9, 'GBP'],
    ['The club paid €45m for him.', '€45m', 4.5e7, 'EUR'],
    ['Toronto set aside C$1.2 billion.', 'C$1.2 billion', 1.2e9, 'CAD'],
    ['Sydney spent A$300 million.', 'A$300 million', 3e8, 'AUD'],
    ['The bank raised HK$5.4m.', 'HK$5.4m', 5.4e6, 'HKD'],
    ['Ankara pledged 10 billion Turkish lira.', '10 billion Turkish lira', 1e10, 'TRY'],
    ['The deal was valued at 50 million euros.', '50 million euros', 5e7, 'EUR'],
    ['Revenue reached EUR50m.', 'EUR50m', 5e7, 'EUR'],
    ['Tokyo lent 75 USD million.', '75 USD million', 7.5e7, 'USD'],
    ['The grant was five million yen.', 'five million yen', 5e6, 'JPY'],
    ['Shares rose 18 cents.', '18 cents', 18, 'cent'],
    ['The ticket cost 12 dollars and 50 cents.', '12 dollars and 50 cents', 12.5, 'USD'],
    ['It sold for 2 million pounds.', '2 million pounds', 2e6, 'GBP'],
    ['Tbilisi budgeted ₾40 million.', '₾40 million', 4e7, 'GEL'],
    ['Mumbai spent Rs. 500 crore.', 'Rs. 500 crore', 5e9, 'INR'],
    ['Penang spent RM 20 million.', 'RM 20 million', 2e7, 'MYR'],
    ['Penang spent RM20m.', 'RM20m', 2e7, 'MYR'],
  ])('%s', (text, surface, value, unit) => {
    expect(only(text)).toMatchObject({ text: surface, value, unit, kind: 'money' });
  });

  it('keeps a rate in the unit, but not "a year ago"', () => {
    expect(only('Nurses earn $48,000 a year.')).toMatchObject({ text: '$48,000 a year', unit: 'USD/year' });
    expect(only('Gold traded at $1,800 an ounce.')).toMatchObject({ unit: 'USD/oz' });
    expect(only('Sales were $2 million a year ago.')).toMatchObject({ text: '$2 million', unit: 'USD' });
  });

  it('reads pounds without a scale as weight', () => {
    expect(only('The boxer weighed 208 pounds.')).toMatchObject({ unit: 'lb', kind: 'quantity' });
  });

  it.each([
    ['Fans paid 45 pounds for a seat behind the goal.', '45 pounds', 'GBP'],
    ['The council was handed a fine of 800 pounds.', '800 pounds', 'GBP'],
    ['Cleaners there earn about 420 pounds a week.', '420 pounds a week', 'GBP/week'],
    ['The climber carried 40 pounds of gear.', '40 pounds', 'lb'],
    ['He has lost 15 pounds since May.', '15 pounds', 'lb'],
    ['Doctors told him to lose two pounds a week.', 'two pounds a week', 'lb/week'],
    ['The calves gained 3 pounds a day on the new feed.', '3 pounds a day', 'lb/day'],
    ['She pays about 90 pounds a month for the allotment.', '90 pounds a month', 'GBP/month'],
    ['The council was handed a fine of about 800 pounds.', '800 pounds', 'GBP'],
  ])('reads pounds as sterling after a verb or noun of paying or before a rate of time, else as weight: %s', (text, surface, unit) => {
    expect(only(text)).toMatchObject({ text: surface, unit });
  });

  it('does not read "a $5 bill" as Australian dollars', () => {
    expect(only('He found a $5 bill.')).toMatchObject({ text: '$5', unit: 'USD' });
  });
});

describe('numbers: percentages and measures', () => {
  it.each([
    ['Prices rose 15% in March.', '15%', 15, '%', 'percent'],
    ['Turnout was 62.5 per cent.', '62.5 per cent', 62.5, '%', 'percent'],
    ['Shares were up 5pc on the day.', '5pc', 5, '%', 'percent'],
    ['Rates rose by 25 basis points.', '25 basis points', 25, 'bp', 'quantity'],
    ['The convoy drove 40 km to the border.', '40 km', 40, 'km', 'quantity'],
    ['The river rose 3 metres.', '3 metres', 3, 'm', 'quantity'],
    ['The drone carried 70kg of supplies.', '70kg', 70, 'kg', 'quantity'],
    ['The storm packed winds of 155mph.', '155mph', 155, 'mph', 'quantity'],
    ['Ports shipped 2 million tonnes of grain.', '2 million tonnes', 2e6, 't', 'quantity'],
    ['The field covers 40 square kilometres.', '40 square kilometres', 40, 'km²', 'quantity'],
    ['Output hit 9.8 million barrels a day.', '9.8 million barrels a day', 9.8e6, 'barrel/day', 'quantity'],
    ['It was 38 degrees Celsius at noon.', '38 degrees Celsius', 38, '°C', 'quantity'],
    ['She is 5 feet 7 inches tall.', '5 feet 7 inches', 5 + 7 / 12, 'ft', 'quantity'],
    ['The 6.1-inch screen is bright.', '6.1-inch', 6.1, 'in', 'quantity'],
    ['The field is 10 kV/cm strong.', '10 kV/cm', 10, 'kV/cm', 'quantity'],
  ])('%s', (text, surface, value, unit, kind) => {
    expect(only(text)).toMatchObject({ text: surface, value, unit, kind });
  });

  it('reads durations and ages', () => {
    expect(only('Talks lasted three weeks.')).toMatchObject({ text: 'three weeks', value: 3, unit: 'week', kind: 'duration' });
    expect(only('A 28-year-old man was arrested.')).toMatchObject({ text: '28-year-old', value: 28, unit: 'years', kind: 'age' });
  });

  it('reads an age in apposition', () => {
    expect(only('Police named the driver as Shanice Porter, 24, of Decatur.')).toMatchObject({ text: '24', value: 24, unit: 'years', kind: 'age' });
  });

  it('reads ordinals', () => {
    expect(only('He is wanted in a third state.')).toMatchObject({ text: 'a third', value: 3, kind: 'ordinal' });
    expect(only('A third of the budget went on roads.')).toMatchObject({ text: 'A third', kind: 'count' });
    expect(numbers('It finished in 10th place.')).toEqual([expect.objectContaining({ text: '10th', value: 10, kind: 'ordinal' })]);
    expect(numbers('It was the twenty-first attempt.')).toEqual([expect.objectContaining({ value: 21, kind: 'ordinal' })]);
    expect(numbers('At first nobody came.')).toEqual([]);
  });
});

describe('numbers: "plus or minus" is a tolerance, not a sign', () => {
  it.each<[string, string, number]>([
    ['The poll has a margin of error of plus or minus 3.1 percentage points.', '3.1 percentage points', 3.1],
    ['Revenue will be $28 billion, plus or minus 2%, the company said.', '2%', 2],
    ['Temperatures fell to minus 5 degrees overnight.', 'minus 5 degrees', -5],
  ])('%s', (text, surface, value) => {
    expect(numbers(text).find((n) => n.text === surface)?.value).toBe(value);
  });
});

describe('numbers: a level beside a change takes the change’s unit', () => {
  const unitOf = (text: string, figure: string) => numbers(text).find((n) => n.text === figure)?.unit;
  it.each<[string, string, string | null]>([
    ['The Harbour index rose 52.3 points to 4,810.2 on Friday.', '4,810.2', 'point'],
    ['The Harbour index fell 310 points, or 0.9%, to 33,560.', '33,560', 'point'],
    ['The Harbour index closed down 41.2 points at 7,512.7, its lowest since May.', '7,512.7', 'point'],
    ['Harbour index (32,104.5 down 120.4 points)', '32,104.5', 'point'],
    ['Temperatures dropped 15 degrees to 40 on Tuesday.', '40', '°'],
    ['The river rose 2 metres to 5.4 by noon.', '5.4', 'm'],
  ])('%s', (text, figure, unit) => {
    expect(unitOf(text, figure)).toBe(unit);
  });

  it.each<[string, string]>([
    ['The index gained 1.2% to 1,845.', '1,845'],
    ['Bund futures were up 7 bps at 96.12.', '96.12'],
    ['The crew walked 5 miles to 3 villages.', '3'],
  ])('leaves a level beside a share’s change, or a count with its noun, without a unit: %s', (text, figure) => {
    expect(unitOf(text, figure)).toBeNull();
  });
});

describe('numbers: ranges', () => {
  it.each([
    ['Between 10 and 20 people were hurt.', [10, 20], null, 'range'],
    ['Some 12 to 15 boats sank.', [12, 15], null, 'range'],
    ['The 12–15 seats were empty.', [12, 15], null, 'range'],
    ['Damage ran from $3 billion to $5 billion.', [3e9, 5e9], 'USD', 'money'],
    ['It will cost $3 to $5 billion.', [3e9, 5e9], 'USD', 'money'],
    ['Between 1.5 and 2 million people voted.', [1.5e6, 2e6], null, 'range'],
    ['Rates range from 2 per cent to 2.5 per cent.', [2, 2.5], '%', 'percent'],
    ['They gave 44 mg to 50 mg doses.', [44, 50], 'mg', 'quantity'],
    ['Two or three shops closed.', [2, 3], null, 'range'],
    ['The reading was more than 15 and less than 60.', [15, 60], null, 'range'],
  ])('%s', (text, range, unit, kind) => {
    expect(only(text)).toMatchObject({ value: null, range, unit, kind });
  });

  it('reads vague plurals as intervals', () => {
    expect(only('Dozens of homes were flooded.')).toMatchObject({ text: 'Dozens', value: null, range: [12, 120] });
    expect(only('Tens of thousands of people marched.')).toMatchObject({ range: [1e4, 1e5] });
    expect(only('The move cost tens of millions of dollars.')).toMatchObject({ range: [1e7, 1e8], unit: 'USD', kind: 'money' });
  });

  it('does not take a change and its new level for a range', () => {
    expect(numbers('Shares rose 5% to 12%.').map((n) => n.text)).toEqual(['5%', '12%']);
  });

  it('does not take a score for a range', () => {
    expect(numbers('The hosts won 3-1 at home.')).toEqual([]);
  });
});

describe('numbers: hedges', () => {
  it.each([
    ['As many as 12 soldiers died.', 'at_most', [null, 12]],
    ['Up to 30 trucks waited.', 'at_most', [null, 30]],
    ['No more than 40 were allowed.', 'at_most', [null, 40]],
    ['More than 200 vehicles arrived.', 'more_than', [200, null]],
    ['Over 50 homes burned.', 'more_than', [50, null]],
    ['At least 1,200 residents left.', 'at_least', [1200, null]],
    ['No fewer than 9 ships docked.', 'at_least', [9, null]],
    ['Fewer than 50 people refused.', 'less_than', [null, 50]],
    ['Under 4% of votes were spoiled.', 'less_than', [null, 4]],
    ['Some 300 residents were evacuated.', 'approximate', null],
    ['About $40 million was spent.', 'approximate', null],
    ['Roughly 9,000 people live on the island.', 'approximate', null],
    ['An estimated 45,000 families need food.', 'approximate', null],
    ['Almost 70kg of gold was found.', 'approximate', null],
    ['The crowd of 500 or more cheered.', 'at_least', [500, null]],
    ['They sold 300-plus copies.', 'more_than', [300, null]],
  ])('%s', (text, qualifier, range) => {
    expect(only(text)).toMatchObject({ qualifier, range });
  });

  it.each([
    ['Online orders topped 40,000 on Monday.', [40000, null]],
    ['The clinic warns when the count exceeds 250.', [250, null]],
    ['Her tally has surpassed 90 goals for the club.', [90, null]],
    ['Ticket sales are topping $3 million a week.', [3e6, null]],
    ['Analysts expect exports to top 40,000 tonnes.', [40000, null]],
    ['Demand now tops 3,000 barrels a day.', [3000, null]],
    ['Costs could exceed 1,200 euros per household.', [1200, null]],
    ['Bookings may surpass 800 this weekend.', [800, null]],
  ])('reads a verb of passing a mark as a bound from below: %s', (text, range) => {
    expect(only(text)).toMatchObject({ qualifier: 'more_than', range });
  });

  it.each([
    'The top 10 schools share the prize.',
    "The league's top 3 scorers all play in Leeds.",
    'Top 5 picks for the weekend.',
  ])('leaves a rank of "top" unhedged: %s', (text) => {
    expect(only(text)).toMatchObject({ qualifier: 'exact', range: null });
  });

  it.each([
    ['At least another 12 people were pulled from the rubble.', 'at_least', [12, null]],
    ['Nearly a further $2 billion was set aside for repairs.', 'approximate', null],
    ['More than an additional 300 troops were deployed.', 'more_than', [300, null]],
    ['Up to an extra 40 buses will run on Sunday.', 'at_most', [null, 40]],
  ])('reads the hedge across the words that add to a count: %s', (text, qualifier, range) => {
    expect(only(text)).toMatchObject({ qualifier, range });
  });

  it('gives the hedge with the words that add to a count as the evidence of its why', () => {
    const n = extract('At least another 12 people were pulled from the rubble.', { explain: true }).numbers[0]!;
    expect(n.why).toMatchObject({ rule: 'numbers/count', evidence: [{ role: 'hedge', text: 'At least another' }] });
  });

  it.each(['Turnout was just shy of 60% in the capital.', 'Turnout was just short of 60% in the capital.', 'The index closed shy of 8,000 points.'])(
    'reads "shy of", "just short of" as a bound from above: %s',
    (text) => {
      expect(only(text)).toMatchObject({ qualifier: 'less_than' });
    },
  );

  it('does not hedge a plain figure', () => {
    expect(only('The city hired another 40 teachers.')).toMatchObject({ qualifier: 'exact', range: null });
    expect(only('The council is short of £40m.')).toMatchObject({ qualifier: 'exact', range: null });
    expect(only('The army sent 200 vehicles.')).toMatchObject({ qualifier: 'exact', range: null });
    expect(only('Shares rose 8% on Monday.')).toMatchObject({ qualifier: 'exact' });
  });
});

describe('numbers: what is not a figure', () => {
  it.each([
    'The S&P 500 fell on Monday.',
    'She bought an iPhone 11 last week.',
    'They tied Game 7 in overtime.',
    'The fire reached exit 436 before dawn.',
    'The firm filed for Chapter 11 protection.',
    'He lives at 17 Quail Ridge Road now.',
    'The COVID-19 wards reopened.',
    'The SF90 is fast.',
    'The meeting starts at 9:35 PM sharp.',
    'The shop opens at 11 a.m. daily.',
    'That one is better.',
    'He bought a five-star hotel.',
    'The Miracle Six win is famous.',
    'The library is at 2200 W. Alder Street.',
    'For tickets call 668-4539 or (217) 555-0134.',
  ])('%s', (text) => {
    expect(numbers(text)).toEqual([]);
  });

  it('skips list markers but not the figures after them', () => {
    expect(numbers('Steps:\n1. Open the box.\n2) Count 12 screws.').map((n) => n.text)).toEqual(['12']);
  });

  it('keeps years and dates out unless asked for', () => {
    const text = 'Since 2012 the plant has run; on August 9, 2018 it closed for 3 days.';
    expect(numbers(text).map((n) => n.text)).toEqual(['3 days']);
    expect(numbers(text, true)).toEqual([
      expect.objectContaining({ text: '2012', kind: 'year', value: 2012 }),
      expect.objectContaining({ text: 'August 9, 2018', kind: 'date', value: null }),
      expect.objectContaining({ text: '3 days', kind: 'duration' }),
    ]);
  });

  it('reads year spans and decades as years', () => {
    expect(numbers('During the 1990s and in 2019-20 it grew; between 2013 and 2016 it shrank.', true)).toEqual([
      expect.objectContaining({ text: '1990s', kind: 'year', value: 1990 }),
      expect.objectContaining({ text: '2019-20', kind: 'year', value: null, range: [2019, 2020] }),
      expect.objectContaining({ text: '2013 and 2016', kind: 'year', value: null, range: [2013, 2016] }),
    ]);
  });

  it('counts a four-digit number that counts something', () => {
    expect(only('The plant employs 2000 people.')).toMatchObject({ value: 2000, kind: 'count' });
  });
});

describe('numbers: what is counted', () => {
  it.each([
    ['Shelling killed 12 Turkish soldiers overnight.', 'Turkish soldiers'],
    ['Two separate clashes left many dead.', 'separate clashes'],
    ['Dozens of homes were flooded.', 'homes'],
    ['The army has more than 200 observation posts.', 'observation posts'],
    ['One of the drivers was hurt.', 'drivers'],
  ])('%s', (text, counts) => {
    expect(extract(text).numbers[0]?.counts?.text).toBe(counts);
  });

  it('gives amounts what they are "of"', () => {
    expect(extract('Almost 40kg of silver was seized.').numbers[0]?.counts?.text).toBe('silver');
    expect(extract('It lost 45% of its market value.').numbers[0]?.counts?.text).toBe('market value');
  });
});

describe('numbers: who claims them', () => {
  it('takes the claimant from the quote the figure sits in', () => {
    const x = extract('"We lost 40 trucks in one night," said Barack Obama.');
    expect(x.numbers[0]?.claimedBy?.name).toBe('Barack Obama');
  });

  it('takes the speaker of a reported-speech quote', () => {
    const text = 'The mayor, Ana Ruiz, told the council that 300 homes had been lost in the fire.';
    const content = text.indexOf('300');
    const quote: Quote = {
      id: 'q:test',
      ...span(text, content, text.length - 1),
      kind: 'indirect',
      partial: false,
      parts: [span(text, content, text.length - 1)],
      speaker: { name: 'Ana Ruiz', entityId: 'person:ana-ruiz', mention: span(text, 11, 19), resolvedBy: 'explicit' },
      cue: null,
    };
    const [claim] = extractNumbers(createDoc(text), [quote], [], stageContext());
    expect(claim?.claimedBy).toEqual({ name: 'Ana Ruiz', entityId: 'person:ana-ruiz', mention: span(text, 11, 19) });
  });

  it('reads "according to" and "X said" in the sentence', () => {
    const x = extract('According to the health ministry, 45 people died. Police said 12 cars burned. The river rose 2 metres.');
    expect(x.numbers.map((n) => [n.text, n.claimedBy?.name ?? null])).toEqual([
      ['45', 'the health ministry'],
      ['12', 'Police'],
      ['2 metres', null],
    ]);
  });

  it('links the claimant to an entity where there is one', () => {
    const x = extract('Angela Merkel said the country had taken in 890,000 refugees.');
    const claim = x.numbers[0]?.claimedBy;
    expect(claim?.name).toBe('Angela Merkel');
    expect(claim?.entityId).toBe(x.entities.find((e) => e.name === 'Angela Merkel')?.id ?? null);
  });

  it('covers a figure before the attribution only when the attribution closes the clause', () => {
    const x = extract('At least 30 people were hurt, officials said on Sunday. Officials visited after 30 people were hurt in a long night of shelling and fighting.');
    expect(x.numbers.map((n) => n.claimedBy?.name ?? null)).toEqual(['officials', null]);
  });
});
