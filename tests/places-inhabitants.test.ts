import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/doc/document.js';
import { findPlaces } from '../src/places/recognize.js';
import { gazetteer } from '../src/places/gazetteer.js';
import type { Entity, EntityType } from '../src/schema.js';

/** The evidence of the first place mention of `name` when the tagger reads each occurrence as `type`. */
function evidenceOf(text: string, name: string, type: EntityType): number | undefined {
  const mentions = [...text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))].map((m) => ({ start: m.index!, end: m.index! + name.length, text: name, kind: 'name' as const }));
  const entities: Entity[] = [{ id: `x:${name.toLowerCase()}`, type, name, aliases: [], roles: [], mentions }];
  const found = findPlaces(createDoc(text), entities, null, gazetteer()).mentions;
  return found.find((m) => text.slice(m.start, m.end) === name)?.evidence;
}

describe("places: a place's people named after it, in lower case", () => {
  it.each([
    ['residents', 'On Friday about 60 Leicester residents marched against the plan.'],
    ['natives', 'The two Leicester natives opened the bakery in 2019.'],
    ['voters', 'Most Leicester voters backed the measure, the count showed.'],
  ])('weigh for the place ("%s")', (word, text) => {
    const before = evidenceOf(text.replace(` ${word}`, ` ${word === 'natives' ? 'bakers' : 'staff'}`), 'Leicester', 'ORG')!;
    expect(evidenceOf(text, 'Leicester', 'ORG')! - before).toBeGreaterThan(0);
  });

  it('puts a big town the tagger calls an organisation back on the map', () => {
    const text = 'About 60 Leicester residents marched on Friday against the closure of the library.';
    expect(evidenceOf(text, 'Leicester', 'ORG')).toBeGreaterThanOrEqual(0);
  });

  it("leaves a firm's staff and customers alone", () => {
    expect(evidenceOf('Some Halifax staff were told on Monday that the branch would close.', 'Halifax', 'ORG')).toBeLessThan(0);
    expect(evidenceOf('Halifax customers could not log in on Monday, the bank said.', 'Halifax', 'ORG') ?? -1).toBeLessThan(0);
  });
});
