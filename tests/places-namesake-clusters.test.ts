import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

/** Each place of the text by its first mention: its country code and where it resolved. */
const resolved = (text: string): Map<string, { country: string; lat: number; lon: number } | null> => {
  const out = new Map<string, { country: string; lat: number; lon: number } | null>();
  for (const l of extract(text).locations) {
    const g = l.geo;
    out.set(l.mentions[0]!.text, g ? { country: g.countryCode ?? '', lat: g.lat, lon: g.lon } : null);
  }
  return out;
};

const FAIR = `Teams from four counties meet at the fairgrounds.

Riders from Boone County, Clinton County and Hamilton County joined Madison County riders at the fairgrounds in Anderson on Sunday. The show returns to Frankfort next year, organisers said.`;

const held: Array<[string, string, string, [number, number]]> = [
  [
    `Flood warning for Hawkesbury towns.

Residents of Richmond and Windsor were told to prepare to leave on Tuesday as the river rose. Evacuation centres opened in Penrith, and roads near Wilberforce were closed.`,
    'Windsor',
    'AU',
    [-33.6, 150.8],
  ],
  [
    `Council to merge two leisure centres.

Swimmers in Newport and Ryde said the plan would leave them with a longer trip. The council said the Cowes pool would stay open until Sandown's new centre is built.`,
    'Newport',
    'GB',
    [50.7, -1.3],
  ],
  [
    `Water supply cut in three towns.

Homes in Salem, Namakkal and Erode will go without piped water on Thursday while pumps are repaired, officials said. Tankers will be sent to Rasipuram and Tiruchengode.`,
    'Salem',
    'IN',
    [11.65, 78.16],
  ],
  [
    `Bypass work to close roads for a month.

Drivers between Athlone and Moate face delays from Monday. Roads near Kilbeggan and Tyrrellspass will close at night.`,
    'Moate',
    'IE',
    [53.55, -7.72],
  ],
  [
    `Bands from three counties march in holiday parade.

High school bands from Jackson County, Madison County and Oconee County marched through downtown Athens on Saturday. Floats from Watkinsville and Commerce followed, and the parade ended at the square in Jefferson.`,
    'Jefferson',
    'US',
    [34.12, -83.57],
  ],
];

const near = (at: { lat: number; lon: number } | null | undefined, [lat, lon]: [number, number]): boolean =>
  !!at && Math.abs(at.lat - lat) < 0.5 && Math.abs(at.lon - lon) < 0.5;

describe('namesakes pulled by the other names\' chosen readings, not by runners-up', () => {
  it('puts namesakes of a story of one area in that area, where the other names resolved', () => {
    const places = resolved(FAIR);
    // Boone and Clinton counties, Anderson: central Indiana; Hamilton County and Frankfort have namesakes there too
    expect(near(places.get('Anderson'), [40.11, -85.68])).toBe(true);
    expect(near(places.get('Hamilton County'), [40.07, -86.12])).toBe(true);
    expect(near(places.get('Frankfort'), [40.28, -86.51])).toBe(true);
  });

  it('keeps each name of a cluster its choice led to, across countries', () => {
    for (const [text, name, country, at] of held) {
      const place = resolved(text).get(name);
      expect(place?.country, name).toBe(country);
      expect(near(place, at), name).toBe(true);
    }
  });
});
