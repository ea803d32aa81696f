import { EXIT, LedeError, type ExitCode } from '../errors.js';
import type { Include, OutputLayer } from '../include.js';
import { formatFromPath, HTML_MARKUP_FACTOR, inputFormatOf, type InputFormat } from '../input/detect.js';
import { writeFileAtomic } from '../io/atomic.js';
import { loadTokenizer } from '../doc/wink.js';
import { readDocument } from '../io/read-document.js';
import { readGazetteerAhead } from '../places/gazetteer.js';
import { FORMATS, layersFor, type FormatName } from '../render/index.js';
import { colorFromEnv } from './color-env.js';
import type { Io } from './process-io.js';

export interface ExtractFlags {
  format: FormatName;
  output?: string;
  include: Include[];
  input: InputFormat | 'auto';
  color?: boolean;
  maxChars: number;
  only?: OutputLayer[];
  explain?: boolean;
}

export const INPUT_CHOICES = ['auto', 'text', 'html'] as const;

/** `lede extract FILE` (and `lede digest FILE`) once its flags are read: one article in, one rendering out. */
export async function runExtract(io: Io, file: string, flags: ExtractFlags): Promise<ExitCode> {
  if (file === '-' && io.stdinIsTTY) throw new LedeError('E_USAGE', 'no article given: pass a file, or pipe the article into lede (FILE "-")');
  // The gazetteer's 22 MB are read off the main thread while it reads the article and loads the code and wink
  // (when places are asked for).
  const gazetteerRead = !flags.only || flags.only.includes('locations') ? readGazetteerAhead() : Promise.resolve();
  gazetteerRead.catch(() => undefined);
  // A web page (by --input html or its file name) may be HTML_MARKUP_FACTOR times --max-chars, and is decoded by its charset.
  const named = flags.input !== 'auto' ? flags.input : formatFromPath(file);
  const page = named === 'html';
  const input = await readDocument(file, io.stdin, page ? flags.maxChars * HTML_MARKUP_FACTOR : flags.maxChars, page);
  const inputFormat = inputFormatOf(flags.input, input, named);
  const format = FORMATS[flags.format];
  // Loaded here, not at the top, so the other commands start without the models.
  const { extract } = await import('../extract.js');
  loadTokenizer();
  await gazetteerRead;
  const x = extract(input, { include: layersFor(format, flags.include), inputFormat, only: flags.only, explain: flags.explain });
  if (inputFormat === 'html' && x.input.length === 0) {
    throw new LedeError('E_EMPTY', `${file === '-' ? 'stdin' : file}: no article text found in the HTML`);
  }
  const render = await format.load();
  const out = render(x, { color: wantsColour(flags, io) });
  if (flags.output) await writeFileAtomic(flags.output, out);
  else io.stdout(out);
  return EXIT.ok;
}

/** --color / --no-color win; a file gets no colour unless asked; else the environment and the terminal decide. */
function wantsColour(flags: ExtractFlags, io: Io): boolean {
  return flags.color ?? (flags.output ? false : colorFromEnv(io) !== 0);
}

/** The one line lede prints for an error that stops a command, and its exit code; never a stack trace unless LEDE_DEBUG asks. */
export function failWith(io: Io, e: unknown): ExitCode {
  if (e instanceof LedeError) {
    io.stderr(`lede: ${e.message}\n`);
    return EXIT.usage;
  }
  const err = e as Error;
  io.stderr(`lede: internal error: ${err.message}${io.env.LEDE_DEBUG ? `\n${err.stack ?? ''}` : ' (set LEDE_DEBUG=1 for details)'}\n`);
  return EXIT.usage;
}

/** A whole number from 1 to max ("1_000" too), or null. */
export function wholeNumber(value: string, max: number): number | null {
  const n = Number(value.replaceAll('_', ''));
  return value.trim() !== '' && Number.isInteger(n) && n >= 1 && n <= max ? n : null;
}

/** The default --max-chars: far beyond any news article, well below what would exhaust memory. */
export const DEFAULT_MAX_CHARS = 1_000_000;
