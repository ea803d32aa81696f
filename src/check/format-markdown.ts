import type { DocumentReport, Report } from './report.js';
import { changeLines, changePhrase, countRows, hasCounts, hint, statusWords, summaryLine } from './report-words.js';

/** Past this many lines a document's changes are cut short, to keep a CI job summary readable (and under its size limit). */
const MARKDOWN_LINES_PER_DOCUMENT = 50;

/** The report as GitHub-flavoured Markdown, for a CI job summary ($GITHUB_STEP_SUMMARY) or a pull-request comment. */
export function formatMarkdown(report: Report): string {
  const out: string[] = [`## ${title(report)}`, '', escape(summaryLine(report)), ''];
  if (hasCounts(report.counts)) {
    out.push('| | added | removed | changed |', '|---|---:|---:|---:|');
    for (const [kind, ...n] of countRows(report.counts)) out.push(`| ${kind} | ${n.join(' | ')} |`);
    out.push('');
  }
  const listed = report.documents.filter((d) => d.status !== 'same');
  for (const doc of listed) out.push(...documentSection(report, doc));
  const same = report.documents.filter((d) => d.status === 'same');
  if (same.length) {
    const noun = report.command === 'check' ? 'matching fixture' : 'identical document';
    out.push(`<details><summary>${same.length} ${noun}${same.length === 1 ? '' : 's'}</summary>`, '');
    for (const doc of same) out.push(`- ${code(doc.name)}`);
    out.push('', '</details>', '');
  }
  const next = hint(report);
  if (next) out.push(`${escape(next.say)}: ${code(next.command)}`, '');
  return `${out.join('\n').trimEnd()}\n`;
}

function title(report: Report): string {
  const s = report.summary;
  if (report.command === 'check') {
    const bad = s.documents - s.same - s.updated;
    const where = code(report.dir ?? '');
    return bad ? `lede check ${where}: ${bad} of ${s.documents} fixtures need attention` : `lede check ${where}: all ${s.documents} fixtures pass`;
  }
  const bad = s.documents - s.same;
  return `lede diff ${code(report.a ?? '')} ${code(report.b ?? '')}: ${bad ? `${bad} of ${s.documents} documents differ` : 'no differences'}`;
}

function documentSection(report: Report, doc: DocumentReport): string[] {
  const what = doc.status === 'differ' || doc.status === 'updated' ? changePhrase(doc) : '';
  const out = [`### ${code(doc.name)} ${escape(statusWords(report, doc.status))}${what ? `: ${escape(what)}` : ''}`, ''];
  if (doc.error) out.push(escape(doc.error), '');
  const lines = changeLines(doc);
  for (const line of lines.slice(0, MARKDOWN_LINES_PER_DOCUMENT)) out.push(`- ${escape(line.text)}`);
  if (lines.length > MARKDOWN_LINES_PER_DOCUMENT) out.push(`- … and ${lines.length - MARKDOWN_LINES_PER_DOCUMENT} more (see the text or json report)`);
  if (lines.length) out.push('');
  return out;
}

function escape(s: string): string {
  return s.replace(/[\\`*_[\]<>|#~]/g, '\\$&');
}

function code(s: string): string {
  return `\`${s.replace(/`/g, "'")}\``;
}
