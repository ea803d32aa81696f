import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { constructedRegexes, regexLiterals, regexpConstructorSites, sourceFiles, type FoundRegex } from './helpers/regexes.js';

const ROOT = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * Patterns recheck calls super-linear that are safe where they are used, each with the reason. An entry names
 * its file and a piece of its source.
 */
const PROVEN_SAFE: ReadonlyArray<{ file: string; includes: string; reason: string }> = [
  { file: 'entities/furniture.ts', includes: String.raw`[.:!]+$`, reason: 'only lines of at most 120 characters are read' },
  {
    file: 'entities/furniture.ts',
    includes: String.raw`\(\s*(?:(?:photo|photograph`,
    reason: 'after each "(" the whitespace run and the {1,80} repeat overlap for at most 80 characters: linear',
  },
  { file: 'numbers/ranges.ts', includes: String.raw`(?:^|[^\p{L}])`, reason: 'reads the 12 characters before a figure' },
  { file: 'render/format.ts', includes: String.raw`[\s,;:.]+$`, reason: 'reads a string cut to 90 characters' },
  { file: 'numbers/hedges.ts', includes: String.raw`(?:(?<![\p{L}\d])(?:smaller\s+than`, reason: 'reads the 40 characters before a figure' },
  {
    file: 'numbers/temporal.ts',
    includes: String.raw`\b(?<m1>`,
    reason: 'every unbounded repeat follows a month or day of bounded length, so a stretch is read from a bounded number of starts',
  },
  { file: 'render/format.ts', includes: String.raw`\B(?=(\d{3})+(?!\d))`, reason: 'groups the digits of a number below a million' },
  {
    file: 'input/furniture-lines.ts',
    includes: String.raw`(?:\((?:photos?|photograph|images?|pictures?|credits?`,
    reason: 'every repeat is bounded ({0,80}, {1,60}): at most about 90 characters are read from each start',
  },
  { file: 'io/page-bytes.ts', includes: String.raw`<meta\b[^>]*>`, reason: "reads a page's first 1,024 bytes (the HTML standard's prescan)" },
];

/** RegExp constructors that run only on user input, not on loading; each tried on short strings, never on a document. */
const CALLED_LATER: ReadonlyArray<{ file: string; reason: string }> = [
  { file: 'check/cases.ts', reason: 'a glob from the command line, tried on fixture names' },
];

/**
 * recheck's verdict, ignoring flags that do not change how a match is tried. Its timeout is wall time, so on a
 * loaded machine a check that ran out of time is tried again with a longer one before it counts as unknown.
 */
function verdict(r: FoundRegex): string {
  const check = (timeout: number) => checkSync(r.source, r.flags.replace(/[gd]/g, ''), { timeout, randomSeed: 1 });
  const first = check(20_000);
  const d = first.status === 'unknown' && first.error.kind === 'timeout' ? check(120_000) : first;
  return d.status === 'safe' ? 'safe' : d.status === 'vulnerable' ? `vulnerable (${d.complexity.type}): ${d.attack.pattern}` : `unknown (${d.error.kind})`;
}

function allowed(r: FoundRegex): boolean {
  const file = r.site.replace(/:\d+$/, '');
  return PROVEN_SAFE.some((a) => a.file === file && r.source.includes(a.includes));
}

/** Programs that run when loaded (their literals are still read, and any RegExp constructor in them must be listed above). */
const ENTRY_POINTS = new Set(['batch/worker.ts', 'serve/worker.ts', 'train/main.ts']);

describe('regular expressions in src/', () => {
  const files = sourceFiles(ROOT);
  const literals = regexLiterals(ROOT, files);
  const constructed = constructedRegexes(ROOT, async () => {
    for (const f of files) if (!ENTRY_POINTS.has(relative(ROOT, f))) await import(pathToFileURL(f).href);
  });

  it('are all checked for catastrophic backtracking, the RegExp constructors included', async () => {
    const built = await constructed;
    // a constructor that runs only later (on user input) must be proven safe by hand
    const seen = new Set(built.map((r) => r.site));
    const unseen = regexpConstructorSites(ROOT, files).filter((site) => !seen.has(site));
    expect(unseen.filter((site) => !CALLED_LATER.some((c) => site.startsWith(`${c.file}:`)))).toEqual([]);

    const unique = new Map<string, FoundRegex>();
    for (const r of [...literals, ...built]) unique.set(`${r.flags}/${r.source}`, unique.get(`${r.flags}/${r.source}`) ?? r);
    const risky = [...unique.values()]
      .filter((r) => !allowed(r))
      .map((r) => ({ site: r.site, pattern: `/${r.source.slice(0, 80)}/${r.flags}`, verdict: verdict(r) }))
      .filter((r) => r.verdict !== 'safe');
    expect(risky).toEqual([]);
    expect(literals.length).toBeGreaterThan(100);
    expect(built.length).toBeGreaterThan(10);
  }, 600_000);

  it('keep no stale allowance', async () => {
    const all = [...literals, ...(await constructed)];
    for (const a of PROVEN_SAFE) expect(all.some((r) => r.site.startsWith(`${a.file}:`) && r.source.includes(a.includes)), `${a.file}: ${a.includes}`).toBe(true);
  });
});
