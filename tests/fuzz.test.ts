import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { ExtractionSchema } from '../src/schema.js';
import { adversarialDocument } from './helpers/adversarial.js';
import { allSpans } from './helpers/spans.js';

/** `npm run fuzz` sets FUZZ_RUNS=100000; npm test runs a short pass. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

function problemsOf(text: string): string[] {
  const x = extract(text, { include: ['text', 'sentences', 'tokens'] });
  const problems: string[] = [];
  const parsed = ExtractionSchema.safeParse(x);
  if (!parsed.success) problems.push(`schema: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
  for (const s of allSpans(x)) {
    if (!(s.start >= 0 && s.start <= s.end && s.end <= text.length)) problems.push(`${s.path}: [${s.start}, ${s.end}) outside the text`);
    else if (text.slice(s.start, s.end) !== s.text) problems.push(`${s.path}: text does not equal its slice`);
  }
  return problems;
}

describe('fuzz: any text', () => {
  it(`never throws, keeps every span on its slice and validates (${RUNS} documents)`, () => {
    let documents = 0;
    fc.assert(
      fc.property(adversarialDocument, (text) => {
        documents++;
        expect(problemsOf(text)).toEqual([]);
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261125) },
    );
    console.log(`fuzz: ${documents} documents, 0 failures`);
  }, 3_600_000);

  it('gives the same bytes for the same input', () => {
    fc.assert(
      fc.property(adversarialDocument, (text) => {
        expect(JSON.stringify(extract(text))).toBe(JSON.stringify(extract(text)));
      }),
      { numRuns: Math.min(RUNS, 100), seed: 7 },
    );
  });
});
