import { Command, InvalidArgumentError, Option } from 'commander';
import { EXIT, LedeError, type ExitCode } from '../errors.js';
import { writeFileAtomic } from '../io/atomic.js';
import { renderReportMarkdown } from '../report/markdown.js';
import { readExtractions, type ReadStats } from '../report/read.js';
import { buildReport } from '../report/report.js';
import type { Io } from './process-io.js';

interface ReportFlags {
  format: 'md' | 'json';
  top: number;
  output?: string;
}

export function reportCommand(io: Io, setCode: (c: ExitCode) => void): Command {
  return new Command('report')
    .description('a corpus report over lede batch output: most-quoted people and organisations, quotes given to different speakers, conflicting figures')
    .argument('[files...]', 'lede batch output: JSONL files (.gz too), or "-" for stdin (the default when piped)')
    .addOption(new Option('-f, --format <format>', 'Markdown or JSON').choices(['md', 'json']).default('md'))
    .addOption(
      new Option('--top <n>', 'rows per section')
        .argParser((v) => {
          const n = Number(v);
          if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('--top takes a whole number from 1');
          return n;
        })
        .default(20),
    )
    .option('-o, --output <file>', 'write the report here (atomically) instead of stdout')
    .addHelpText(
      'after',
      `
Sections: the people and organisations quoted most (by quotes and by articles); quotes attributed to
different speakers in different articles; figures for the same counted thing at the same place that cannot
all be true (hedges read: "more than 700,000" allows 900,000, "700,000" does not).

Examples:
  $ lede batch corpus.jsonl -o out.jsonl && lede report out.jsonl
  $ lede report out.jsonl --format json --top 50 -o report.json`,
    )
    .action(async (files: string[], flags: ReportFlags) => {
      if (files.length === 0) {
        if (io.stdinIsTTY) throw new LedeError('E_USAGE', 'no input: give lede batch output files, or pipe one into `lede report`');
        files = ['-'];
      }
      const stats: ReadStats = { extractions: 0, errorRecords: 0, unreadable: 0 };
      const report = await buildReport(readExtractions(files, { cwd: io.cwd, stdin: io.stdin, stats, warn: io.stderr }), stats, flags.top);
      const out = flags.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderReportMarkdown(report);
      if (flags.output) await writeFileAtomic(flags.output, out);
      else io.stdout(out);
      setCode(stats.unreadable ? EXIT.someFailed : EXIT.ok);
    });
}
