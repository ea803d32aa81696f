import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/doc/document.js';
import { findPlaces } from '../src/places/recognize.js';
import { gazetteer } from '../src/places/gazetteer.js';
import { PLACE_THRESHOLD } from '../src/places/evidence.js';
import type { Entity } from '../src/schema.js';

/** The place mentions of `text` when the tagger reads each of `names` as a GPE (every occurrence). */
function mentions(text: string, names: string[]): Array<{ text: string; strong: boolean; listed: string | null }> {
  const entities: Entity[] = names.map((name) => {
    const ms = [...text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))].map((m) => ({ start: m.index!, end: m.index! + name.length, text: name, kind: 'name' as const }));
    return { id: `gpe:${name.toLowerCase()}`, type: 'GPE', name, aliases: [], roles: [], mentions: ms };
  });
  const found = findPlaces(createDoc(text), entities, null, gazetteer()).mentions;
  return found
    .filter((m) => names.includes(text.slice(m.start, m.end)))
    .map((m) => ({ text: text.slice(m.start, m.end), strong: m.evidence >= PLACE_THRESHOLD, listed: m.listedWith ? text.slice(m.listedWith.start, m.listedWith.end) : null }));
}

describe('places: names the gazetteer lacks, listed together', () => {
  it.each([
    ['composers', 'The recital closes with pieces by Vaskrenko, Holvadzy and Tremellin, the pianist said.', ['Vaskrenko', 'Holvadzy', 'Tremellin']],
    ['painters', 'She has lent canvases by Orsolini and Brekkeveld to the new wing.', ['Orsolini', 'Brekkeveld']],
    ['a band and a brand', 'Fans queued overnight to hear Quorvex and Zellbright play.', ['Quorvex', 'Zellbright']],
  ])('are no list of places for each other (%s)', (_, text, names) => {
    for (const m of mentions(text, names)) expect(m).toMatchObject({ listed: null, strong: false });
  });

  it.each([
    ['villages after a word of place', 'Shelling hit the villages of Tsveranti and Okhvelisi overnight.', 'Okhvelisi', 'Tsveranti'],
    ['a street beside a new road', 'The crash happened at Harrowgate Road and Millbeck Trafficway on Monday.', 'Millbeck Trafficway', 'Harrowgate Road'],
  ])('still are when one of them is a place on its own words (%s)', (_, text, name, other) => {
    const names = [other, name];
    const m = mentions(text, names).find((x) => x.text === name);
    expect(m).toMatchObject({ listed: other });
  });
});
