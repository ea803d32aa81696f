import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const LEAD = 'NEW YORK, Dec 6 (Reuters) - ';
const mentionsOf = (body: string, name: string) =>
  extract(LEAD + body, { explain: true }).entities.filter((e) => e.mentions.some((m) => m.text.startsWith(name)));

describe('a name always written with its "\'s" holds it where no possessive can stand', () => {
  it.each([
    ["Regulators ordered Halvard's to repay customers. Halvard's shares fell 4%.", "Halvard's"],
    ["The bid for Dunmore's was the largest of the year, and Dunmore's said it would study it.", "Dunmore's"],
    ["The bonds were rated A2 by Kestrel's. Kestrel's analysts expect more downgrades.", "Kestrel's"],
  ])('reads "%s" with every mention as %s', (body, name) => {
    const found = mentionsOf(body, name.slice(0, -2));
    expect(found).toHaveLength(1);
    expect(found[0]!.type).toBe('ORG');
    expect(found[0]!.mentions.map((m) => m.text)).toEqual([name, name]);
  });

  it('leaves a possessive before a noun, and a name the story also writes bare, as they are', () => {
    expect(mentionsOf("Pellham's plans were dropped on Friday.", 'Pellham').flatMap((e) => e.mentions.map((m) => m.text))).not.toContain("Pellham's");
    const bare = mentionsOf('Maria Ortega said she would appeal. A judge ordered Ortega\'s to be heard first. Ortega declined to comment.', 'Ortega');
    expect(bare.flatMap((e) => e.mentions.map((m) => m.text))).not.toContain("Ortega's");
  });

  it('keeps a capitalised word after the possessive a name, whatever its part of speech ("Puerto Rico\'s Javier Ortega")', () => {
    const x = extract(LEAD + "He will face Puerto Rico's Javier Ortega in the final.");
    expect(x.entities.find((e) => e.name.startsWith('Puerto'))?.mentions.map((m) => m.text)).toEqual(['Puerto Rico']);
  });
});
