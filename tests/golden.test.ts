import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCases } from '../src/check/cases.js';
import { checkCase } from '../src/check/check-fixtures.js';
import { formatText } from '../src/check/format-text.js';
import { addDocument, createReport } from '../src/check/report.js';
import { extract } from '../src/extract.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { fixtureArticles, FIXTURES } from './helpers/fixtures.js';

/**
 * Every fixture case against its expectation, through the same code as `lede check fixtures`; meta is left
 * out. LEDE_UPDATE=1 rewrites the expectations that differ (like `lede check --update`).
 */
const update = Boolean(process.env.LEDE_UPDATE);
const { cases, orphans } = findCases(FIXTURES);

describe.each(cases)('$name', (fixture) => {
  it('matches its expected extraction', async () => {
    const result = await checkCase(fixture, { update });
    if (result.status === 'same' || result.status === 'updated') return;
    const report = createReport({ command: 'check', dir: 'fixtures' });
    addDocument(report, result);
    expect.fail(`\n${formatText(report)}(or, for tests: LEDE_UPDATE=1 npx vitest run tests/golden.test.ts)`);
  });
});

it('has an input document beside every expectation', () => {
  expect(orphans).toEqual([]);
});

/**
 * The digest of every fixture article is pinned in docs/digests/ (fixtures/a/b.txt → docs/digests/a/b.md, out of
 * the fixture folder that `lede batch` reads); LEDE_UPDATE=1 rewrites them too.
 */
const DIGESTS = new URL('../docs/digests/', import.meta.url).pathname;

describe.each(fixtureArticles())('$name', ({ name, text, format }) => {
  it('matches its expected digest', () => {
    const actual = renderMarkdown(extract(text, { inputFormat: format }));
    const expectedPath = join(DIGESTS, name.replace(/\.[a-z]+$/, '.md'));
    if (update || !existsSync(expectedPath)) {
      mkdirSync(dirname(expectedPath), { recursive: true });
      writeFileSync(expectedPath, actual);
    }
    expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
  });
});
