import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { Location } from '../src/schema.js';

const located = (text: string): Location[] => extract(text, { explain: true }).locations;
const at = (locations: Location[], surface: string): Location | undefined =>
  locations.find((l) => l.mentions.some((m) => m.text === surface));

const BEARA = `KENMARE, Co Kerry — Gardaí have increased patrols on the peninsula following a series of burglaries at holiday homes in recent weeks.

Homes in Tuosist and Eyeries were targeted, and a car was stolen from a driveway near Kilgarvan last Friday.`;

const STATIONS = `KILLARNEY, Co Kerry — Three rural Garda stations in south Kerry will lose their full-time cover from next month, local representatives said on Tuesday.

The stations at Tuosist and Templenoe will open for two hours a week, and the Adrigole Garda station will close. Gardaí from Kenmare will cover the area. The Eyeries community alert group said it would write to the minister.`;

const IVERAGH = `CAHERDANIEL, Co Kerry — The Garda station in Waterville will open for only four hours a week from next month, leaving officers from Cahersiveen to cover calls in Ballinskelligs and Derrynane.

Residents in Caherdaniel said the nearest patrol car was often 40 minutes away.`;

describe('places: a village the tagger skipped, in a local story', () => {
  it.each([
    ['after a word of position', 'Tuosist'],
    ['listed beside such a village', 'Eyeries'],
    ['opening a local body’s name', 'Adrigole', STATIONS],
    ['opening a local group’s name', 'Eyeries', STATIONS],
    // the tagger's one-word organisation, named once, closing a list a word of position opens
    ['closing a list "in" opens', 'Derrynane', IVERAGH],
  ])('is put in the article’s region %s', (_, surface, text = BEARA) => {
    const place = at(located(text), surface);
    expect(place?.geo).toMatchObject({ name: 'Kerry', featureKind: 'admin2', countryCode: 'IE' });
    expect(place?.why?.rule).toBe('places/article-region');
  });

  it.each([
    ['a road exit', 'WORCESTER, Mass. (AP) — A truck jackknifed as it left the highway at Exit 9 near Auburn, police said.', 'Exit'],
    ['an ordinal street', 'MEDINA, Ohio — The city will plant 40 trees on Third and Sixth streets in Medina this fall.', 'Third'],
    ['a headline word the text writes in lower case', 'Hartford Police Arrest Three In Sweeps\n\nHARTFORD, Conn. — Officers arrested three men in two sweeps in Hartford and Bloomfield on Tuesday.', 'Sweeps'],
  ])('proposes no %s', (_, text, word) => {
    expect(located(text).some((l) => l.mentions.some((m) => m.text.includes(word)))).toBe(false);
  });

  it('puts no village on the map in a story of no one region', () => {
    const village = at(located('Protests spread on Sunday from Lyon and Marseille to Lille, and crowds gathered in Vrelacq, organisers said.'), 'Vrelacq');
    expect(village?.geo ?? null).toBeNull();
  });
});
