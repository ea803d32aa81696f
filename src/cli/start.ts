import { parseArgs } from 'node:util';
import type { ExitCode } from '../errors.js';
import { INCLUDES, OUTPUT_LAYERS, parseNames } from '../include.js';
import { FORMAT_NAMES, type FormatName } from '../render/index.js';
import { DEFAULT_MAX_CHARS, failWith, INPUT_CHOICES, runExtract, wholeNumber, type ExtractFlags } from './extract-run.js';
import { nodeIo, type Io } from './process-io.js';

/**
 * The CLI's entry. A well-formed `lede extract` or `lede digest`, what a desk runs one article at a time, starts
 * without the command-line parser and the other commands (a quarter of its start-up); anything else, help and
 * every mistake included, goes to the full CLI, which says what is wrong.
 */
export async function start(argv: readonly string[], io: Io = nodeIo()): Promise<ExitCode> {
  const quick = quickExtract(argv);
  // by URL, so that the bundle of this path (scripts/bundle.mjs) leaves the full CLI out and loads it from dist/cli/
  if (!quick) return ((await import(new URL('./main.js', import.meta.url).href)) as typeof import('./main.js')).run(argv, io);
  try {
    return await runExtract(io, quick.file, quick.flags);
  } catch (e) {
    return failWith(io, e);
  }
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  include: { type: 'string' },
  input: { type: 'string' },
  'max-chars': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  only: { type: 'string' },
  explain: { type: 'boolean' },
} as const;

/** Options `lede digest` takes; extract takes them all. */
const DIGEST_OPTIONS = new Set(['output', 'input', 'max-chars', 'explain']);

/** The file and flags of a plain extract or digest, each option at most once and every value valid; null for anything else. */
function quickExtract(argv: readonly string[]): { file: string; flags: ExtractFlags } | null {
  const [command, ...rest] = argv;
  if (command !== 'extract' && command !== 'digest') return null;
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch {
    return null;
  }
  const names = parsed.tokens.filter((t) => t.kind === 'option').map((t) => t.name);
  if (new Set(names).size !== names.length || parsed.positionals.length > 1) return null;
  if (command === 'digest' && names.some((n) => !DIGEST_OPTIONS.has(n))) return null;
  const v = parsed.values;
  if (v.color && v['no-color']) return null;
  const format = v.format ?? (command === 'digest' ? 'md' : 'json');
  const include = parseNames(v.include ?? '', INCLUDES);
  const only = v.only === undefined ? null : parseNames(v.only, OUTPUT_LAYERS);
  const input = v.input ?? 'auto';
  const maxChars = v['max-chars'] === undefined ? DEFAULT_MAX_CHARS : wholeNumber(v['max-chars'], Number.MAX_SAFE_INTEGER);
  if (!(FORMAT_NAMES as readonly string[]).includes(format) || 'unknown' in include || (only && 'unknown' in only) || !(INPUT_CHOICES as readonly string[]).includes(input) || maxChars === null) {
    return null;
  }
  return {
    file: parsed.positionals[0] ?? '-',
    flags: {
      format: format as FormatName,
      include: include.names,
      ...(only && 'names' in only ? { only: only.names } : {}),
      ...(v.explain ? { explain: true } : {}),
      input: input as ExtractFlags['input'],
      maxChars,
      ...(v.output !== undefined ? { output: v.output } : {}),
      ...(v.color ? { color: true } : v['no-color'] ? { color: false } : {}),
    },
  };
}
