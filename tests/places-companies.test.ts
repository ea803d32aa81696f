import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { Extraction, Location } from '../src/schema.js';

const at = (x: Extraction, surface: string): Location | undefined => x.locations.find((l) => l.mentions.some((m) => m.text === surface));

describe('places: a company named like a town is kept off the map', () => {
  it.each([
    ['a plural business noun before a list', 'SYDNEY (Reuters) - Australian shares edged lower on Wednesday. Gold miners Kalgoorlie and Ballarat fell 3.1% and 2.4% after bullion slid.', ['Kalgoorlie', 'Ballarat']],
    ['a business noun before the name', 'MELBOURNE (Reuters) - Regional lender Bendigo gained 1% after it raised its dividend for the year.', ['Bendigo']],
    ['shares of it', 'LONDON (Reuters) - Shares of Hereford slumped 6 per cent after the brewer cut its profit forecast for the year.', ['Hereford']],
    ['a stake in it', 'LONDON (Reuters) - A Qatari fund has bought a 10% stake in Hereford, the cider maker said on Monday.', ['Hereford']],
    ["its shares, and its other mentions", "NEW YORK (AP) - Durango's shares fell 4% on Monday. Durango said demand for its boots had slowed in the spring.", ['Durango']],
  ])('%s', (_, text, companies) => {
    const x = extract(text);
    for (const c of companies) expect(at(x, c)).toBeUndefined();
    expect(x.locations[0]?.geo).not.toBeNull();
  });

  it.each([
    ['shares of it', 'LONDON (Reuters) - Shares of Hereford slumped 6 per cent on Tuesday. Hereford said sales of its cider had fallen.', 'Hereford'],
    ['its shares', "NEW YORK (AP) - Durango's shares fell 4% on Monday. Durango said demand for its boots had slowed in the spring.", 'Durango'],
  ])('types a town-named company an organisation by %s, in every mention', (_, text, name) => {
    const entity = extract(text).entities.find((e) => e.name === name);
    expect(entity?.type).toBe('ORG');
    expect(entity?.mentions).toHaveLength(2);
  });

  it.each([
    ['a business noun before it', 'MELBOURNE (Reuters) - Regional lender Bendigo gained 1% after it raised its dividend. Bendigo said arrears were steady.', 'Bendigo'],
    ['a plural business noun before its list', 'SYDNEY (Reuters) - Gold miners Kalgoorlie and Ballarat fell 3.1% and 2.4%. Ballarat said its output had slipped.', 'Ballarat'],
    ['a plural business noun before a list of three', 'LONDON (Reuters) - Stocks rose after the tax cut, led by brewers Hereford, Durango and Bendigo. Durango said it would hire 200 staff.', 'Durango'],
  ])('types a town-named company an organisation by %s, in every mention', (_, text, name) => {
    const entity = extract(text).entities.find((e) => e.name === name);
    expect(entity?.type).toBe('ORG');
    expect(entity?.mentions).toHaveLength(2);
  });

  it('keeps a country after a business noun a place', () => {
    const x = extract('DUBAI (Reuters) - Top oil producer Saudi Arabia will keep its output steady in June. Saudi Arabia pumped 9 million barrels a day in May.');
    expect(x.entities.find((e) => e.name === 'Saudi Arabia')?.type).toBe('GPE');
  });

  it('keeps a place qualifying another word a place', () => {
    const x = extract('BUDAPEST, Aug 30 - Shares of France-registered printing company Cofinec fell 5% on Friday after weak results.');
    // the entity is the adjective "France-registered" (see hyphened-participles.ts), no company; the place stays one
    expect(x.entities.filter((e) => e.name.startsWith('France')).map((e) => e.type)).toEqual(['MISC']);
    expect(x.locations.map((l) => l.name)).toContain('France');
  });

  it.each([
    ['shares of a country\'s company', "MILAN (Reuters) - Shares of Italy's Corvana SpA fell 3% on Monday. Italy's economy grew 0.2% in the quarter.", 'Italy'],
    ['a stake in a state\'s utility', "SYDNEY (Reuters) - A Canadian pension fund bought a 20% stake in Victoria's Tallis Energy, the fund said on Tuesday.", 'Victoria'],
    ['holdings of a city\'s bank', "LONDON (Reuters) - Investors cut their holdings of Frankfurt's Weiler Bank after the results.", 'Frankfurt'],
  ])('keeps a place owning the company a place: %s', (_, text, place) => {
    const x = extract(text);
    expect(x.entities.find((e) => e.name === place)?.type).toBe('GPE');
    expect(at(x, place)?.geo).not.toBeNull();
  });

  it('keeps a mention a locative says is the town', () => {
    const x = extract('TORONTO (Reuters) - Shares of Timmins rose 2% after the miner said output at its pit near Timmins in Ontario was back to normal.');
    expect(at(x, 'Timmins')?.mentions.map((m) => m.text)).toEqual(['Timmins']);
    expect(at(x, 'Timmins')?.geo?.countryCode).toBe('CA');
  });

  it.each([
    ['a team that rose in the standings', 'CHICAGO (AP) - Chicago rose to third in the standings after beating Boston 4-2 on Sunday.', 'Boston'],
    ['a market named for its city', 'TOKYO (Reuters) - Asian stocks were mixed. Hong Kong fell 1.2% and Frankfurt gained 0.3% in early trade.', 'Frankfurt'],
    ['a market whose shares rose', 'LONDON (Reuters) - Shares in Sydney rose 0.8% on Tuesday, led by the big banks.', 'Sydney'],
    ['a country that produces', 'DUBAI (Reuters) - Top oil producer Saudi Arabia will keep its output steady in June, officials said.', 'Saudi Arabia'],
  ])('maps %s', (_, text, place) => {
    expect(at(extract(text), place)?.geo).not.toBeNull();
  });
});
