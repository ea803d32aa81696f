import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { renderJson } from '../src/render/json.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { fixtureArticles } from './helpers/fixtures.js';

function expectGolden(actual: string, expectedPath: string): void {
  if (process.env.LEDE_UPDATE || !existsSync(expectedPath)) writeFileSync(expectedPath, actual);
  expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
}

/** Goldens pin the extraction (meta left out) and the digest of every fixture article; LEDE_UPDATE=1 rewrites them. */
describe.each(fixtureArticles())('$name', ({ path, text, format }) => {
  const x = extract(text, { inputFormat: format });
  const base = path.replace(/\.(?:txt|html)$/, '');

  it('matches its expected extraction', () => {
    const { meta: _meta, ...rest } = x;
    expectGolden(renderJson(rest as never), `${base}.expected.json`);
  });

  it('matches its expected digest', () => {
    expectGolden(renderMarkdown(x), `${base}.expected.md`);
  });
});
