import { Command } from 'commander';
import { EXIT, type ExitCode } from '../errors.js';
import type { Include } from '../extract.js';
import { runBatch } from '../batch/run-batch.js';
import { openAtomicStream } from './atomic.js';
import type { Io } from './io.js';
import { includeOption } from './options.js';

interface BatchFlags {
  output?: string;
  include: Include[];
}

export function batchCommand(io: Io, setCode: (c: ExitCode) => void): Command {
  return new Command('batch')
    .description('extract many documents: JSONL files of {"id","text"} lines, folders of .txt/.md files, or "-" (JSONL on stdin)')
    .argument('<inputs...>', 'JSONL files, folders (their .txt and .md files, recursively; id = relative path) or "-"')
    .option('-o, --output <file>', 'write the JSONL here (atomically: complete or not at all) instead of stdout')
    .addOption(includeOption())
    .addHelpText(
      'after',
      `
One output line per input document, in input order, each carrying the input's "id". A document that fails
becomes {"id", "error": {code, message}} and a line on stderr; the run goes on and exits 1.

Examples:
  $ lede batch corpus.jsonl -o out.jsonl
  $ lede batch articles/ -o out.jsonl
  $ cat corpus.jsonl | lede batch - > out.jsonl`,
    )
    .action(async (inputs: string[], flags: BatchFlags) => {
      const sink = flags.output ? await openAtomicStream(flags.output) : null;
      const write = sink ? sink.write : async (line: string) => {
        io.stdout(line);
        await io.drain();
      };
      try {
        const summary = await runBatch({ inputs, stdin: io.stdin, include: flags.include, write, warn: io.stderr });
        await sink?.commit();
        if (summary.failed) io.stderr(`lede: ${summary.failed} of ${summary.documents} documents failed\n`);
        setCode(summary.failed ? EXIT.someFailed : EXIT.ok);
      } catch (e) {
        await sink?.abort();
        throw e;
      }
    });
}
