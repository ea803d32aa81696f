import { Command, Option } from 'commander';
import { resolve } from 'node:path';
import { duration } from '../batch/progress.js';
import { runBatch, type BatchSummary } from '../batch/run-batch.js';
import { openDirSink, openFileSink, partialPath, stdoutSink, type Sink } from '../batch/sinks.js';
import { resolveInputs } from '../batch/sources.js';
import { EXIT, LedeError, type ExitCode } from '../errors.js';
import type { Include, OutputLayer } from '../include.js';
import { FORMAT_NAMES, FORMATS, type FormatName } from '../render/index.js';
import { explainOption, formatOption, includeOption, inputOption, jobsOption, maxCharsOption, onlyOption, orList, positiveInt, type InputChoice } from './options.js';
import type { Io } from './process-io.js';

interface BatchFlags {
  format?: FormatName;
  output?: string;
  outDir?: string;
  resume?: boolean;
  jobs: number;
  workerHeap?: number;
  idField: string;
  textField: string;
  maxChars: number;
  include: Include[];
  only?: OutputLayer[];
  explain?: boolean;
  input: InputChoice;
  quiet?: boolean;
}

export function batchCommand(io: Io, setCode: (c: ExitCode) => void): Command {
  return new Command('batch')
    .description('extract many documents, in parallel, streaming, resumable; with no input (or "-") a line filter from stdin to stdout')
    .argument('[inputs...]', 'JSONL files (.jsonl, .jsonl.gz, .ndjson), folders (their .txt, .md and JSONL files, recursively), globs, or "-" for JSONL on stdin')
    .addOption(formatOption(`; to one output: ${orList(STREAMED)}; one file per document (--out-dir): ${orList(PER_DOCUMENT)} (default: jsonl, or json with --out-dir)`))
    .option('-o, --output <file>', 'write the output here: to FILE.partial while running, renamed to FILE when complete (default: stdout)')
    .addOption(new Option('--out-dir <dir>', 'write one file per document, named after its id (indented JSON unless --format says otherwise)').conflicts('output'))
    .option('--resume', 'continue an interrupted run of the same command: skip the documents already written')
    .addOption(jobsOption())
    .addOption(
      new Option('--worker-heap <MB>', 'heap limit of each worker; a document that needs more gets an E_WORKER error record').argParser(
        positiveInt('--worker-heap', 1 << 20),
      ),
    )
    .option('--id-field <name>', 'the JSONL field holding the id (a dotted name reaches into objects: "meta.id")', 'id')
    .option('--text-field <name>', 'the JSONL field holding the text', 'text')
    .addOption(maxCharsOption('a longer document gets an E_TOO_LARGE error record instead of being extracted'))
    .addOption(includeOption())
    .addOption(onlyOption())
    .addOption(explainOption())
    .addOption(inputOption('an .html or .htm file is a web page, and so is a document that opens with markup'))
    .option('-q, --quiet', 'no progress bar, no summary line (failed documents are still reported)')
    .addHelpText(
      'after',
      `
One output line per input document, in input order, each carrying the input's id. A document that fails
becomes {"schemaVersion", "id", "error": {code, message}} and a line on stderr; the run goes on and exits 1.
In the md, html and text formats a failed document has only its line on stderr. A progress bar is drawn on
stderr when it is a terminal; a one-line summary ends every run.

Interrupted (Ctrl-C, kill -9, a crash)? Run the same command with --resume: the documents already in
FILE.partial are skipped, a torn last line is cut, and the rest are appended.

Examples:
  $ lede batch corpus.jsonl -o out.jsonl
  $ lede batch 'shards/*.jsonl.gz' --jobs 4 -o out.jsonl --resume
  $ lede batch articles/ --out-dir extractions/
  $ lede batch corpus.jsonl --format md -o digests.md
  $ lede batch articles/ --format html --out-dir pages/
  $ lede batch feed.jsonl --id-field url --text-field body > out.jsonl
  $ parallel --pipe -k --block 10M lede batch --jobs 1 -q < corpus.jsonl > out.jsonl`,
    )
    .action(async (inputs: string[], flags: BatchFlags) => {
      if (inputs.length === 0) {
        if (io.stdinIsTTY) throw new LedeError('E_USAGE', 'no input: give JSONL files, folders or globs, or pipe JSONL into `lede batch`');
        inputs = ['-'];
      }
      const format = formatOf(flags);
      if (flags.resume && !flags.output && !flags.outDir) throw new LedeError('E_USAGE', '--resume needs -o FILE or --out-dir DIR (stdout cannot be resumed)');
      if (flags.resume && flags.output && format !== 'jsonl') throw new LedeError('E_USAGE', `--resume continues JSONL output or --out-dir, not --format ${format} to one file`);
      if (flags.output?.endsWith('.gz')) throw new LedeError('E_USAGE', `${flags.output}: lede batch writes plain text; to compress it, pipe stdout through gzip`);
      const resolved = await resolveInputs(inputs, io.cwd);
      const notice = flags.quiet ? () => undefined : io.stderr;
      const sink = await openSink(flags, format, io, notice);
      const exclude = new Set([flags.output, flags.output && partialPath(flags.output), flags.outDir].filter((p): p is string => Boolean(p)).map((p) => resolve(io.cwd, p)));
      if (sink.journal?.repairedBytes) notice(`lede: ${sink.journal.path}: cut a torn last line (${sink.journal.repairedBytes} bytes) left by the interrupted run\n`);

      const controller = new AbortController();
      let signals = 0;
      const onSignal = () => {
        if (++signals > 1) process.exit(EXIT.interrupted);
        controller.abort();
      };
      process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
      try {
        const summary = await runBatch({
          inputs: resolved,
          cwd: io.cwd,
          stdin: io.stdin,
          include: flags.include,
          only: flags.only,
          explain: flags.explain,
          format,
          jobs: flags.jobs,
          workerHeapMb: flags.workerHeap,
          idField: flags.idField,
          textField: flags.textField,
          maxChars: flags.maxChars,
          input: flags.input,
          sink,
          resume: Boolean(flags.resume),
          exclude,
          stderr: io.stderr,
          live: io.stderrIsTTY && !flags.quiet,
          signal: controller.signal,
        });
        notice(summaryLine(summary, flags));
        setCode(summary.interrupted ? EXIT.interrupted : summary.failed ? EXIT.someFailed : EXIT.ok);
      } finally {
        process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
      }
    });
}

/** The formats that can put documents one after another in one output, and those that can give each a file. */
const STREAMED = FORMAT_NAMES.filter((name) => FORMATS[name].between !== undefined);
const PER_DOCUMENT = FORMAT_NAMES.filter((name) => FORMATS[name].extension !== undefined);

/** --format, or the default for where the output goes; a format that cannot go there is a usage error. */
function formatOf(flags: BatchFlags): FormatName {
  const format = flags.format ?? (flags.outDir ? 'json' : 'jsonl');
  if (flags.outDir && !PER_DOCUMENT.includes(format)) {
    throw new LedeError('E_USAGE', `--format ${format} cannot write one file per document: with --out-dir use ${orList(PER_DOCUMENT)}`);
  }
  if (!flags.outDir && !STREAMED.includes(format)) {
    throw new LedeError('E_USAGE', `--format ${format} writes one file per document: add --out-dir DIR (one output takes ${orList(STREAMED)})`);
  }
  return format;
}

async function openSink(flags: BatchFlags, format: FormatName, io: Io, notice: (s: string) => void): Promise<Sink> {
  const { between, extension } = FORMATS[format];
  if (flags.outDir) return openDirSink(resolve(io.cwd, flags.outDir), extension!);
  if (flags.output) return openFileSink(resolve(io.cwd, flags.output), between!, Boolean(flags.resume), notice);
  return stdoutSink(io.stdout, io.drain, between!);
}

function summaryLine(s: BatchSummary, flags: BatchFlags): string {
  const n = (x: number) => x.toLocaleString('en');
  const rate = s.documents / Math.max(s.seconds, 1e-9);
  const parts = [`${n(s.documents)} documents in ${duration(s.seconds)} (${rate.toFixed(1)}/s)`];
  if (s.resumed) parts.push(`${n(s.resumed)} done before (resumed)`);
  if (s.failed) parts.push(`${n(s.failed)} failed`);
  if (s.notOk || s.notHtml) parts.push(`WARC responses skipped: ${n(s.notOk)} not 200, ${n(s.notHtml)} not HTML`);
  if (s.interrupted) {
    const where = flags.output ? partialPath(flags.output) : flags.outDir;
    return `lede: interrupted after ${parts.join(', ')}${where ? `; ${where} keeps them: run the same command with --resume to continue` : ''}\n`;
  }
  const to = flags.output ?? flags.outDir;
  return `lede: ${parts.join(', ')}${to ? ` → ${to}` : ''}\n`;
}
