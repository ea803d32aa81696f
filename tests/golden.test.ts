import { describe, expect, it } from 'vitest';
import { findCases } from '../src/check/cases.js';
import { checkCase } from '../src/check/check-fixtures.js';
import { formatText } from '../src/check/format-text.js';
import { addDocument, createReport } from '../src/check/report.js';
import { FIXTURES } from './helpers/fixtures.js';

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
