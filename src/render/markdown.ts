import type { Diagnostic, Extraction } from '../schema.js';
import { buildDigest, checkCount, type Checks, type Digest, type EntityLine, type FigureRow, type PlaceLine, type QuoteLine, type SpeakerGroup } from './digest.js';
import * as words from './digest-words.js';
import { coordinates, geoLabel, osmUrl, plural, shorten } from './format.js';

/**
 * A Markdown digest of one extraction: who is in it, who said what, which figures and where, and what to check.
 * Plain enough to read in a terminal, and it renders on GitHub.
 */
export function renderMarkdown(x: Extraction): string {
  const d = buildDigest(x);
  const out: string[] = [`# ${d.title ? escape(d.title) : 'Digest'}`, '', summaryLine(d, x.id), ''];
  const note = words.sourceNote(d);
  if (note) out.push(`*${note}*`, '');
  const page = [...words.pageFacts(d).map(escape), ...(d.page?.url ? [`<${d.page.url.replace(/[\s<>]/g, encodeURIComponent)}>`] : [])];
  if (page.length) out.push(`**${words.PAGE_LABEL}** ${page.join(' · ')}`, '');
  const section = (title: string, lines: string[]): void => {
    while (lines.at(-1) === '') lines.pop();
    if (lines.length) out.push(`## ${title}`, '', ...lines, '');
  };
  // with --explain, each quote's and figure's why is a footnote
  const footnotes: string[] = [];
  const footnote = (why: string[]): string => (why.length ? `[^${footnotes.push(escape(why.join('; ')))}]` : '');
  words.writeSections(d, {
    entities: (title, lines) => section(title, lines.map(entityLine)),
    quotes: (groups) => section(words.TITLES.quotes, groups.flatMap((g) => speakerLines(g, footnote))),
    figures: (figures, dates) => section(words.TITLES.figures, figureLines(figures, dates, footnote)),
    checks: (c) => section(words.TITLES.checks, checkLines(c)),
    places: (places) => section(words.TITLES.places, places.flatMap(placeLines)),
    notes: (notes) => section(words.TITLES.notes, notes.map(noteLine)),
  });
  out.push(...footnotes.map((text, i) => `[^${i + 1}]: ${text}`));
  return `${out.join('\n').trimEnd()}\n`;
}

/** The document's id (batch runs, where digests follow one another), dateline and counts. */
function summaryLine(d: Digest, id: string | undefined): string {
  const parts = words.summaryCounts(d);
  const toCheck = checkCount(d.checks);
  if (toCheck) parts.push(`[${toCheck} to check](#check-these)`);
  return [id === undefined ? null : `id ${escape(id)}`, d.dateline ? `**${escape(d.dateline)}**` : null, ...parts].filter(Boolean).join(' · ');
}

function entityLine(e: EntityLine): string {
  return `- **${escape(e.name)}** — ${escape(words.entityFacts(e).join(' · '))}`;
}

/** The marker of a footnote holding these lines of `why`, or nothing when there are none. */
type Footnote = (why: string[]) => string;

function speakerLines(g: SpeakerGroup, footnote: Footnote): string[] {
  const lines = [`### ${g.name === null ? words.TITLES.noSpeaker : escape(g.name)}${g.anonymous ? ' *(unnamed source)*' : ''}`, ''];
  if (g.roles.length) lines.push(`*${escape(g.roles.join('; '))}*`, '');
  return [...lines, ...g.quotes.map((q) => `- ${quoteLine(q)}${footnote(q.why)}`), ''];
}

function quoteLine(q: QuoteLine): string {
  const notes = words.quoteNotes(q);
  return `${escape(q.text)}${notes.length ? ` — *${escape(notes.join('; '))}*` : ''}`;
}

function figureLines(figures: FigureRow[], dates: FigureRow[], footnote: Footnote): string[] {
  const lines: string[] = [];
  if (figures.length) {
    lines.push(`| ${words.FIGURE_COLUMNS.join(' | ')} |`, `|${'---|'.repeat(words.FIGURE_COLUMNS.length)}`);
    for (const f of figures) {
      lines.push(`| ${cell(f.text)}${footnote(f.why)} | ${cell(f.counts ?? '')} | ${cell(f.value)} | ${f.hedge ?? ''} | ${cell(f.claimedBy ?? '—')} |`);
    }
    lines.push('');
  }
  if (dates.length) lines.push(`Dates and other numbers: ${dates.map((f) => `${escape(f.text)} (${f.kind})`).join(', ')}`);
  return lines;
}

function checkLines(c: Checks): string[] {
  const lines: string[] = [];
  const group = (title: string, items: string[]): void => {
    if (items.length) lines.push(`**${title}** (${items.length})`, '', ...items, '');
  };
  group(words.CHECK_TITLES.unsourcedFigures, c.unsourcedFigures.map((f) => `- “${escape(f.text)}”${escape(words.figureTail(f))}`));
  group(words.CHECK_TITLES.anonymousSources, c.anonymousSources.map((a) => `- ${escape(a.source)}: ${escape(shorten(a.what))}`));
  group(words.CHECK_TITLES.pronounSpeakers, c.pronounSpeakers.map((p) => `- ${escape(words.pronounLead(p))}: ${escape(shorten(p.quote))}`));
  group(words.CHECK_TITLES.unattributedQuotes, c.unattributedQuotes.map((q) => `- ${escape(shorten(q.text))}`));
  return lines;
}

function placeLines(p: PlaceLine): string[] {
  const where = p.geo ? `${coordinates(p.geo)} · ${geoLabel(p.geo)} · [map](${osmUrl(p.geo)})` : 'not placed on the map';
  const lines = [`- **${escape(p.name)}**${p.dateline ? ' (dateline)' : ''} — ${where} · ${plural(p.mentions, 'mention')}`];
  if (p.candidates.length) {
    lines.push(`  - could also be: ${p.candidates.map((c) => `${escape(c.name)}${c.countryCode ? ` (${c.countryCode})` : ''} [map](${osmUrl(c)})`).join(', ')}`);
  }
  return lines;
}

function noteLine(n: Diagnostic): string {
  return `- ${n.severity}: ${escape(n.message)} (\`${n.code}\`)`;
}

function escape(s: string): string {
  return s.replace(/([\\`*_[\]<])/g, '\\$1');
}

function cell(s: string): string {
  return escape(s).replace(/\|/g, '\\|');
}
