import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

/** Each figure of the text with the name of its claimant, or null. */
function claims(text: string): Array<[string, string | null]> {
  return extract(text).numbers.map((n) => [n.text, n.claimedBy?.name ?? null]);
}

describe('claimants: an attribution governs its clause, not its sentence', () => {
  it.each<[string, Array<[string, string | null]>]>([
    [
      'Revenue climbed 8% to $12.4 billion in the quarter – but according to finance chief Dana Whitfield, shoppers put off 3 big purchases.',
      [['8%', null], ['$12.4 billion', null], ['3', 'Dana Whitfield']],
    ],
    ['Exports fell 4% in May; according to the trade ministry, imports rose 2%.', [['4%', null], ['2%', 'the trade ministry']]],
    ['Unemployment rose to 5.1% in March, according to the statistics office.', [['5.1%', 'the statistics office']]],
    ['Output, according to the agency, slipped 3% in June.', [['3%', 'the agency']]],
    ['The regulator said 40 complaints were upheld, but 12 others remain open.', [['40', 'The regulator'], ['12', null]]],
    ['At least 30 people were hurt, police said on Sunday, after a lorry hit 4 cars.', [['30', 'police'], ['4', null]]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it('ends the reach of a verb inside a relative clause at its comma', () => {
    expect(claims('Ms Grant, who said the charity fed 300 families, will step down after 9 years.')).toEqual([
      ['300', expect.stringContaining('Grant')],
      ['9 years', null],
    ]);
    const text = 'Theo Marsh, an engineer who sold a battery he claimed could last 20 years, was fined £5,000 on Monday.';
    expect(claims(text)).toEqual([['20 years', 'Theo Marsh'], ['£5,000', null]]);
  });

  it('gives the subject before an aside, and not the figures of the aside', () => {
    expect(claims('The union, which represents 4,000 drivers, said talks had stalled over a 3% offer.')).toEqual([
      ['4,000', null],
      ['3%', 'The union'],
    ]);
  });

  it('keeps a pair of dashes inside the clause, and a semicolon of a list', () => {
    expect(claims('The council estimates that the poorest households -- those earning under £18,000 -- would pay £200 more.')).toEqual([
      ['£18,000', 'The council'],
      ['£200', 'The council'],
    ]);
    expect(claims('Police said the victims were Ann Lee, 81; Tom Marsh, 79; and Joan Pike, 84.').map(([, by]) => by)).toEqual(['Police', 'Police', 'Police']);
  });

  it('reads a name joined by "and" or "&" as one source', () => {
    expect(claims('A blaze forced 60 residents from their homes overnight, the County Fire and Rescue Service said, and closed the ring road.')).toEqual([
      ['60', 'County Fire and Rescue Service'],
    ]);
    expect(claims('Sales fell 7% in the spring, Harlow & Finch said on Monday.')).toEqual([['7%', 'Harlow & Finch']]);
    expect(claims('The Department for Environment, Food and Rural Affairs estimated that 1,200 farms were flooded.')).toEqual([
      ['1,200', expect.stringContaining('Rural Affairs')],
    ]);
  });

  it('reads a verb with an object as no closing attribution', () => {
    expect(claims('After nine seasons at the club, he announced his retirement.')).toEqual([['nine', null]]);
  });
});

describe('claimants: expectations', () => {
  it.each<[string, Array<[string, string | null]>]>([
    ['Net sales rose to $8.4 billion, ahead of the $8.1 billion expected by analysts.', [['$8.4 billion', null], ['$8.1 billion', 'analysts']]],
    ['Earnings came in at 61 cents a share, above estimates of 57 cents compiled by LSEG.', [['61 cents a share', null], ['57 cents', 'LSEG']]],
    ['Orders reached 9,800, beating LSEG estimates of 9,100.', [['9,800', null], ['9,100', 'LSEG']]],
    ['Sales of $4.9 billion fell short, missing Visible Alpha estimates of $5.2 billion.', [['$4.9 billion', null], ['$5.2 billion', 'Visible Alpha']]],
    ['Economists polled by Reuters had forecast a 0.3% rise in retail sales.', [['0.3%', 'Reuters']]],
    ['The brewer made a profit of £910 million, more than the £870 million analysts had expected.', [['£910 million', null], ['£870 million', 'analysts']]],
    ["The IMF's forecast of 2.9% growth was cut.", [['2.9%', 'IMF']]],
    ['The agency had projected 2.4 million visitors for the year.', [['2.4 million', 'The agency']]],
    ['Police put the crowd at roughly 20,000.', [['20,000', 'Police']]],
    ['Organisers put the number of marchers at 80,000, while police said 35,000 took part.', [['80,000', 'Organisers'], ['35,000', 'police']]],
    ['Analysts at Brede Partners valued the deal at more than $3 billion.', [['$3 billion', 'Analysts at Brede Partners']]],
    ['The health ministry pegged the cost of repairs at $40 million on Monday.', [['$40 million', 'The health ministry']]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each<[string, Array<[string, string | null]>]>([
    ['Morgan Stanley estimates the shortfall at 4% of output.', [['4%', 'Morgan Stanley']]],
    ['The IMF forecasts growth of 3.1% this year.', [['3.1%', 'IMF']]],
    ['The agency estimates 2,000 homes were damaged by the floods.', [['2,000', 'The agency']]],
    ['Analysts say Harlow Partners projects output of 1.2 million barrels a day.', [['1.2 million barrels a day', 'Harlow Partners']]],
    ['Revenue rose 4%, and the company forecasts sales of $3 billion next year.', [['4%', null], ['$3 billion', 'the company']]],
  ])('reads a word of estimate the tagger took for a noun as the verb where it stands in the verb’s place: %s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each<[string, Array<[string, string | null]>]>([
    ['Earnings were 61 cents a share, beating estimates of 57 cents, according to LSEG.', [['61 cents a share', null], ['57 cents', 'LSEG']]],
    [
      'Revenue rose 4% to $5.1 billion, versus expectations of $5 billion, according to FactSet.',
      [['4%', null], ['$5.1 billion', null], ['$5 billion', 'FactSet']],
    ],
    [
      'Harlow Motors delivered 435,100 cars in the quarter, missing estimates of 455,000, according to Visible Alpha.',
      [['435,100', null], ['455,000', 'Visible Alpha']],
    ],
    ['Exports fell 4%, the worst in a year, according to the trade ministry.', [['4%', 'the trade ministry']]],
  ])('gives a closing "according to" after an expectation only the expectation: %s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each<[string, Array<[string, string | null]>]>([
    ['Some 4,000 people live near the volcano, officials estimate.', [['4,000', 'officials']]],
    ['About 120 people are still unaccounted for, the agency estimates.', [['120', 'the agency']]],
    ['Revenue climbed 6%, topping estimates.', [['6%', null]]],
  ])('reads a closing "X estimates" as the attribution of the clause before it: %s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it('keeps a word of estimate a noun after a modifier, a possessive or a verb', () => {
    expect(claims('Official estimates put the toll at 300.')).toEqual([['300', 'Official estimates']]);
    expect(claims('The bank cut its growth forecasts this year to 1.5%.')).toEqual([['1.5%', null]]);
  });

  it('reads no source where nothing is put at a figure', () => {
    expect(claims('The firm was valued at $2 billion in its last funding round.')).toEqual([['$2 billion', null]]);
    expect(claims('She put the box at the door and left 2 parcels.')).toEqual([['2', null]]);
  });

  it('gives the expected figure to its source inside a company’s own report', () => {
    expect(claims('The retailer said sales grew 6% to £2.2 billion, beating the £2.1 billion forecast by analysts.')).toEqual([
      ['6%', 'The retailer'],
      ['£2.2 billion', 'The retailer'],
      ['£2.1 billion', 'analysts'],
    ]);
  });
});

describe('claimants: findings', () => {
  it.each<[string, Array<[string, string | null]>]>([
    ['A survey by the Resolution Foundation found that 40% of renters had fallen behind.', [['40%', 'Resolution Foundation']]],
    ['The latest poll shows that 52% of voters back the plan.', [['52%', 'The latest poll']]],
    ['Police found 3 bodies in the flat.', [['3', null]]],
    ['Footage showed 5 men fleeing the scene.', [['5', null]]],
    ['A study published in late June found that 1 in 5 nurses plan to quit.', [['1', 'A study'], ['5', 'A study']]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('claimants: a record of findings reports what it shows', () => {
  it.each<[string, Array<[string, string | null]>]>([
    ['Official data showed a 3.1% rise in exports in May.', [['3.1%', 'Official data']]],
    ['A Reuters poll found 60% of economists expect a cut.', [['60%', 'Reuters']]],
    ['The Commerce Department’s report showed retail sales rose 0.7% in March.', [['0.7%', 'Commerce Department']]],
    ['More than 900 clinics have closed since 2019, the Harlow Institute study found.', [['900', 'Harlow Institute']]],
    ['A poll of 1,500 voters found that 48% back the mayor.', [['1,500', null], ['48%', 'A poll']]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each<[string, Array<[string, string | null]>]>([
    ['A Harlow Institute poll released on Monday found that 41% of voters back the plan.', [['41%', 'Harlow Institute']]],
    ['Figures published by the Office for National Statistics on Tuesday showed inflation at 4.6%.', [['4.6%', 'Office for National Statistics']]],
    ['A survey sponsored by Veltro Motors and run by Pell Research found that 60% of drivers want chargers.', [['60%', 'Pell Research']]],
  ])('takes the record before a participle as the subject, and the body named in it: %s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it('keeps "showed" and "found" without "that" the reporter’s when what shows is no record', () => {
    expect(claims('Footage showed 5 men fleeing the scene.')).toEqual([['5', null]]);
    expect(claims('Divers found 3 wrecks off the coast.')).toEqual([['3', null]]);
  });
});

describe('claimants: a description of an organisation named before', () => {
  it.each<[string, Array<[string, string | null]>]>([
    ['Shares of Harwick Foods Inc. jumped on Friday. The company said sales rose 7% in the year.', [['7%', 'Harwick Foods Inc.']]],
    ['Morgan Stanley cut its outlook for copper. The bank now expects prices to average $8,900 a tonne.', [['$8,900 a tonne', 'Morgan Stanley']]],
    ['Qantas added routes on Monday. The carrier expects to fly 2.1 million passengers.', [['2.1 million', 'Qantas']]],
    ['Ostend Bank cut its forecast. Analysts at Pell Capital were cautious. The bank said 300 branches would close.', [['300', 'Ostend Bank']]],
    ['Talks with Brightwater Group stalled in May, and both sides left. The group said 140 jobs were at risk.', [['140', 'Brightwater Group']]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it('takes a description with more words only for an organisation whose name holds them all', () => {
    expect(claims('Analysts polled by LSEG were cautious. The death toll rose to 45, the health ministry said.')).toEqual([['45', 'the health ministry']]);
    expect(claims('The Ministry of Health opened a field hospital. The death toll rose to 45, the health ministry said.')).toEqual([
      ['45', 'Ministry of Health'],
    ]);
  });

  it.each<[string, Array<[string, string | null]>]>([
    [
      'Traders at Lindqvist Bank said demand was soft. Prices swung through the week. Refinery margins narrowed. Harlow Partners raised its outlook on Tuesday. The bank now projects Brent at $71 a barrel.',
      [['$71 a barrel', 'Harlow Partners']],
    ],
    [
      'Shares of Marlow Holdings Inc. rose 4% on Friday. The Transport Ministry approved the deal on Monday. The company said 300 jobs would be added.',
      [['4%', null], ['300', 'Marlow Holdings Inc.']],
    ],
    [
      'Veltro Motors opened a plant in Ohio on Monday. The Commerce Department praised the project. The company said 1,200 workers would be hired.',
      [['1,200', 'Veltro Motors']],
    ],
    ['Brandt Bank cut rates. The Finance Ministry welcomed the move. The bank said 200 jobs would go.', [['200', 'Brandt Bank']]],
  ])('takes the organisation named close before whose kind fits the noun, named or not: %s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each<[string, Array<[string, string | null]>]>([
    ["Shares of Ostend Bank fell on Monday. The country's largest lender said 300 branches would close.", [['300', 'Ostend Bank']]],
    ['Shares of Ostend Bank fell on Monday. The state-owned lender said 300 branches would close.', [['300', 'Ostend Bank']]],
    ['Shares of Ostend Bank fell on Monday. The embattled lender said 300 branches would close.', [['300', 'Ostend Bank']]],
    ['Veltro Motors cut its outlook. The German carmaker expects sales of 2 million cars.', [['2 million', 'Veltro Motors']]],
  ])('reads the words that describe, not name, as no part of the name to match: %s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it('keeps the description when no organisation was named close before it', () => {
    expect(claims('Tindall Mining Corp. opened a pit. Work began at dawn. The road was shut. Trucks queued. The company said 90 people were hired.')).toEqual([
      ['90', 'The company'],
    ]);
  });
});

describe('claimants: why', () => {
  const why = (text: string, figure: string) => {
    const n = extract(text, { explain: true }).numbers.find((n) => n.text === figure)!;
    return { rule: n.claimedBy?.why?.rule, evidence: n.claimedBy?.why?.evidence.map((e) => `${e.role}: ${e.text}`) };
  };

  it('names the expectation rule and the words it read', () => {
    expect(why('Net sales beat the $8.1 billion expected by analysts.', '$8.1 billion')).toEqual({
      rule: 'claimants/expected-by',
      evidence: ['cue: expected by', 'subject: analysts', 'clause: the $8.1 billion'],
    });
    expect(why('Profit topped LSEG estimates of $3 billion.', '$3 billion')).toEqual({
      rule: 'claimants/estimate-of',
      evidence: ['cue: estimates', 'subject: LSEG', 'clause: estimates of $3 billion'],
    });
    expect(why('Analysts had expected a loss of $40 million.', '$40 million')).toEqual({
      rule: 'claimants/expectation',
      evidence: ['cue: expected', 'subject: Analysts', 'clause: a loss of $40 million.'],
    });
  });

  it('gives the organisation a description stands for as its antecedent', () => {
    expect(why('Morgan Stanley cut its outlook. The bank now expects copper at $8,900 a tonne.', '$8,900 a tonne')).toEqual({
      rule: 'claimants/expectation',
      evidence: ['cue: expects', 'subject: The bank', 'antecedent: Morgan Stanley', 'clause: copper at $8,900 a tonne.'],
    });
  });

  it('gives the organisation of a fitting kind as the antecedent over one named further back with the noun', () => {
    const text =
      'Traders at Lindqvist Bank said demand was soft. Prices swung through the week. Refinery margins narrowed. Harlow Partners raised its outlook on Tuesday. The bank now projects Brent at $71 a barrel.';
    expect(why(text, '$71 a barrel')).toEqual({
      rule: 'claimants/expectation',
      evidence: ['cue: projects', 'subject: The bank', 'antecedent: Harlow Partners', 'clause: Brent at $71 a barrel.'],
    });
  });

  it('names the cue a word of estimate is read as, and the record that shows a figure', () => {
    expect(why('The IMF forecasts growth of 3.1% this year.', '3.1%')).toEqual({
      rule: 'claimants/expectation',
      evidence: ['cue: forecasts', 'subject: The IMF', 'clause: growth of 3.1% this year.'],
    });
    expect(why('Official data showed a 3.1% rise in exports.', '3.1%')).toEqual({
      rule: 'claimants/cue',
      evidence: ['cue: showed', 'subject: Official data', 'clause: a 3.1% rise in exports.'],
    });
  });

  it('gives the clause an "according to" governs', () => {
    expect(why('Rents, according to the bureau, fell 2% last year.', '2%')).toEqual({
      rule: 'claimants/according-to',
      evidence: ['cue: according to', 'subject: the bureau', 'clause: Rents, according to the bureau, fell 2% last year.'],
    });
  });
});

describe('claimants: a count after a possessive in reported speech says whom the report is about', () => {
  it.each<[string, Array<[string, string | null]>]>([
    ['The envoy warned that the rivalry between the country’s two army chiefs could turn into a wider war.', [['two', null]]],
    ['Police said the suspect drove his three children to school before the raid.', [['three', null]]],
    ['The airline said its 40 pilots would vote on the offer, according to the union.', [['40', null]]],
    ['The coach said 14 players had been tested, and his two assistants were unwell.', [['14', 'The coach'], ['two', null]]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it('leaves a count in a direct quote to its speaker', () => {
    expect(claims('"We lost our two best players in a week," the coach said.')).toEqual([['two', 'the coach']]);
  });
});

describe('claimants: a noun the tagger read as an adjective heads the source before its verb', () => {
  it.each<[string, Array<[string, string | null]>]>([
    ['The U.S. military confirmed that 12 soldiers were hurt.', [['12', 'The U.S. military']]],
    ['The Syrian military said 30 fighters had surrendered.', [['30', 'The Syrian military']]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});
