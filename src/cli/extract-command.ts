import { Command, Option } from 'commander';
import { EXIT, LedeError, type ExitCode } from '../errors.js';
import type { Include } from '../include.js';
import { renderJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { writeFileAtomic } from './atomic.js';
import type { Io } from './io.js';
import { includeOption } from './options.js';
import { readDocument } from './read-document.js';

const RENDERERS = { json: renderJson, md: renderMarkdown } as const;
type Format = keyof typeof RENDERERS;

interface ExtractFlags {
  format: Format;
  output?: string;
  include: Include[];
}

export function extractCommand(io: Io, setCode: (c: ExitCode) => void): Command {
  return new Command('extract')
    .description('extract one article (a file, or "-" for text on stdin)')
    .argument('[file]', 'the article: a UTF-8 text file, or "-" for stdin', '-')
    .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(RENDERERS)).default('json'))
    .option('-o, --output <file>', 'write to this file (atomically) instead of stdout')
    .addOption(includeOption())
    .addHelpText(
      'after',
      `
Examples:
  $ lede extract article.txt
  $ lede extract article.txt --format md -o digest.md
  $ cat article.txt | lede extract - --include text,sentences,tokens`,
    )
    .action(async (file: string, flags: ExtractFlags) => {
      if (file === '-' && io.stdinIsTTY) throw new LedeError('E_USAGE', 'no article given: pass a file, or pipe text into `lede extract -`');
      const text = await readDocument(file, io.stdin);
      // Loaded here, not at the top, so the other commands start without the models.
      const { extract } = await import('../extract.js');
      const out = RENDERERS[flags.format](extract(text, { include: flags.include }));
      if (flags.output) await writeFileAtomic(flags.output, out);
      else io.stdout(out);
      setCode(EXIT.ok);
    });
}
