import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const geoOf = (text: string, street: string) => extract(text).locations.find((l) => l.mentions.some((m) => m.text === street))?.geo;

describe('places: a street the article puts in no county or state', () => {
  it.each([
    ['Wabash Avenue', 'Chicago', 'The museum, which also runs galleries in Tokyo and Berlin, will open its third site on Wabash Avenue in Chicago in June.'],
    ['Ocean Drive', 'Miami Beach', 'Visitors from Germany, Japan and Brazil crowded Ocean Drive in Miami Beach on Saturday, while Paris and Rome also saw record numbers.'],
    ['Princes Street', 'Edinburgh', 'Bars in Lisbon, Madrid and Milan reopened on Friday, and police in Edinburgh closed Princes Street after a fight.'],
  ])('is in the town named nearest it (%s)', (street, town, text) => {
    expect(geoOf(text, street)).toMatchObject({ name: town, featureKind: 'city' });
  });

  it('stays unplaced when no town is named near it', () => {
    const text = 'Prices rose in Tokyo and Berlin last year.\n\nA new bakery on Wabash Avenue sold out of bread by noon.';
    expect(geoOf(text, 'Wabash Avenue')).toBeNull();
  });
});

describe('places: a building or a site the gazetteer lacks, in a story of far places', () => {
  it.each([
    ['Tynecastle Park', 'Edinburgh', 'Scouts from Madrid and Munich watched him score twice at Tynecastle Park in Edinburgh on Saturday.'],
    ['Lakeview Stadium', 'Winnipeg', 'Teams from Oslo, Riga and Helsinki open the tournament at Lakeview Stadium in Winnipeg on Friday.'],
    ['Fresno Memorial Hospital', 'Fresno', 'The mayor of Fresno spoke first.\n\nVisitors from Tokyo and Berlin were later treated at Fresno Memorial Hospital.'],
  ])('is in the town that names it, else the town named nearest it (%s)', (name, town, text) => {
    expect(geoOf(text, name)).toMatchObject({ name: town, featureKind: 'city' });
  });

  it('leaves a river, which no town point holds, and a village of a story spread over a country unplaced', () => {
    const river = 'Prices rose in Tokyo and Berlin last year.\n\nThe Kilbarrow River burst its banks near Glasgow on Sunday.';
    expect(geoOf(river, 'Kilbarrow River')).toBeNull();
    const village = 'After stops in Madrid and Seoul, the tour ended in Glasgow, and the band played a last show in Kilbarrow on Sunday.';
    expect(geoOf(village, 'Kilbarrow')).toBeNull();
  });
});
