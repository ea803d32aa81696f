import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { Location } from '../src/schema.js';
import { bareFeatureName } from '../src/places/feature-namesake.js';

const located = (text: string): Location[] => extract(text, { explain: true }).locations;
const at = (locations: Location[], surface: string): Location | undefined =>
  locations.find((l) => l.mentions.some((m) => m.text === surface));

describe('a river, a lake or an upland the gazetteer lacks under its whole name', () => {
  it('drops the kind word before or after the name, and nothing else', () => {
    expect(bareFeatureName('boise river')).toBe('boise');
    expect(bareFeatureName('lake arden')).toBe('arden');
    expect(bareFeatureName('river dee')).toBe('dee');
    expect(bareFeatureName('mt. elgin')).toBe('elgin');
    expect(bareFeatureName('arden reservoir')).toBe('arden');
    expect(bareFeatureName('ochil hills')).toBe('ochil');
    expect(bareFeatureName('river')).toBeNull();
    expect(bareFeatureName('arden park')).toBeNull();
  });

  it('is put at a water body or an upland of the bare name near the story', () => {
    const trek = located('Trekkers in the Andes Mountains were stranded by snow, officials in Cusco, Peru, said on Friday.');
    const andes = at(trek, 'Andes Mountains');
    expect(andes?.geo).toMatchObject({ name: 'Andes', featureKind: 'landform' });
    expect(andes?.name).toBe('Andes Mountains');
    expect(andes?.why?.rule).toBe('places/feature-namesake');
  });

  it('is put at the town it is named after, when the town lies near the story or in a state of it', () => {
    const salmon = located(
      'Salmon returns to the Yakima River rose this year, biologists in Seattle said on Wednesday, while runs on rivers near Portland, Oregon, and Boise, Idaho, fell again.',
    );
    expect(at(salmon, 'Yakima River')?.geo).toMatchObject({ name: 'Yakima', featureKind: 'city' });
    const drought = located(
      "Drought has left the Boise River lower than at any time since 1977, state officials said, and farmers from Twin Falls to Idaho Falls and Coeur d'Alene have cut their planting.",
    );
    expect(at(drought, 'Boise River')?.geo).toMatchObject({ name: 'Boise', countryCode: 'US' });
    const flood = located('The Truckee River is expected to crest on Friday, forecasters said, as storms also threatened Las Vegas, Elko and Carson City in Nevada.');
    expect(at(flood, 'Truckee River')?.geo?.name).toBe('Truckee');
    expect(at(flood, 'Truckee River')?.name).toBe('Truckee River');
  });

  it('keeps the article region first, and stays off the map when its namesakes are far from the story', () => {
    const rafting = located('RENO, Nev. (AP) — Rafters on the Truckee River were warned of fast, cold water on Monday as snowmelt swelled the river through Sparks and Verdi.');
    expect(at(rafting, 'Truckee River')?.why?.rule).toBe('places/article-region');
    const far = located(
      'Drought has left the Boise River lower than at any time since 1977, and farmers in Utah and Nevada have cut their planting, officials in Salt Lake City and Las Vegas said.',
    );
    expect(at(far, 'Boise River')?.geo ?? null).toBeNull();
  });
});
