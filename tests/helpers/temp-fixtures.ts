import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Articles written for these tests: a quote with a named speaker, figures, places. */
export const ARTICLES: Record<string, string> = {
  'council/flood-barrier.txt': `Holloway council approves a flood barrier

HOLLOWAY (Wire) — The Holloway town council voted on Tuesday to build a flood barrier costing $38 million, after the river burst its banks twice this year.

"We cannot ask families to rebuild a third time," Mayor Ana Ortiz told reporters outside the town hall. She said about 1,200 homes had been damaged since March.

Engineers from the regional water authority said the barrier would take 18 months to finish.
`,
  'sport/stadium.txt': `Stadium plan splits Marlow residents

MARLOW — More than 4,000 people signed a petition against a new stadium in Marlow, the city's planning office said on Friday.

"This is a park, not a car park," said Tom Reyes, who organised the petition. The club's chairman, Lena Brandt, said the stadium would bring 300 jobs to the city.
`,
};

/** A fresh folder holding the test articles (and no expectations yet). */
export function tempFixtures(articles: Record<string, string> = ARTICLES): string {
  const dir = mkdtempSync(join(tmpdir(), 'lede-fixtures-'));
  for (const [path, text] of Object.entries(articles)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

export function readJson(path: string): Record<string, any> {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}
