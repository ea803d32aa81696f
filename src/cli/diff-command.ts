import { Command } from 'commander';
import { diffFiles } from '../check/diff-files.js';
import type { ExitCode } from '../errors.js';
import type { Io } from './process-io.js';
import { printReport, reportOptions, type ReportFlags } from './report-options.js';

export function diffCommand(io: Io, setCode: (c: ExitCode) => void): Command {
  const command = new Command('diff')
    .description('compare two extractions, or two JSONL runs of a corpus keyed by document id')
    .argument('<a>', 'the extraction (.json) or run (.jsonl) before; "-" for stdin')
    .argument('<b>', 'the extraction or run after; "-" for stdin');
  for (const option of reportOptions()) command.addOption(option);
  return command
    .addHelpText(
      'after',
      `
Prints the counts of what was added, removed and changed per kind (entities, quotes, numbers, locations,
diagnostics), then each change in words, then the documents found in one run only. Items are paired by id,
else by the text they cover; array order and the meta block (unless --include-meta) never count.
Exit codes: 0 no differences, 1 differences, 2 errors (a file that cannot be read, a line that is not JSON).

Examples:
  $ lede diff before.json after.json
  $ lede diff run-v1.jsonl run-v2.jsonl --report md
  $ lede batch corpus.jsonl | lede diff baseline.jsonl -`,
    )
    .action(async (a: string, b: string, flags: ReportFlags) => {
      const report = await diffFiles(a, b, io.stdin, { includeMeta: flags.includeMeta });
      printReport(io, report, flags, setCode);
    });
}
