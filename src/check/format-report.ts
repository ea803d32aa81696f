import type { ChalkInstance } from 'chalk';
import { formatMarkdown } from './format-markdown.js';
import { formatText } from './format-text.js';
import type { Report } from './report.js';

/** The report formats of `lede check` and `lede diff`; only text is ever coloured. */
export const REPORT_FORMATS = ['text', 'md', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function formatReport(report: Report, format: ReportFormat, chalk?: ChalkInstance): string {
  if (format === 'md') return formatMarkdown(report);
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  return formatText(report, chalk);
}
