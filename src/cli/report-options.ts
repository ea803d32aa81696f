import { Option } from 'commander';
import { REPORT_FORMATS, type ReportFormat } from '../check/format-report.js';

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
