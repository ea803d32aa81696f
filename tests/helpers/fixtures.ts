import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname;

export interface Fixture {
  name: string;
  path: string;
  /** the file as read: article text, or a web page for html fixtures */
  text: string;
  format: 'text' | 'html';
}

/** Every article fixture (a .txt or .html file under fixtures/), found by walking the folder. */
export function fixtureArticles(dir = FIXTURES): Fixture[] {
  const out: Fixture[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    const format = entry.name.endsWith('.txt') ? 'text' : entry.name.endsWith('.html') ? 'html' : null;
    if (entry.isDirectory()) out.push(...fixtureArticles(path));
    else if (format) out.push({ name: path.slice(FIXTURES.length), path, text: readFileSync(path, 'utf8'), format });
  }
  return out;
}
