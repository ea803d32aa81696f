import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

/** Each figure of the text with what it counts or measures, or null. */
function counts(text: string): Array<[string, string | null]> {
  return extract(text).numbers.map((n) => [n.text, n.counts?.text ?? null]);
}

describe('counts: what an amount or a share measures', () => {
  it.each<[string, Array<[string, string | null]>]>([
    ['Sales grew 11% to $43.6 billion in the quarter.', [['11%', 'Sales'], ['$43.6 billion', 'Sales']]],
    ["The chipmaker's quarterly revenue rose 5% to $3 billion from $2.8 billion.", [['5%', 'quarterly revenue'], ['$3 billion', 'quarterly revenue'], ['$2.8 billion', 'quarterly revenue']]],
    ['Brent crude futures fell 52 cents, or 0.7%, to $74.10 a barrel.', [['52 cents', 'Brent crude futures'], ['0.7%', 'Brent crude futures'], ['$74.10 a barrel', 'Brent crude futures']]],
    ['The takeover was worth $5bn.', [['$5bn', 'takeover']]],
    ['Container traffic through the port fell 12.4% in May.', [['12.4%', 'Container traffic']]],
    ['The group reported net income of $2.3 billion.', [['$2.3 billion', 'net income']]],
    ['Regulators imposed a fine of more than €4 billion.', [['€4 billion', 'fine']]],
    ['The airline paid $5m in damages to passengers.', [['$5m', 'damages']]],
    ['Tenants face a 5% rise in rents next year.', [['5%', 'rents']]],
    ['Washington set a 25% tariff on steel.', [['25%', 'tariff']]],
    ['The fund lost 45% of its market value.', [['45%', 'market value']]],
    ['The retailer now sees full-year profit of £1.1 billion.', [['£1.1 billion', 'full-year profit']]],
    ['Same-store sales rose 4% to $9.8 billion.', [['4%', 'Same-store sales'], ['$9.8 billion', 'Same-store sales']]],
    ['Rents rose 6.1% year-on-year in June.', [['6.1%', 'Rents']]],
    ['Wages grew 3% month on month.', [['3%', 'Wages']]],
    ['Core inflation eased to 2.7% in May.', [['2.7%', 'Core inflation']]],
    ['The trade deficit widened by $4.1 billion.', [['$4.1 billion', 'trade deficit']]],
    ['Bond yields hovered around 4.5% all week.', [['4.5%', 'Bond yields']]],
    ['Quarterly sales topped $5 billion in March.', [['$5 billion', 'Quarterly sales']]],
    ['Exports surpassed $40 billion in March.', [['$40 billion', 'Exports']]],
    ['Online sales topping $2 billion lifted the shares.', [['$2 billion', 'Online sales']]],
  ])('%s', (text, expected) => {
    expect(counts(text)).toEqual(expected);
  });

  it('leaves out time, generic amounts and currency names', () => {
    expect(counts('The firm raised $2bn in the second quarter.')[0]).toEqual(['$2bn', null]);
    expect(counts('The club received a total of £40m.')).toEqual([['£40m', null]]);
    expect(counts('The painting sold for 12 million pounds sterling.')).toEqual([['12 million pounds', null]]);
  });
});

describe('counts: what a count counts', () => {
  it.each<[string, string]>([
    ['The outbreak has grown to 16 confirmed cases.', 'confirmed cases'],
    ['The county added 4,000 newly registered voters.', 'newly registered voters'],
    ['Searchers found 3 missing hikers on Sunday.', 'missing hikers'],
  ])('%s', (text, counted) => {
    expect(extract(text).numbers[0]?.counts?.text).toBe(counted);
  });
});

describe('a unit of measure after a participle or a word of amount', () => {
  it.each<[string, string, string | null]>([
    ['The defence gave up 402 rushing yards on Saturday.', '402', 'yd'],
    ['The visitors scored 17 unanswered points after the break.', '17', 'point'],
    ['Crews will lay 12 more kilometres of track next year.', '12', 'km'],
    ['The driver went 3 extra miles to avoid the flooded road.', '3', 'mi'],
    ['She packed four small cups for the trip.', 'four', null],
    ['He will serve 2 more years in prison.', '2', null],
    ['The defence gave up more than 400 rushing yards.', '400', 'yd'],
    ['The visitors scored at least 17 unanswered points.', '17', 'point'],
  ])('%s', (text, figure, unit) => {
    const n = extract(text).numbers.find((x) => x.text === figure);
    expect(n).toBeDefined();
    expect(n?.unit ?? null).toBe(unit);
    if (unit) expect(n?.kind).toBe('quantity');
  });
});
