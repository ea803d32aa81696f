import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readExtractions, type ReadStats } from '../src/report/read.js';
import { buildReport, type Report } from '../src/report/report.js';
import { headWord } from '../src/report/figures.js';
import { ExtractionSchema, SCHEMA_VERSION, type Entity, type Extraction, type NumericClaim, type Quote } from '../src/schema.js';

const BIN = new URL('../bin/lede.js', import.meta.url).pathname;

/** Builds an extraction by hand over a made-up text, every span found in that text. */
class Article {
  readonly entities: Entity[] = [];
  readonly quotes: Quote[] = [];
  readonly numbers: NumericClaim[] = [];
  readonly locations: Extraction['locations'] = [];

  constructor(
    readonly id: string,
    readonly text: string,
  ) {}

  at(s: string, from = 0) {
    const start = this.text.indexOf(s, from);
    if (start < 0) throw new Error(`"${s}" is not in ${this.id}`);
    return { start, end: start + s.length, text: s };
  }

  entity(type: Entity['type'], name: string, roles: string[] = []): string {
    const id = `${type.toLowerCase()}:${name.toLowerCase().replaceAll(' ', '-')}`;
    this.entities.push({ id, type, name, aliases: [], roles, mentions: [{ ...this.at(name), kind: 'name' }] });
    return id;
  }

  quote(words: string, speaker: string, entityId: string | null): this {
    const part = this.at(words);
    const end = this.text.indexOf('"', part.end) + 1;
    this.quotes.push({
      start: part.start - 1,
      end,
      text: this.text.slice(part.start - 1, end),
      id: `q:${part.start}`,
      kind: 'direct',
      partial: false,
      parts: [part],
      speaker: { name: speaker, entityId, mention: this.text.includes(speaker, part.end) ? this.at(speaker, part.end) : this.at(speaker), resolvedBy: 'explicit' },
      cue: null,
    });
    return this;
  }

  figure(written: string, value: number, qualifier: NumericClaim['qualifier'], counts: string, claimedBy: string | null = null): this {
    const span = this.at(written);
    this.numbers.push({ ...span, id: `n:${span.start}`, kind: 'count', value, range: null, unit: null, qualifier, counts: this.at(counts, span.end), claimedBy: claimedBy ? { name: claimedBy, entityId: null, mention: null } : null });
    return this;
  }

  place(name: string): this {
    this.locations.push({ id: `place:${name.toLowerCase()}`, name, entityId: null, mentions: [{ ...this.at(name), role: 'mention' }], geo: null, candidates: [] });
    return this;
  }

  toJSON(): Extraction {
    return {
      schemaVersion: SCHEMA_VERSION,
      id: this.id,
      meta: { lede: '0.0.0', model: 'test', gazetteer: 'none', options: {} },
      input: { format: 'text', length: this.text.length },
      headline: null,
      dateline: null,
      entities: this.entities,
      quotes: this.quotes,
      numbers: this.numbers,
      locations: this.locations,
      diagnostics: [],
    };
  }
}

const PLEDGE = 'We will rebuild every school in the valley before winter comes';

function corpus(): Article[] {
  const a = new Article('a', `"${PLEDGE}," said Maria Keller. "The roads open on Monday," said Keller again. The Harbour Trust said "We are ready to help at once." Some 700,000 people fleeing Idlib were counted.`);
  const keller = a.entity('PERSON', 'Maria Keller', ['mayor']);
  const trust = a.entity('ORG', 'Harbour Trust');
  a.quote(PLEDGE, 'Maria Keller', keller).quote('The roads open on Monday,', 'Keller', keller).quote('We are ready to help at once.', 'Harbour Trust', trust);
  a.figure('700,000', 700000, 'exact', 'people fleeing').place('Idlib');

  const b = new Article('b', `"${PLEDGE}!" Tomas Brandt told reporters. Officials say 900,000 people have left Idlib.`);
  b.quote(PLEDGE, 'Tomas Brandt', b.entity('PERSON', 'Tomas Brandt'));
  b.figure('900,000', 900000, 'exact', 'people', 'Officials').place('Idlib');

  const c = new Article('c', 'More than 700,000 displaced people are in camps near Idlib.');
  c.figure('700,000', 700000, 'more_than', 'displaced people').place('Idlib');

  const shorter = 'We will rebuild every school in the valley';
  const d = new Article('d', `"${shorter}," said Keller. In Hamburg, 900,000 people watched the final.`);
  d.quote(shorter, 'Keller', d.entity('PERSON', 'Keller'));
  d.figure('900,000', 900000, 'exact', 'people').place('Hamburg');
  return [a, b, c, d];
}

function jsonl(): string {
  const lines = corpus().map((x) => JSON.stringify(x));
  lines.splice(2, 0, JSON.stringify({ schemaVersion: SCHEMA_VERSION, id: 'broken', error: { code: 'E_EMPTY', message: 'the document is empty' } }));
  return `${lines.join('\n')}\n`;
}

async function report(input: string): Promise<{ report: Report; stats: ReadStats; warnings: string[] }> {
  const stats: ReadStats = { extractions: 0, errorRecords: 0, unreadable: 0 };
  const warnings: string[] = [];
  const xs = readExtractions(['-'], { cwd: process.cwd(), stdin: Readable.from([Buffer.from(input)]), stats, warn: (w) => warnings.push(w) });
  return { report: await buildReport(xs, stats, 20), stats, warnings };
}

describe('lede report', () => {
  it('reads hand-made extractions that satisfy the schema', () => {
    for (const x of corpus()) expect(ExtractionSchema.safeParse(x.toJSON()).success).toBe(true);
  });

  it('ranks the most-quoted people and organisations, a lone surname counted with the full name', async () => {
    const { report: r, stats } = await report(jsonl());
    expect(stats).toEqual({ extractions: 4, errorRecords: 1, unreadable: 0 });
    expect(r.mostQuoted.people.map((p) => [p.name, p.quotes, p.documents, p.roles])).toEqual([
      ['Maria Keller', 3, 2, ['mayor']],
      ['Tomas Brandt', 1, 1, []],
    ]);
    expect(r.mostQuoted.organisations.map((o) => [o.name, o.quotes])).toEqual([['Harbour Trust', 1]]);
  });

  it('finds a quote given to different speakers, matching a shortened wording', async () => {
    const { report: r } = await report(jsonl());
    expect(r.quoteConflicts).toHaveLength(1);
    expect(r.quoteConflicts[0]).toEqual({
      text: PLEDGE,
      attributions: [
        { speaker: 'Maria Keller', documents: 2, examples: ['a', 'd'] },
        { speaker: 'Tomas Brandt', documents: 1, examples: ['b'] },
      ],
    });
  });

  it('finds figures for the same thing and place that cannot both hold, reading hedges', async () => {
    const { report: r } = await report(jsonl());
    expect(r.figureConflicts).toHaveLength(1);
    const c = r.figureConflicts[0]!;
    expect([c.thing, c.place, c.documents]).toEqual(['people', 'Idlib', 3]);
    expect(c.claims.map((f) => [f.document, f.text, f.low, f.high, f.claimedBy])).toEqual([
      ['a', '700,000', 700000, 700000, null],
      ['c', '700,000', 700000, null, null],
      ['b', '900,000', 900000, 900000, 'Officials'],
    ]);
  });

  it('finds no conflict where hedges allow both figures', async () => {
    const [, b, c] = corpus();
    const { report: r } = await report(`${JSON.stringify(b)}\n${JSON.stringify(c)}\n`);
    expect(r.figureConflicts).toEqual([]);
  });

  it('takes the head of a counted phrase', () => {
    expect(['Turkish soldiers', 'people fleeing', 'displaced families', 'additional vehicles', 'newly arrived refugees'].map(headWord)).toEqual([
      'soldier',
      'people',
      'family',
      'vehicle',
      'refugee',
    ]);
  });

  it('prints Markdown or JSON from the CLI, and exits 1 naming a line that is not an extraction', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lede-report-'));
    const file = join(dir, 'out.jsonl');
    writeFileSync(file, `${jsonl()}this is not JSON\n`);
    const md = spawnSync(process.execPath, [BIN, 'report', file], { encoding: 'utf8' });
    expect(md.status).toBe(1);
    expect(md.stderr).toBe(`lede: ${file}:6: not an extraction of lede batch, skipped\n`);
    expect(md.stdout).toContain('4 extractions read (1 error records and 1 unreadable lines skipped).');
    expect(md.stdout).toContain('| 1 | Maria Keller | 3 | 2 | mayor | `a`, `d` |');
    expect(md.stdout).toContain(`> ${PLEDGE}`);
    expect(md.stdout).toContain('### people · Idlib');
    expect(md.stdout).toContain('| 700,000 | displaced people | ≥ 700,000 | `c` |  |');
    const json = spawnSync(process.execPath, [BIN, 'report', '--format', 'json', '-'], { input: jsonl(), encoding: 'utf8' });
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout).figureConflicts[0].place).toBe('Idlib');
  });
});
