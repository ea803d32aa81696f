import { checkCount, type Digest, type EntityLine, type QuoteLine } from './digest.js';
import { coordinates, geoLabel, osmUrl, plural, shorten } from './format.js';
import { escapeHtml as h } from './html-escape.js';
import { quoteNotes } from './markdown.js';

/** The digest as HTML for the page's side panel: the same sections as the Markdown digest, each item linked to its place in the text. */
export function digestHtml(d: Digest): string {
  const out: string[] = [];
  const toCheck = checkCount(d.checks);
  const quoteTotal = d.speakers.reduce((n, g) => n + g.quotes.length, 0);
  out.push(
    `<p class="summary">${[
      plural(d.people.length, 'person', 'people'),
      plural(d.organisations.length, 'organisation'),
      plural(quoteTotal, 'quote'),
      plural(d.figures.length, 'figure'),
      plural(d.places.length, 'place'),
    ].join(' · ')}${toCheck ? ` · <a href="#check-these">${toCheck} to check</a>` : ''}</p>`,
  );
  if (d.inputFormat === 'html') out.push('<p class="note">Article text taken from an HTML page; offsets refer to that text.</p>');
  list(out, 'People', d.people.map(entityItem));
  list(out, 'Organisations', d.organisations.map(entityItem));
  list(out, 'Nationalities, groups and other names', d.others.map(entityItem));
  quotes(out, d);
  figures(out, d);
  checks(out, d);
  list(
    out,
    'Places',
    d.places.map((p) => {
      const where = p.geo ? `${coordinates(p.geo)} · ${h(geoLabel(p.geo))} · <a href="${h(osmUrl(p.geo))}" rel="noreferrer">map</a>` : 'not placed on the map';
      const also = p.candidates.length ? `<br><small>could also be: ${p.candidates.map((c) => h(c.name + (c.countryCode ? ` (${c.countryCode})` : ''))).join(', ')}</small>` : '';
      return `${link(p.id, `<b>${h(p.name)}</b>`)}${p.dateline ? ' (dateline)' : ''} — ${where} · ${plural(p.mentions, 'mention')}${also}`;
    }),
  );
  list(out, 'Notes', d.notes.map((n) => `${h(n.severity)}: ${h(n.message)} <code>${h(n.code)}</code>`));
  return out.join('\n');
}

function link(ref: string, inner: string): string {
  return `<a class="goto" href="#at-${h(ref)}" data-goto="${h(ref)}">${inner}</a>`;
}

function list(out: string[], title: string, items: string[], id?: string): void {
  if (!items.length) return;
  out.push(`<h2${id ? ` id="${id}"` : ''}>${h(title)}</h2>`, '<ul>', ...items.map((i) => `<li>${i}</li>`), '</ul>');
}

function entityItem(e: EntityLine): string {
  const facts = [
    e.roles.length ? h(e.roles.join('; ')) : null,
    plural(e.mentions, 'mention') + (e.references ? ` (${e.references} by pronoun or description)` : ''),
    e.quotes ? plural(e.quotes, 'quote') : null,
  ];
  return `${link(e.id, `<b>${h(e.name)}</b>`)} — ${facts.filter(Boolean).join(' · ')}`;
}

function quoteItem(q: QuoteLine): string {
  const notes = quoteNotes(q);
  return `${link(q.id, h(q.text))}${notes.length ? ` <small>— ${h(notes.join('; '))}</small>` : ''}`;
}

function quotes(out: string[], d: Digest): void {
  if (!d.speakers.length) return;
  out.push('<h2>Quotes</h2>');
  for (const g of d.speakers) {
    const who = g.name === null ? 'No speaker found' : h(g.name);
    out.push(`<h3>${who}${g.anonymous ? ' <small>(unnamed source)</small>' : ''}</h3>`);
    if (g.roles.length) out.push(`<p class="roles">${h(g.roles.join('; '))}</p>`);
    out.push('<ul class="quotes">', ...g.quotes.map((q) => `<li>${quoteItem(q)}</li>`), '</ul>');
  }
}

function figures(out: string[], d: Digest): void {
  if (!d.figures.length && !d.dates.length) return;
  out.push('<h2>Figures</h2>');
  if (d.figures.length) {
    out.push('<table><thead><tr><th>figure</th><th>counts</th><th>value</th><th>hedge</th><th>claimed by</th></tr></thead><tbody>');
    for (const f of d.figures) {
      out.push(`<tr><td>${link(f.id, h(f.text))}</td><td>${h(f.counts ?? '')}</td><td>${h(f.value)}</td><td>${h(f.hedge ?? '')}</td><td>${h(f.claimedBy ?? '—')}</td></tr>`);
    }
    out.push('</tbody></table>');
  }
  if (d.dates.length) out.push(`<p>Dates and other numbers: ${d.dates.map((f) => `${link(f.id, h(f.text))} (${h(f.kind)})`).join(', ')}</p>`);
}

function checks(out: string[], d: Digest): void {
  const c = d.checks;
  if (!checkCount(c)) return;
  out.push('<h2 id="check-these">Check these</h2>');
  const group = (title: string, items: string[]): void => {
    if (items.length) out.push(`<h3>${h(title)} (${items.length})</h3>`, '<ul>', ...items.map((i) => `<li>${i}</li>`), '</ul>');
  };
  group(
    'Figures with no source in the text',
    c.unsourcedFigures.map((f) => `${link(f.id, `“${h(f.text)}”`)}${f.counts ? ` ${h(f.counts)}` : ''}${f.hedge ? ` (${h(f.hedge)})` : ''}`),
  );
  group('Unnamed sources', c.anonymousSources.map((a) => `${h(a.source)}: ${link(a.id, h(shorten(a.what)))}`));
  group(
    'Speakers known only by a pronoun',
    c.pronounSpeakers.map((p) => `“${h(p.pronoun)}”${p.speaker ? ` taken to be ${h(p.speaker)}` : ', not resolved to anyone'}: ${link(p.id, h(shorten(p.quote)))}`),
  );
  group('Quotes with no speaker', c.unattributedQuotes.map((q) => link(q.id, h(shorten(q.text)))));
}
