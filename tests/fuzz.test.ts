import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { ExtractionSchema } from '../src/schema.js';
import { adversarialDocument, htmlSoup } from './helpers/adversarial.js';
import { allSpans } from './helpers/spans.js';
import { runCli } from './helpers/run-cli.js';

/** `npm run fuzz` sets FUZZ_RUNS=100000; npm test runs a short pass. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

function problemsOf(input: string, inputFormat: 'text' | 'html' = 'text'): string[] {
  const x = extract(input, { include: ['text', 'sentences', 'tokens'], inputFormat });
  // offsets index the text read: the input itself, or the article text taken from the page
  const text = inputFormat === 'html' ? (x.text ?? '') : input;
  const problems: string[] = [];
  if (x.input.length !== text.length || x.text !== text) problems.push('text: not the text read');
  const parsed = ExtractionSchema.safeParse(x);
  if (!parsed.success) problems.push(`schema: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
  for (const s of allSpans(x)) {
    if (!(s.start >= 0 && s.start <= s.end && s.end <= text.length)) problems.push(`${s.path}: [${s.start}, ${s.end}) outside the text`);
    else if (text.slice(s.start, s.end) !== s.text) problems.push(`${s.path}: text does not equal its slice`);
  }
  return problems;
}

describe('fuzz: any text', () => {
  it(`never throws, keeps every span on its slice and validates (${RUNS} documents, text and HTML)`, () => {
    let documents = 0;
    const document = fc.oneof(
      { weight: 4, arbitrary: adversarialDocument.map((input) => ({ input, format: 'text' as const })) },
      { weight: 1, arbitrary: htmlSoup.map((input) => ({ input, format: 'html' as const })) },
    );
    fc.assert(
      fc.property(document, ({ input, format }) => {
        documents++;
        expect(problemsOf(input, format)).toEqual([]);
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261125) },
    );
    console.log(`fuzz: ${documents} documents, 0 failures`);
  }, 3_600_000);

  // `npm run fuzz` reads them at full size; npm test at a twentieth
  const scale = RUNS >= 10_000 ? 1 : 0.05;
  const huge: Array<[string, () => string]> = [
    ['a 10 MB single line', () => 'The minister said that some 700,000 people fled, officials said, '.repeat((10e6 * scale) / 66)],
    ['a 10 MB token', () => 'x'.repeat(10e6 * scale)],
    ['1 MB of quote marks', () => '" “ ” « » \' ’ ‘'.repeat((1e6 * scale) / 15)],
    ['1 MB of digits', () => '1234567890 12,345.67 $3.2bn 15% '.repeat((1e6 * scale) / 32)],
    ['brackets nested 100,000 deep', () => `${'(['.repeat(50_000 * scale)}Akar said 12${'])'.repeat(50_000 * scale)}`],
  ];
  for (const [name, make] of huge) {
    it(`reads ${name}`, () => expect(problemsOf(make())).toEqual([]), 600_000);
  }

  it('gives the same bytes for the same input', () => {
    fc.assert(
      fc.property(adversarialDocument, (text) => {
        expect(JSON.stringify(extract(text))).toBe(JSON.stringify(extract(text)));
      }),
      { numRuns: Math.min(RUNS, 100), seed: 7 },
    );
  });
});

/** What any CLI run must look like: a documented exit code, and on stderr only one-line "lede: ..." messages. */
function expectTidy(r: { code: number; stdout: string; stderr: string }): void {
  expect([0, 1, 2]).toContain(r.code);
  for (const line of r.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^lede: /);
  expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
}

const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  adversarialDocument.map((s) => new TextEncoder().encode(s)),
);

describe('fuzz: the CLI', () => {
  it('extract on any bytes: JSON on exit 0, else one line naming stdin and exit 2', async () => {
    await fc.assert(
      fc.asyncProperty(bytes, async (input) => {
        const r = await runCli(['extract', '-'], { stdin: input });
        expectTidy(r);
        if (r.code === 0) expect(() => JSON.parse(r.stdout)).not.toThrow();
        else expect(r.stderr).toMatch(/^lede: stdin: /);
      }),
      { numRuns: Math.min(RUNS, 200), seed: 11 },
    );
  });

  it('batch on any lines: one output line per non-blank input line, each an extraction or an error record', async () => {
    const line = fc.oneof(
      fc.tuple(fc.nat(), adversarialDocument).map(([i, text]) => JSON.stringify({ id: `d${i}`, text })),
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.json(),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 8 }), async (lines) => {
        const input = lines.map((l) => l.replace(/[\r\n]/g, ' ')).join('\n');
        const r = await runCli(['batch', '-', '--jobs', '1', '-q'], { stdin: input });
        expectTidy(r);
        const expected = input.split('\n').filter((l) => l.trim() !== '').length;
        const out = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { error?: unknown; entities?: unknown });
        expect(out).toHaveLength(expected);
        for (const x of out) expect(x.error !== undefined || Array.isArray(x.entities)).toBe(true);
      }),
      { numRuns: Math.min(RUNS, 100), seed: 13 },
    );
  });
});
