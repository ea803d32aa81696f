import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { renderJson } from '../src/render/json.js';
import { fixtureArticles } from './helpers/fixtures.js';

/** Goldens pin the extraction of every fixture article, meta left out; LEDE_UPDATE=1 rewrites them. */
describe.each(fixtureArticles())('$name', ({ path, text }) => {
  it('matches its expected extraction', () => {
    const { meta: _meta, ...x } = extract(text);
    const actual = renderJson(x as never);
    const expectedPath = path.replace(/\.txt$/, '.expected.json');
    if (process.env.LEDE_UPDATE || !existsSync(expectedPath)) writeFileSync(expectedPath, actual);
    expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
  });
});
