import { Option } from 'commander';
import { formatReport, REPORT_FORMATS, type ReportFormat } from '../check/format-report.js';
import { exitCodeFor, type Report } from '../check/report.js';
import type { ExitCode } from '../errors.js';
import { chalkFor } from './color.js';
import type { Io } from './process-io.js';

export interface ReportFlags {
  report: ReportFormat;
  includeMeta?: boolean;
}

/** The options `lede check` and `lede diff` share. */
export function reportOptions(): Option[] {
  return [
    new Option('--report <format>', 'report format: text (coloured on a terminal), md (for a CI job summary) or json')
      .choices(REPORT_FORMATS)
      .default('text'),
    new Option('--include-meta', 'compare the meta block too (lede version, model and gazetteer hashes, options), ignored by default'),
  ];
}

/** Prints a report of `lede check` or `lede diff` as --report asks, and sets the exit code it calls for. */
export function printReport(io: Io, report: Report, flags: ReportFlags, setCode: (c: ExitCode) => void): void {
  io.stdout(formatReport(report, flags.report, chalkFor(io)));
  setCode(exitCodeFor(report));
}
