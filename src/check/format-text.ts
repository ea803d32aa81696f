import { Chalk, type ChalkInstance } from 'chalk';
import type { ChangeOp, DocumentReport, Report } from './report.js';
import { changeLines, changePhrase, countRows, hasCounts, hint, statusWords, summaryLine } from './report-words.js';

const MARK: Record<ChangeOp, string> = { added: '+', removed: '-', changed: '~' };

/** The report for a terminal or a log: the table of counts per kind, each document's changes, a summary line. */
export function formatText(report: Report, chalk: ChalkInstance = new Chalk({ level: 0 })): string {
  const paint: Record<ChangeOp, (s: string) => string> = { added: chalk.green, removed: chalk.red, changed: chalk.yellow };
  const out: string[] = [];
  if (hasCounts(report.counts)) out.push(...countTable(report), '');
  for (const doc of report.documents) {
    out.push(documentHeading(report, doc, chalk));
    for (const line of changeLines(doc)) out.push(`    ${paint[line.op](`${MARK[line.op]} ${line.text}`)}`);
  }
  if (report.documents.length) out.push('');
  out.push(chalk.bold(summaryLine(report)));
  const next = hint(report);
  if (next) out.push(chalk.dim(`${next.say}: ${next.command}`));
  return `${out.join('\n')}\n`;
}

function documentHeading(report: Report, doc: DocumentReport, chalk: ChalkInstance): string {
  const name = chalk.bold(doc.name);
  switch (doc.status) {
    case 'same':
      return `${chalk.green('✓')} ${name} ${chalk.dim(statusWords(report, doc.status))}`;
    case 'error':
      return `${chalk.red('!')} ${name}: ${chalk.red(doc.error ?? 'error')}`;
    case 'differ':
    case 'updated': {
      const what = changePhrase(doc);
      const mark = doc.status === 'differ' ? chalk.red('✗') : chalk.yellow('✎');
      return `${mark} ${name} ${statusWords(report, doc.status)}${what ? `: ${what}` : ''}`;
    }
    default:
      return `${chalk.yellow('•')} ${name} ${statusWords(report, doc.status)}`;
  }
}

function countTable(report: Report): string[] {
  const rows = countRows(report.counts);
  const width = Math.max(...rows.map((r) => r[0].length));
  const cell = (v: string | number) => String(v).padStart(8);
  return [
    `${''.padEnd(width)}${cell('added')}${cell('removed')}${cell('changed')}`,
    ...rows.map(([kind, ...n]) => `${kind.padEnd(width)}${n.map(cell).join('')}`),
  ];
}
