import { Command } from 'commander';
import type { ExitCode } from '../errors.js';
import { runExtract, type ExtractFlags } from './extract-run.js';
import { explainOption, formatOption, includeOption, inputOption, maxCharsOption, onlyOption } from './options.js';
import type { Io } from './process-io.js';

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
    .action(async (file: string, flags: ExtractFlags) => setCode(await runExtract(io, file, flags)));
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
    .action(async (file: string, flags: Omit<ExtractFlags, 'format' | 'include'>) => setCode(await runExtract(io, file, { ...flags, format: 'md', include: [] })));
}

