import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCases } from '../src/check/cases.js';
import { renderJsonSchema } from '../src/render/json-schema.js';
import { EVIDENCE_ROLES, ExtractionSchema, MetaSchema, RULES, SCHEMA_VERSION } from '../src/schema.js';
import { FIXTURES } from './helpers/fixtures.js';
import { runCli } from './helpers/run-cli.js';

const COMMITTED = new URL('../schema/lede.schema.json', import.meta.url);
const README = new URL('../README.md', import.meta.url);

describe('the published JSON Schema', () => {
  it('is the committed schema/lede.schema.json, regenerated from the zod schema (npm run schema)', () => {
    const committed = readFileSync(COMMITTED, 'utf8');
    expect(committed, 'schema/lede.schema.json has drifted from src/schema.ts: run `npm run schema` and commit it').toBe(renderJsonSchema());
  });

  it('is what `lede schema` prints, and pins the current schemaVersion', async () => {
    const r = await runCli(['schema']);
    expect(r.stdout).toBe(readFileSync(COMMITTED, 'utf8'));
    expect(JSON.parse(r.stdout).properties.schemaVersion.const).toBe(SCHEMA_VERSION);
  });

  it('documents meta, which check and diff ignore', () => {
    const schema = JSON.parse(readFileSync(COMMITTED, 'utf8'));
    expect(schema.properties.meta.description).toMatch(/ignore/);
  });

  it('has a changelog entry in the README for the current schemaVersion', () => {
    const readme = readFileSync(README, 'utf8');
    const at = readme.indexOf('\n## Schema versioning');
    expect(at, 'README needs a "## Schema versioning" section').toBeGreaterThan(0);
    expect(readme.slice(at)).toMatch(new RegExp(`\\n### ${SCHEMA_VERSION.replace(/\./g, '\\.')}\\b`));
  });
});

describe('the rules a why names', () => {
  const readme = readFileSync(README, 'utf8');
  const at = readme.indexOf('\n### Why: the rules');
  const section = readme.slice(at, readme.indexOf('\n### ', at + 1));

  it.each(RULES)('%s is in the README\'s table of rules', (rule) => {
    expect(at, 'README needs a "### Why: the rules" section').toBeGreaterThan(0);
    expect(section).toContain(`\`${rule}\``);
  });

  it('names every evidence role in the README', () => {
    for (const role of EVIDENCE_ROLES) expect(section, role).toContain(`\`${role}\``);
  });
});

describe('the fixture expectations', () => {
  // Expectations leave meta out; everything else must be a valid extraction of the current schema.
  const Expectation = ExtractionSchema.extend({ meta: MetaSchema.optional() }).strict();
  it.each(findCases(FIXTURES).cases)('$expected is a valid extraction', ({ expectedPath }) => {
    const parsed = Expectation.safeParse(JSON.parse(readFileSync(expectedPath, 'utf8')));
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
  });
});
