import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname;

/** Every article fixture (a .txt file under fixtures/), found by walking the folder. */
export function fixtureArticles(dir = FIXTURES): Array<{ name: string; path: string; text: string }> {
  const out: Array<{ name: string; path: string; text: string }> = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...fixtureArticles(path));
    else if (entry.name.endsWith('.txt')) out.push({ name: path.slice(FIXTURES.length), path, text: readFileSync(path, 'utf8') });
  }
  return out;
}
