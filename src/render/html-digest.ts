import type { Diagnostic } from '../schema.js';
import { checkCount, type Checks, type Digest, type EntityLine, type FigureRow, type PlaceLine, type QuoteLine, type SpeakerGroup } from './digest.js';
import * as words from './digest-words.js';
import { coordinates, geoLabel, osmUrl, plural, shorten } from './format.js';
import { escapeHtml as h } from './html-escape.js';

const WEB_ADDRESS = /^https?:\/\//i;

/** The digest as HTML for the page's side panel: the sections of the Markdown digest, each item linked to its place in the text. */
export function digestHtml(d: Digest): string {
  const toCheck = checkCount(d.checks);
  const out = [`<p class="summary">${words.summaryCounts(d).join(' · ')}${toCheck ? ` · <a href="#check-these">${toCheck} to check</a>` : ''}</p>`];
  const note = words.sourceNote(d);
  if (note) out.push(`<p class="note">${h(note)}</p>`);
  const url = d.page?.url;
  const page = [...words.pageFacts(d).map(h), ...(url ? [WEB_ADDRESS.test(url) ? `<a href="${h(url)}" rel="noreferrer">${h(url)}</a>` : h(url)] : [])];
  if (page.length) out.push(`<p class="page"><b>${words.PAGE_LABEL}</b> ${page.join(' · ')}</p>`);
  const section = (title: string, body: string[], id = ''): void => {
    if (body.length) out.push(`<h2${id ? ` id="${id}"` : ''}>${h(title)}</h2>`, ...body);
  };
  words.writeSections(d, {
    entities: (title, lines) => section(title, list(lines.map(entityItem))),
    quotes: (groups) => section(words.TITLES.quotes, groups.flatMap(speakerBlock)),
    figures: (figures, dates) => section(words.TITLES.figures, figureBlock(figures, dates)),
    checks: (c) => section(words.TITLES.checks, checkBlock(c), 'check-these'),
    places: (places) => section(words.TITLES.places, list(places.map(placeItem))),
    notes: (notes) => section(words.TITLES.notes, list(notes.map(noteItem))),
  });
  return out.join('\n');
}

function list(items: string[]): string[] {
  return items.length ? ['<ul>', ...items.map((i) => `<li>${i}</li>`), '</ul>'] : [];
}

function link(ref: string, inner: string): string {
  return `<a class="goto" href="#at-${h(ref)}" data-goto="${h(ref)}">${inner}</a>`;
}

function entityItem(e: EntityLine): string {
  return `${link(e.id, `<b>${h(e.name)}</b>`)} — ${h(words.entityFacts(e).join(' · '))}`;
}

function speakerBlock(g: SpeakerGroup): string[] {
  const block = [`<h3>${g.name === null ? words.TITLES.noSpeaker : h(g.name)}${g.anonymous ? ' <small>(unnamed source)</small>' : ''}</h3>`];
  if (g.roles.length) block.push(`<p class="roles">${h(g.roles.join('; '))}</p>`);
  return [...block, ...list(g.quotes.map(quoteItem))];
}

function quoteItem(q: QuoteLine): string {
  const notes = words.quoteNotes(q);
  return `${link(q.id, h(q.text))}${notes.length ? ` <small>— ${h(notes.join('; '))}</small>` : ''}`;
}

function figureBlock(figures: FigureRow[], dates: FigureRow[]): string[] {
  const block: string[] = [];
  if (figures.length) {
    block.push(`<table><thead><tr>${words.FIGURE_COLUMNS.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>`);
    for (const f of figures) {
      const cells = [link(f.id, h(f.text)), h(f.counts ?? ''), h(f.value), h(f.hedge ?? ''), h(f.claimedBy ?? '—')];
      block.push(`<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`);
    }
    block.push('</tbody></table>');
  }
  if (dates.length) block.push(`<p>Dates and other numbers: ${dates.map((f) => `${link(f.id, h(f.text))} (${h(f.kind)})`).join(', ')}</p>`);
  return block;
}

function checkBlock(c: Checks): string[] {
  const block: string[] = [];
  const group = (title: string, items: string[]): void => {
    if (items.length) block.push(`<h3>${h(title)} (${items.length})</h3>`, ...list(items));
  };
  group(words.CHECK_TITLES.unsourcedFigures, c.unsourcedFigures.map((f) => `${link(f.id, `“${h(f.text)}”`)}${h(words.figureTail(f))}`));
  group(words.CHECK_TITLES.anonymousSources, c.anonymousSources.map((a) => `${h(a.source)}: ${link(a.id, h(shorten(a.what)))}`));
  group(words.CHECK_TITLES.pronounSpeakers, c.pronounSpeakers.map((p) => `${h(words.pronounLead(p))}: ${link(p.id, h(shorten(p.quote)))}`));
  group(words.CHECK_TITLES.unattributedQuotes, c.unattributedQuotes.map((q) => link(q.id, h(shorten(q.text)))));
  return block;
}

function placeItem(p: PlaceLine): string {
  const where = p.geo ? `${coordinates(p.geo)} · ${h(geoLabel(p.geo))} · <a href="${h(osmUrl(p.geo))}" rel="noreferrer">map</a>` : 'not placed on the map';
  const also = p.candidates.length ? `<br><small>could also be: ${p.candidates.map((c) => h(c.name + (c.countryCode ? ` (${c.countryCode})` : ''))).join(', ')}</small>` : '';
  return `${link(p.id, `<b>${h(p.name)}</b>`)}${p.dateline ? ' (dateline)' : ''} — ${where} · ${plural(p.mentions, 'mention')}${also}`;
}

function noteItem(n: Diagnostic): string {
  return `${h(n.severity)}: ${h(n.message)} <code>${h(n.code)}</code>`;
}
