import type { FigureClaim } from './figures.js';
import type { Report } from './report.js';
import type { SpeakerCount } from './speakers.js';

/** The report as Markdown: tables of speakers, then each quote and each figure in dispute. */
export function renderReportMarkdown(r: Report): string {
  const n = (x: number) => x.toLocaleString('en');
  const out = ['# Corpus report', ''];
  const skipped = [r.errorRecords && `${n(r.errorRecords)} error records`, r.unreadable && `${n(r.unreadable)} unreadable lines`].filter(Boolean);
  out.push(`${n(r.extractions)} extractions read${skipped.length ? ` (${skipped.join(' and ')} skipped)` : ''}.`, '');

  speakerTable(out, 'Most-quoted people', 'person', r.mostQuoted.people);
  speakerTable(out, 'Most-quoted organisations', 'organisation', r.mostQuoted.organisations);

  out.push('## Same quote, different speakers', '');
  if (r.quoteConflicts.length === 0) out.push('No quote is attributed to different speakers in different articles.', '');
  for (const c of r.quoteConflicts) {
    out.push(`> ${cell(c.text)}`, '');
    for (const a of c.attributions) out.push(`- **${cell(a.speaker)}** in ${plural(a.documents, 'article')}: ${a.examples.map(code).join(', ')}${a.documents > a.examples.length ? ', …' : ''}`);
    out.push('');
  }

  out.push('## Conflicting figures', '');
  if (r.figureConflicts.length === 0) out.push('No two articles give incompatible figures for the same thing at the same place.', '');
  for (const c of r.figureConflicts) {
    out.push(`### ${cell(c.thing)} · ${cell(c.place)}`, '', `${c.kind}${c.unit ? ` (${c.unit})` : ''}, ${plural(c.documents, 'article')}`, '');
    out.push('| figure | counts | allows | article | claimed by |', '|---|---|---|---|---|');
    for (const f of c.claims) out.push(`| ${cell(f.text)} | ${cell(f.counts)} | ${allows(f)} | ${code(f.document)} | ${f.claimedBy ? cell(f.claimedBy) : ''} |`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function speakerTable(out: string[], title: string, noun: string, rows: SpeakerCount[]): void {
  out.push(`## ${title}`, '');
  if (rows.length === 0) {
    out.push(`No quote is attributed to a named ${noun}.`, '');
    return;
  }
  out.push(`| # | ${noun} | quotes | articles | roles | e.g. |`, '|---:|---|---:|---:|---|---|');
  rows.forEach((s, i) => out.push(`| ${i + 1} | ${cell(s.name)} | ${s.quotes} | ${s.documents} | ${cell(s.roles.join('; '))} | ${s.examples.map(code).join(', ')} |`));
  out.push('');
}

function allows(f: FigureClaim): string {
  const v = (x: number) => (Number.isInteger(x) ? x.toLocaleString('en') : x.toPrecision(4));
  if (f.high === null) return `≥ ${v(f.low)}`;
  if (f.low === 0 && f.high !== 0) return `≤ ${v(f.high)}`;
  return f.low === f.high ? v(f.low) : `${v(f.low)}–${v(f.high)}`;
}

function plural(k: number, word: string): string {
  return `${k.toLocaleString('en')} ${word}${k === 1 ? '' : 's'}`;
}

/** Text safe inside a table cell or a line: pipes escaped, line breaks flattened. */
function cell(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/([|\\*_`[\]<>])/g, '\\$1');
}

function code(s: string): string {
  return `\`${s.replaceAll('`', "'")}\``;
}
