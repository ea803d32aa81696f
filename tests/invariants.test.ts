import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { ExtractionSchema } from '../src/schema.js';
import { fixtureArticles } from './helpers/fixtures.js';
import { expectSpansSliceText } from './helpers/spans.js';

describe.each(fixtureArticles())('$name', ({ text: input, format }) => {
  const x = extract(input, { include: ['text', 'sentences', 'tokens'], inputFormat: format });
  const text = x.text!;

  it('validates against the schema', () => {
    const parsed = ExtractionSchema.safeParse(x);
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
  });

  it('keeps the slice invariant for every span', () => {
    expectSpansSliceText(x, text);
  });

  it('orders layers by offset and gives unique ids', () => {
    for (const layer of [x.quotes, x.numbers]) {
      const starts = layer.map((i) => i.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
    const ids = [...x.entities, ...x.quotes, ...x.numbers, ...x.locations].map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    const entityIds = new Set(x.entities.map((e) => e.id));
    for (const q of x.quotes) if (q.speaker?.entityId) expect(entityIds.has(q.speaker.entityId)).toBe(true);
    for (const l of x.locations) if (l.entityId) expect(entityIds.has(l.entityId)).toBe(true);
  });

  it('gives the same bytes for the same input', () => {
    expect(JSON.stringify(extract(input, { include: ['text', 'sentences', 'tokens'], inputFormat: format }))).toBe(JSON.stringify(x));
  });
});
