import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compareText } from '../compare-text.js';
import { LedeError } from '../errors.js';
import { fileError } from '../io/read-document.js';

/** Input documents a fixture case may have; its expectation sits beside it as X.expected.json. */
export const INPUT_EXTENSIONS = ['.txt', '.html'] as const;
export const EXPECTED_SUFFIX = '.expected.json';

/** One fixture case: an input document and the path where its expected extraction lives (it may not exist yet). */
export interface FixtureCase {
  /** the path under the fixture folder without extension, with "/" separators: "articles/budget-vote" */
  name: string;
  /** paths relative to the fixture folder */
  input: string;
  expected: string;
  /** the same paths joined to the folder as given */
  inputPath: string;
  expectedPath: string;
}

export interface FoundCases {
  cases: FixtureCase[];
  /** expectations without an input document beside them, relative to the folder */
  orphans: string[];
}

/** Walks a fixture folder, in sorted order; dot files and dot folders are skipped. */
export function findCases(dir: string): FoundCases {
  let info;
  try {
    info = statSync(dir);
  } catch (e) {
    throw fileError(dir, e);
  }
  if (!info.isDirectory()) throw new LedeError('E_USAGE', `${dir}: is not a folder of fixtures`);
  const files = listFiles(dir, '');
  const inputs = new Map<string, string>();
  const expectations = new Set<string>();
  for (const file of files) {
    if (file.endsWith(EXPECTED_SUFFIX)) expectations.add(file);
    const ext = INPUT_EXTENSIONS.find((e) => file.endsWith(e));
    if (ext) inputs.set(file.slice(0, -ext.length), file);
  }
  const cases = [...inputs].map(([name, input]) => ({
    name,
    input,
    expected: name + EXPECTED_SUFFIX,
    inputPath: join(dir, input),
    expectedPath: join(dir, name + EXPECTED_SUFFIX),
  }));
  const orphans = [...expectations].filter((e) => !inputs.has(e.slice(0, -EXPECTED_SUFFIX.length)));
  return { cases, orphans };
}

function listFiles(root: string, under: string): string[] {
  let entries;
  try {
    entries = readdirSync(join(root, under), { withFileTypes: true });
  } catch (e) {
    throw fileError(join(root, under), e);
  }
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => compareText(a.name, b.name))) {
    if (entry.name.startsWith('.')) continue;
    const rel = under ? `${under}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(root, rel));
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

/**
 * Whether a case is selected by --only patterns: a pattern with * or ? is a glob over the case name or its
 * input path (** crosses folders); any other pattern matches as a substring.
 */
export function isSelected(c: Pick<FixtureCase, 'name' | 'input'>, patterns: readonly string[]): boolean {
  if (patterns.length === 0) return true;
  return patterns.some((p) => {
    if (!/[*?]/.test(p)) return c.input.includes(p);
    const re = globRegExp(p);
    return re.test(c.name) || re.test(c.input);
  });
}

function globRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*' && glob[i + 1] === '*') {
      source += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else source += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}
