import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const named = (text: string): Array<[string, string]> =>
  extract(text).entities.flatMap((e) => e.mentions.filter((m) => m.kind === 'name').map((m) => [m.text, e.type] as [string, string]));

describe("a name the tagger ended before an institution's head runs on over it", () => {
  it.each([
    ['Westmeath County Council approved the plan on Monday.', 'Westmeath County Council'],
    ['Doctors at the University of Galway Hospital said she was stable.', 'University of Galway Hospital'],
    ['She was fined in Custer County Court on Wednesday.', 'Custer County Court'],
  ])('"%s"', (text, whole) => {
    expect(named(text)).toContainEqual([whole, 'ORG']);
  });

  it.each([
    ['She flew to Paris on Monday.', ['Paris', 'GPE']],
    ['Officials of the Dublin council met on Friday.', ['Dublin', 'GPE']],
  ] as Array<[string, [string, string]]>)('leaves "%s" as it was', (text, kept) => {
    const names = named(text);
    expect(names).toContainEqual(kept);
    expect(names.some(([name]) => / council$/i.test(name))).toBe(false);
  });
});
