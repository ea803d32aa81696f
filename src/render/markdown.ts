import type { Extraction } from '../schema.js';
import { buildDigest, checkCount, type Digest, type EntityLine, type FigureRow, type QuoteLine } from './digest.js';
import { coordinates, formatNumber, geoLabel, osmUrl, plural, shorten } from './format.js';

/**
 * A Markdown digest of one extraction: who is in it, who said what, which figures and where, and what to check.
 * Plain enough to read in a terminal, and it renders on GitHub.
 */
export function renderMarkdown(x: Extraction): string {
  const d = buildDigest(x);
  const out: string[] = [`# ${d.title ? escape(d.title) : 'Digest'}`, '', summaryLine(d), ''];
  if (d.inputFormat === 'html') out.push(`*Article text taken from an HTML page (${formatNumber(d.length)} characters); offsets refer to that text.*`, '');
  section(out, 'People', d.people.map(entityLine));
  section(out, 'Organisations', d.organisations.map(entityLine));
  section(out, 'Groups and other names', d.others.map(entityLine));
  quotesSection(out, d);
  figuresSection(out, d);
  checksSection(out, d);
  placesSection(out, d);
  section(out, 'Notes', d.notes.map((n) => `- ${n.severity}: ${escape(n.message)} (\`${n.code}\`)`));
  return `${out.join('\n').trimEnd()}\n`;
}

function summaryLine(d: Digest): string {
  const parts = [
    plural(d.people.length, 'person', 'people'),
    plural(d.organisations.length, 'organisation'),
    plural(d.speakers.reduce((n, g) => n + g.quotes.length, 0), 'quote'),
    plural(d.figures.length, 'figure'),
    plural(d.places.length, 'place'),
  ];
  const toCheck = checkCount(d.checks);
  if (toCheck) parts.push(`[${toCheck} to check](#check-these)`);
  return [d.dateline ? `**${escape(d.dateline)}**` : null, ...parts].filter(Boolean).join(' · ');
}

function section(out: string[], title: string, lines: string[]): void {
  if (lines.length) out.push(`## ${title}`, '', ...lines, '');
}

function entityLine(e: EntityLine): string {
  const facts = [
    e.roles.length ? escape(e.roles.join('; ')) : null,
    e.type === 'PERSON' || e.type === 'ORG' ? null : e.type.toLowerCase(),
    plural(e.mentions, 'mention') + (e.references ? ` (${e.references} by pronoun or description)` : ''),
    e.quotes ? plural(e.quotes, 'quote') : null,
  ];
  return `- **${escape(e.name)}** — ${facts.filter(Boolean).join(' · ')}`;
}

function quotesSection(out: string[], d: Digest): void {
  if (!d.speakers.length) return;
  out.push('## Quotes', '');
  for (const g of d.speakers) {
    const who = g.name === null ? 'No speaker found' : escape(g.name);
    out.push(`### ${who}${g.anonymous ? ' *(unnamed source)*' : ''}`, '');
    if (g.roles.length) out.push(`*${escape(g.roles.join('; '))}*`, '');
    for (const q of g.quotes) out.push(`- ${quoteLine(q)}`);
    out.push('');
  }
}

export function quoteNotes(q: QuoteLine): string[] {
  return [q.partial ? 'partial quote' : null, q.kind === 'indirect' ? 'reported speech' : q.kind === 'mixed' ? 'partly reported' : null, q.how].filter(
    (s): s is string => s !== null,
  );
}

function quoteLine(q: QuoteLine): string {
  const notes = quoteNotes(q);
  return `${escape(q.text)}${notes.length ? ` — *${escape(notes.join('; '))}*` : ''}`;
}

function figuresSection(out: string[], d: Digest): void {
  if (d.figures.length) {
    out.push('## Figures', '', '| figure | counts | value | hedge | claimed by |', '|---|---|---|---|---|');
    for (const f of d.figures) out.push(`| ${cell(f.text)} | ${cell(f.counts ?? '')} | ${cell(f.value)} | ${f.hedge ?? ''} | ${cell(f.claimedBy ?? '—')} |`);
    out.push('');
  }
  if (d.dates.length) {
    if (!d.figures.length) out.push('## Figures', '');
    out.push(`Dates and other numbers: ${d.dates.map((f) => `${escape(f.text)} (${f.kind})`).join(', ')}`, '');
  }
}

function figureCheck(f: FigureRow): string {
  return `- “${escape(f.text)}”${f.counts ? ` ${escape(f.counts)}` : ''}${f.hedge ? ` (${f.hedge})` : ''}`;
}

function checksSection(out: string[], d: Digest): void {
  const c = d.checks;
  if (!checkCount(c)) return;
  out.push('## Check these', '');
  const group = (title: string, lines: string[]): void => {
    if (lines.length) out.push(`**${title}** (${lines.length})`, '', ...lines, '');
  };
  group('Figures with no source in the text', c.unsourcedFigures.map(figureCheck));
  group('Unnamed sources', c.anonymousSources.map((a) => `- ${escape(a.source)}: ${escape(shorten(a.what))}`));
  group(
    'Speakers known only by a pronoun',
    c.pronounSpeakers.map((p) => `- “${escape(p.pronoun)}”${p.speaker ? ` taken to be ${escape(p.speaker)}` : ', not resolved to anyone'}: ${escape(shorten(p.quote))}`),
  );
  group('Quotes with no speaker', c.unattributedQuotes.map((q) => `- ${escape(shorten(q.text))}`));
}

function placesSection(out: string[], d: Digest): void {
  const lines: string[] = [];
  for (const p of d.places) {
    const facts = [
      p.geo ? `${coordinates(p.geo)} · ${geoLabel(p.geo)} · [map](${osmUrl(p.geo)})` : 'not placed on the map',
      plural(p.mentions, 'mention'),
    ];
    lines.push(`- **${escape(p.name)}**${p.dateline ? ' (dateline)' : ''} — ${facts.join(' · ')}`);
    if (p.candidates.length) {
      lines.push(`  - could also be: ${p.candidates.map((c) => `${escape(c.name)}${c.countryCode ? ` (${c.countryCode})` : ''} [map](${osmUrl(c)})`).join(', ')}`);
    }
  }
  section(out, 'Places', lines);
}

function escape(s: string): string {
  return s.replace(/([\\`*_[\]<])/g, '\\$1');
}

function cell(s: string): string {
  return escape(s).replace(/\|/g, '\\|');
}
