import { Command } from 'commander';
import { EXIT, LedeError, type ExitCode } from '../errors.js';
import type { Include, OutputLayer } from '../include.js';
import { formatFromPath, HTML_MARKUP_FACTOR, looksLikeHtml } from '../input/detect.js';
import { writeFileAtomic } from '../io/atomic.js';
import { readDocument } from '../io/read-document.js';
import { FORMATS, layersFor, type FormatName } from '../render/index.js';
import { colorLevel } from './color.js';
import { explainOption, formatOption, includeOption, inputOption, maxCharsOption, onlyOption, type InputChoice } from './options.js';
import type { Io } from './process-io.js';

interface ExtractFlags {
  format: FormatName;
  output?: string;
  include: Include[];
  input: InputChoice;
  color?: boolean;
  maxChars: number;
  only?: OutputLayer[];
  explain?: boolean;
}

export function extractCommand(io: Io, setCode: (c: ExitCode) => void): Command {
  return new Command('extract')
    .description('extract one article (a text or HTML file, or "-" for stdin)')
    .argument('[file]', 'the article: a UTF-8 text or HTML file, or "-" for stdin', '-')
    .addOption(formatOption().default('json'))
    .option('-o, --output <file>', 'write to this file (atomically) instead of stdout')
    .addOption(includeOption())
    .addOption(onlyOption())
    .addOption(explainOption())
    .addOption(inputOption('by file extension, else by content'))
    .addOption(maxCharsOption('refuse a longer document (exit 2) instead of extracting it'))
    .option('--color', 'colour the text format even when not writing to a terminal')
    .option('--no-color', 'no colour in the text format (also NO_COLOR=1, or a pipe); highlights become [words]{kind}')
    .addHelpText(
      'after',
      `
HTML input (a .html or .htm file, or markup detected on stdin) is reduced to the article's text: scripts,
styles, navigation, share bars, cookie banners and comments are dropped. Offsets then index that text, which
the output includes as "text", with input.format "html".

Examples:
  $ lede extract article.txt
  $ lede extract article.txt --format md -o digest.md
  $ lede extract saved-page.html --format html -o page.html
  $ pbpaste | lede extract - --format text
  $ cat article.txt | lede extract - --include text,sentences,tokens
  $ lede extract article.txt --only quotes --explain`,
    )
    .action(async (file: string, flags: ExtractFlags) => runExtract(io, file, flags, setCode));
}

/** `lede digest FILE`: the Markdown digest, short for `lede extract FILE --format md`. */
export function digestCommand(io: Io, setCode: (c: ExitCode) => void): Command {
  return new Command('digest')
    .description('a Markdown digest of one article: people, quotes by speaker, figures, what to check, places (= extract --format md)')
    .argument('[file]', 'the article: a UTF-8 text or HTML file, or "-" for stdin', '-')
    .option('-o, --output <file>', 'write to this file (atomically) instead of stdout')
    .addOption(inputOption('by file extension, else by content'))
    .addOption(maxCharsOption('refuse a longer document (exit 2) instead of extracting it'))
    .addOption(explainOption())
    .addHelpText(
      'after',
      `
Examples:
  $ lede digest article.txt
  $ lede digest saved-page.html -o digest.md
  $ pbpaste | lede digest`,
    )
    .action(async (file: string, flags: Omit<ExtractFlags, 'format' | 'include'>) =>
      runExtract(io, file, { ...flags, format: 'md', include: [] }, setCode),
    );
}

async function runExtract(io: Io, file: string, flags: ExtractFlags, setCode: (c: ExitCode) => void): Promise<void> {
  if (file === '-' && io.stdinIsTTY) throw new LedeError('E_USAGE', 'no article given: pass a file, or pipe the article into lede (FILE "-")');
  // A web page (by --input html or its file name) may be HTML_MARKUP_FACTOR times --max-chars, and is decoded by its charset.
  const named = flags.input !== 'auto' ? flags.input : formatFromPath(file);
  const page = named === 'html';
  const input = await readDocument(file, io.stdin, page ? flags.maxChars * HTML_MARKUP_FACTOR : flags.maxChars, page);
  const inputFormat = named ?? (looksLikeHtml(input) ? 'html' : 'text');
  const format = FORMATS[flags.format];
  // Loaded here, not at the top, so the other commands start without the models.
  const { extract } = await import('../extract.js');
  const x = extract(input, { include: layersFor(format, flags.include), inputFormat, only: flags.only, explain: flags.explain });
  if (inputFormat === 'html' && x.input.length === 0) {
    throw new LedeError('E_EMPTY', `${file === '-' ? 'stdin' : file}: no article text found in the HTML`);
  }
  const out = format.render(x, { color: wantsColour(flags, io) });
  if (flags.output) await writeFileAtomic(flags.output, out);
  else io.stdout(out);
  setCode(EXIT.ok);
}

/** --color / --no-color win; a file gets no colour unless asked; else the environment and the terminal decide. */
function wantsColour(flags: ExtractFlags, io: Io): boolean {
  return flags.color ?? (flags.output ? false : colorLevel(io) > 0);
}
