import type { Entity, Extraction, NumericClaim, Quote } from '../schema.js';

/** A Markdown digest of one extraction: who is in it, who said what, which figures, where. */
export function renderMarkdown(x: Extraction): string {
  const out: string[] = [];
  out.push(`# ${x.headline ? escape(x.headline.text) : 'Digest'}`, '');
  if (x.dateline) out.push(`*Dateline:* ${escape(x.dateline.text)}`, '');
  section(out, 'People', x.entities.filter((e) => e.type === 'PERSON').map(entityLine));
  section(out, 'Organisations', x.entities.filter((e) => e.type === 'ORG').map(entityLine));
  quotesSection(out, x.quotes);
  numbersSection(out, x.numbers);
  section(
    out,
    'Places',
    // a demonym ("Turkish") links to its place but is no mention of it
    x.locations
      .filter((l) => l.mentions.some((m) => m.role !== 'demonym'))
      .map((l) => {
        const where = l.geo ? ` — ${l.geo.lat.toFixed(4)}, ${l.geo.lon.toFixed(4)}` : '';
        return `- **${escape(l.name)}**${where} (${plural(l.mentions.filter((m) => m.role !== 'demonym').length, 'mention')})`;
      }),
  );
  if (x.diagnostics.length) section(out, 'Notes', x.diagnostics.map((d) => `- ${d.severity}: ${escape(d.message)} \`${d.code}\``));
  return `${out.join('\n').trimEnd()}\n`;
}

function section(out: string[], title: string, lines: string[]): void {
  if (lines.length === 0) return;
  out.push(`## ${title}`, '', ...lines, '');
}

function entityLine(e: Entity): string {
  const roles = e.roles.length ? `, ${e.roles.join('; ')}` : '';
  return `- **${escape(e.name)}**${roles} (${plural(e.mentions.length, 'mention')})`;
}

function quotesSection(out: string[], quotes: Quote[]): void {
  if (quotes.length === 0) return;
  const groups = new Map<string, Quote[]>();
  for (const q of quotes) {
    const key = q.speaker?.name ?? 'Unattributed';
    groups.set(key, [...(groups.get(key) ?? []), q]);
  }
  out.push('## Quotes', '');
  for (const [speaker, qs] of groups) {
    out.push(`### ${escape(speaker)}`, '');
    for (const q of qs) {
      const how = q.speaker && q.speaker.resolvedBy !== 'explicit' ? ` *(speaker from ${q.speaker.resolvedBy}: "${escape(q.speaker.mention?.text ?? '')}")*` : '';
      const partial = q.partial ? ' *(partial)*' : '';
      out.push(`> ${escape(q.text.replace(/\s+/g, ' '))}${partial}${how}`, '');
    }
  }
}

function numbersSection(out: string[], numbers: NumericClaim[]): void {
  const claims = numbers.filter((n) => !['year', 'date', 'ordinal'].includes(n.kind));
  if (claims.length === 0) return;
  out.push('## Figures', '', '| figure | value | counts | hedge | claimed by |', '|---|---|---|---|---|');
  for (const n of claims) {
    const value = n.range ? `${n.range[0] ?? '…'}–${n.range[1] ?? '…'}` : String(n.value ?? '');
    const unit = n.unit ? ` ${n.unit}` : '';
    out.push(`| ${cell(n.text)} | ${cell(value + unit)} | ${cell(n.counts?.text ?? '')} | ${n.qualifier.replace('_', ' ')} | ${cell(n.claimedBy?.name ?? '—')} |`);
  }
  out.push('');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function escape(s: string): string {
  return s.replace(/([\\`*_[\]<>])/g, '\\$1');
}

function cell(s: string): string {
  return escape(s.replace(/\s+/g, ' ')).replace(/\|/g, '\\|');
}
